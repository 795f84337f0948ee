/** The language resources: WordNet read in place, frequency ranks, base forms, neighbours. */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/search/lexicon/loadLexicon.js';
import { openWordNet } from '../../../src/search/lexicon/wordNet.js';
import { essentialConcepts, salience, specificity } from '../../../src/search/query/salience.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const empty = bytes('');

describe('WordNet files read in place', () => {
  // Two synsets at their byte offsets, and an index sorted as WordNet's is (licence lines first).
  const first = '00000029 03 n 02 alliance 0 coalition 0 001 @ 00000120 n 0000 | a group\n';
  const second = '00000120 03 n 01 organization 0 000 | an organized group\n';
  const data = bytes(`${'#'.repeat(28)}\n${first}${second}`);
  const index = bytes('  1 licence text\nalliance n 1 1 @ 1 1 00000029\nbloc n 1 1 @ 1 0 00000029\nzebra n 1 0 1 0 00000300\n');
  const wordNet = openWordNet({ index: { n: index, v: empty, a: empty, r: empty }, data: { n: data, v: empty, a: empty, r: empty } });

  it('finds a lemma by binary search, and misses one that is not there', () => {
    expect(wordNet.lookup('bloc')).toEqual([{ pos: 'n', synsets: [29], taggedSenses: 0 }]);
    expect(wordNet.lookup('alliance')[0]?.taggedSenses).toBe(1);
    expect(wordNet.lookup('blocs')).toEqual([]);
    expect(wordNet.lookup('aardvark')).toEqual([]);
  });

  it('reads a synset at its offset with its words and one-step pointers', () => {
    expect(wordNet.synset('n', 29)).toEqual({ words: ['alliance', 'coalition'], lexFile: 3, pointers: [{ relation: 'hypernym', pos: 'n', offset: 120, sourceWord: 0, targetWord: 0 }] });
    expect(wordNet.synset('n', 30)).toBeUndefined();
  });
});

describe('the bundled lexicon', () => {
  const lexicon = loadLexicon();

  it('ranks everyday words above rare ones, in English and Dutch', () => {
    expect(lexicon.rank('people', 'en')).toBeLessThan(lexicon.rank('ballet', 'en') ?? Infinity);
    expect(lexicon.rank('mensen', 'nl')).toBeLessThan(lexicon.rank('echtgenote', 'nl') ?? Infinity);
    expect(lexicon.rank('kassymjomart', 'en')).toBeUndefined();
  });

  it.each([
    ['anybdy', 'anybody'],
    ['actualy', 'actually'],
    ['eigenljk', 'eigenlijk'],
    ['wher', 'where'],
    // A real word is no slip; a very short one is too near too many words.
    ['ballet', undefined],
    ['wha', undefined],
    // A changed letter is no slip it reads back: a name is not turned into a word.
    ['merkel', undefined],
  ])('reads the non-word %j as the everyday word one slip away, when only one is: %j', (typed, meant) => {
    expect(lexicon.meant(typed)).toBe(meant);
  });

  it('tells nouns for people, as a group or a kind, from other words', () => {
    for (const word of ['police', 'authorities', 'community', 'journalists', 'troops']) expect(lexicon.namesPeople(word), word).toBe(true);
    // "authority" is mostly power, "arrest" an act, "fire" something burning; "volunteer" is mostly a verb.
    for (const word of ['authority', 'arrest', 'oil', 'fire', 'volunteer']) expect(lexicon.namesPeople(word), word).toBe(false);
    // A group of people, not any group: economy, traffic, people in general, a couple of things.
    for (const word of ['economy', 'traffic', 'people', 'couple']) expect(lexicon.namesPeople(word), word).toBe(false);
    for (const word of ['government', 'army', 'neighbours']) expect(lexicon.namesPeople(word), word).toBe(true);
  });

  it('tells verbs of saying by their commonest sense: a yes/no question about what was said needs no deed', () => {
    for (const word of ['mention', 'mentioned', 'claim', 'deny', 'said']) expect(lexicon.communicates(word), word).toBe(true);
    for (const word of ['blow', 'blew', 'arrest', 'send', 'troops']) expect(lexicon.communicates(word), word).toBe(false);
  });

  it('knows base forms of irregular English words and what a word mostly is', () => {
    expect(lexicon.englishLemmas('fled')).toContain('flee');
    expect(lexicon.englishLemmas('sent')).toContain('send');
    expect(lexicon.partOfSpeech('wife')).toBe('n');
    expect(lexicon.partOfSpeech('happen')).toBe('v');
  });

  it('reads a past tense as the verb it is, whatever its base form mostly is', () => {
    // "end" is mostly a noun; "ended" never is.
    expect(lexicon.partOfSpeech('end')).toBe('n');
    expect(lexicon.partOfSpeech('ended')).toBe('v');
    // Plurals stay undecided between noun and verb forms: "rumours" is read as WordNet reads it.
    expect(lexicon.partOfSpeech('rumours')).toBe(lexicon.partOfSpeech('rumour'));
    // But a plural is no adjective: "militant" is mostly one, "militants" are people.
    expect(lexicon.partOfSpeech('militant')).toBe('a');
    expect(lexicon.partOfSpeech('militants')).toBe('n');
  });

  it('tells a qualifying adjective from one pertaining to a noun', () => {
    for (const word of ['ordinary', 'top', 'joint', 'old']) expect(lexicon.qualifies(word), word).toBe(true);
    for (const word of ['chinese', 'russian', 'military', 'presidential', 'economic']) expect(lexicon.qualifies(word), word).toBe(false);
    // Not an adjective at all.
    expect(lexicon.qualifies('airport')).toBe(false);
  });

  it('finds neighbours of a word in its main sense only', () => {
    const related = lexicon.related('commence').map((r) => r.word);
    expect(related).toEqual(expect.arrayContaining(['begin', 'start']));
    expect(lexicon.related('bloc')).toEqual(expect.arrayContaining([{ word: 'alliance', relation: 'hypernym' }]));
    // A derivation is of the word itself: "injured" → injury, not the "offensive" of its synonym "offend".
    expect(lexicon.related('injured')).toContainEqual({ word: 'injury', relation: 'derivation' });
    expect(lexicon.related('injured').map((r) => r.word)).not.toContain('offensive');
  });

  it('weighs an unknown everyday verb lightly and an unknown noun heavily, even a common one', () => {
    const facts = (folded: string) => {
      const pos = lexicon.partOfSpeech(folded);
      return { folded, isNumber: false, known: false, isName: false, topical: false, ...(pos ? { pos } : {}) };
    };
    expect(salience(facts('happen'), lexicon)).toBeLessThan(0.4);
    expect(salience(facts('begin'), lexicon)).toBeLessThan(0.4);
    expect(salience(facts('wife'), lexicon)).toBeGreaterThanOrEqual(0.6);
    expect(salience(facts('ballet'), lexicon)).toBeGreaterThanOrEqual(0.6);
    expect(salience({ ...facts('kazachstan'), known: true, topical: true }, lexicon)).toBeLessThan(0.4);
  });

  it('reads Dutch parts of speech from the Hunspell dictionary, a noun wherever a word can be one', () => {
    expect(lexicon.dutchPartOfSpeech('buitenlandse')).toBe('a');
    expect(lexicon.dutchPartOfSpeech('eigen')).toBe('a');
    expect(lexicon.dutchPartOfSpeech('stuurde')).toBe('v');
    expect(lexicon.dutchPartOfSpeech('meegekomen')).toBe('v');
    // "landen" is a verb too, and countries first; "nieuws" is listed bare, not as "nieuw" + "s".
    expect(lexicon.dutchPartOfSpeech('landen')).toBe('n');
    expect(lexicon.dutchPartOfSpeech('nieuws')).toBeUndefined();
    expect(lexicon.dutchPartOfSpeech('xqzt')).toBeUndefined();
  });

  it('grades specificity on a log scale and always keeps the weightiest concept essential', () => {
    expect(specificity(10)).toBe(0);
    expect(specificity(1_000)).toBeCloseTo(0.5);
    expect(specificity(undefined)).toBe(1);
    expect(essentialConcepts([0.1, 0.2])).toEqual([false, true]);
    expect(essentialConcepts([0.9, 0.45, 0.1])).toEqual([true, true, false]);
  });
});
