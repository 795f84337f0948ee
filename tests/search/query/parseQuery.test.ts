/** A reporter's question → its content words in order, and the kinds of answer it wants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyIndex } from '../../helpers/tinyDossier.js';
import { answer, DEFAULT_LIMIT } from '../../../src/answer/answer.js';
import { isStopword } from '../../../src/search/analysis/stopwords.js';
import { tokenize } from '../../../src/search/analysis/tokenize.js';
import { MAX_QUERY_WORDS, parseQuery } from '../../../src/search/query/parseQuery.js';

/** The content words: a particle is kept only for glossary phrases (tested on its own below). */
const folded = (question: string): string[] => parseQuery(question).words.filter((w) => !w.particle).map((w) => w.folded);
const particles = (question: string): string[] => parseQuery(question).words.filter((w) => w.particle).map((w) => w.folded);
const intents = (question: string): string[] => [...parseQuery(question).intents].sort();

describe('parseQuery', () => {
  it.each([
    ['how many people were arrested', ['people', 'arrested'], ['figure']],
    ['Hoeveel mensen zijn gearresteerd?', ['mensen', 'gearresteerd'], ['figure']],
    ['Wie is Tokajev?', ['tokajev'], ['who']],
    ['what did Putin say', ['putin'], ['quote']],
    ['Waarom stuurde Rusland troepen naar Kazachstan?', ['stuurde', 'rusland', 'troepen', 'kazachstan'], ['why']],
    ['hoe lang blijven de CSTO-troepen', ['blijven', 'csto-troepen'], ['duration']],
    ['op welke dag begon de opstand', ['begon', 'opstand'], ['date']],
    ['Armenië troepen', ['armenie', 'troepen'], []],
    // "tell … to" is an order: no quote wanted, and the verb is no content.
    ['did Tokajev tell the army to shoot', ['tokajev', 'army', 'shoot'], []],
    // "What is X" asks what X is, like "wie is"; not with more to it.
    ['What is the CSTO?', ['csto'], ['who']],
    ['wat was de KNB', ['knb'], ['who']],
    ['what are the paratroopers trained for', ['paratroopers', 'trained'], []],
    // "Explain", "uitleg", "letterlijk" say what is asked, not what about.
    ['maidan-technieken uitleg', ['maidan-technieken'], []],
    ['explain colour revolutions', ['colour', 'revolutions'], []],
    ['wat zei poetin letterlijk over inmenging', ['poetin', 'inmenging'], ['quote']],
    // A keyword question naming "number" wants the figure.
    ['csto troops number', ['csto', 'troops'], ['figure']],
    // Which countries: the names of countries say who, "other" or not.
    ['which other countries have pledged troops', ['pledged', 'troops'], ['who']],
    ['welke andere landen leveren troepen', ['leveren', 'troepen'], ['who']],
    // Dutch function words that are English content words count in an English question only.
    ['did Nazarbayev die of a heart attack', ['nazarbayev', 'die', 'heart', 'attack'], []],
    ['how many armed men were killed', ['armed', 'men', 'killed'], ['figure']],
    ['de man die het bevel gaf', ['man', 'bevel', 'gaf'], []],
    ['men vluchtte naar de grens', ['vluchtte', 'grens'], []],
    ['', [], []],
    ['?!', [], []],
  ])('%j → %j, intents %j', (question, words, wanted) => {
    expect(folded(question)).toEqual(words);
    expect(intents(question)).toEqual(wanted);
  });

  it('keeps each word as typed beside its folded form', () => {
    expect(parseQuery('Kirgizië CSTO').words).toEqual([
      { surface: 'Kirgizië', folded: 'kirgizie', isNumber: false },
      // An acronym is a name written in capitals (expandQuery weighs it as one where the dossier lacks it).
      { surface: 'CSTO', folded: 'csto', isNumber: false, titled: 0 },
    ]);
  });

  it('keeps numbers as written, marked as numbers', () => {
    expect(parseQuery('8.000 arrestaties').words).toEqual([
      { surface: '8.000', folded: '8.000', isNumber: true },
      { surface: 'arrestaties', folded: 'arrestaties', isNumber: false },
    ]);
  });

  it('reads the word after a determiner and a number as a noun phrase ("the two dismissed officials"), not after a number alone', () => {
    expect(parseQuery('were the two dismissed officials loyalists').words.find((w) => w.folded === 'dismissed')?.use).toBe('noun');
    expect(parseQuery('heeft tokajev 8000 gearresteerd').words.find((w) => w.folded === 'gearresteerd')?.use).toBeUndefined();
  });

  it('reads the sentences around a question that ask nothing as background, unless the question points back at them', () => {
    const background = (question: string): string[] => parseQuery(question).words.filter((w) => w.background).map((w) => w.folded);
    expect(background('My colleague thinks the airport was retaken. Who controls the airport now?')).toEqual(['colleague', 'airport', 'retaken']);
    expect(background('A stringer claims police killed dozens. Does our dossier back that?')).toEqual([]);
    expect(background('who controls the airport now?')).toEqual([]);
  });

  it('reads a time clause as background up to its break, and no pursuit as a time ("going after")', () => {
    const background = (question: string): string[] => parseQuery(question).words.filter((w) => w.background).map((w) => w.folded);
    expect(background('a day before the deployment, the Kremlin warned against meddling. Correct?')).toEqual(['deployment']);
    expect(background('did the kremlin warn against meddling before the deployment')).toEqual(['deployment']);
    expect(background('is tokayev going after the old guard')).toEqual([]);
    // Measured from a clause opening the question, up to the main clause's question word.
    expect(background('day before the troops came, what was tokayev trying to prevent')).toEqual(['troops', 'came']);
    expect(background('kort voordat de troepen kwamen wat probeerde tokajev te voorkomen')).toEqual(['troepen', 'kwamen']);
    expect(background('day of the protests what was tokayev trying to prevent')).toEqual([]);
  });

  it('reads a group pointed at ("die landen", "those people") as background, as a pronoun would be; not a group named', () => {
    const background = (question: string): string[] => parseQuery(question).words.filter((w) => w.background).map((w) => w.folded);
    expect(background('wisselen die landen ook geheime info uit')).toEqual(['landen']);
    expect(background('what do those people want')).toEqual(['people']);
    expect(background('welke landen stuurden troepen')).toEqual([]);
    expect(background('hoe lang blijven die troepen')).toEqual([]);
  });

  it('reads a preposition before a day or a number as one of time, not a particle of the verb ("fire on Sunday")', () => {
    expect(parseQuery('who did nazarbayev fire on sunday').words.find((w) => w.folded === 'on')).toBeUndefined();
    expect(parseQuery('did the police fire on protesters').words.find((w) => w.folded === 'on')?.particle).toBe(true);
    // A particle that is no preposition of time stays one before a year ("turned down 2010").
    expect(parseQuery('why was kyrgyzstan turned down 2010').words.find((w) => w.folded === 'down')?.particle).toBe(true);
  });

  it('reads the word after an article and a nationality as a noun ("the kyrgyz request"), not a verb of the question', () => {
    expect(parseQuery('why did moscow block the kyrgyz request').words.find((w) => w.folded === 'request')?.use).toBe('noun');
    expect(parseQuery('why did moscow block the request').words.find((w) => w.folded === 'request')?.use).toBe('noun');
    expect(parseQuery('did moscow request the kyrgyz help').words.find((w) => w.folded === 'request')?.use).toBeUndefined();
  });

  it('reads chat shorthand as the words and numbers it stands for', () => {
    expect(parseQuery('20k ppl arrested in Almaty').words.filter((w) => !w.particle)).toEqual([
      { surface: '20k', folded: '20000', isNumber: true },
      { surface: 'ppl', folded: 'people', isNumber: false },
      { surface: 'arrested', folded: 'arrested', isNumber: false },
      { surface: 'Almaty', folded: 'almaty', isNumber: false, placed: true },
    ]);
  });

  it('reads a chatty question as the question it asks, without who asks and for what', () => {
    const plain = parseQuery('why has Moscow sent soldiers into Kazakhstan?');
    const chatty = parseQuery("hi, for tonight's piece: why has Moscow sent soldiers into Kazakhstan?");
    expect(chatty.words.map((w) => w.folded)).toEqual(plain.words.map((w) => w.folded));
    expect(chatty.intents).toEqual(plain.intents);
  });

  it('marks an owner: of what follows a possessive, of what comes before "van"/"of"', () => {
    const owners = (text: string) => parseQuery(text).words.flatMap((w) => (w.owner ? [[w.folded, w.owner]] : []));
    expect(owners("was nazarbayev's right-hand man arrested")).toEqual([['nazarbayev', 'of-next']]);
    expect(owners('is de rechterhand van tokajev opgepakt')).toEqual([['tokajev', 'of-previous']]);
    expect(owners('the right-hand man of the president')).toEqual([['president', 'of-previous']]);
    // Not at the start, with nothing before it to own.
    expect(owners('van tokajev')).toEqual([]);
  });

  it('reads "to" before a word as its direction, not the "to" of "according to"', () => {
    const direction = (q: string, word: string): string | undefined => parseQuery(q).words.find((w) => w.folded === word)?.after;
    expect(direction('did russia send troops to belarus', 'belarus')).toBe('to');
    expect(direction('what did the militants storm according to tokayev', 'tokayev')).toBeUndefined();
  });

  it('marks the words of a clause that only sets the time as background', () => {
    const background = (q: string): string[] => parseQuery(q).words.filter((w) => w.background).map((w) => w.folded);
    expect(background('did the kremlin warn against meddling before sending troops')).toEqual(['sending', 'troops']);
    expect(background('heeft poetin gebeld voordat de troepen werden gestuurd')).toEqual(['troepen', 'gestuurd']);
    // Dutch "voor" is "voordat" written "vóór" or before a subject; before a noun it is "for".
    expect(background('wat probeerde tokajev te voorkomen vóór hij de hulp inriep')).toEqual(['hulp', 'inriep']);
    expect(background('wat probeerde tokajev te voorkomen voor hij de hulp inriep')).toEqual(['hulp', 'inriep']);
    expect(background('wat vroeg tokajev voor de hulp van rusland')).toEqual([]);
    // A question word, a single word after the conjunction, or a conjunction opening the question: no clause.
    expect(background('since when is tokajev president')).toEqual([]);
    // Right after the question word: the time it is measured from, up to the question's own clause.
    expect(background('how long before the deployment did moscow warn against meddling')).toEqual(['deployment']);
    // Up to do-support, past an auxiliary of the time clause; without one, the clause runs to the end.
    expect(background('how long after the troops had arrived did the protests stop')).toEqual(['troops', 'arrived']);
    expect(background('was this before the csto troops arrived')).toEqual(['csto', 'troops', 'arrived']);
    expect(background('are the authorities still going after terrorists')).toEqual([]);
    // A verb in -ing alone is a clause too.
    expect(background('how did nazarbayev keep power after stepping down')).toEqual(['stepping']);
    expect(background('what did the square look like after the fighting')).toEqual(['fighting']);
    expect(background('when was the csto last deployed before this')).toEqual([]);
    // In a question asking a time, one word after "before" closing it is what the time is measured from, a name too.
    expect(background('when was the csto last deployed before kazakhstan')).toEqual(['kazakhstan']);
    expect(parseQuery('when was the csto last deployed before kazakhstan').words.find((w) => w.folded === 'kazakhstan')?.anchor).toBe(true);
    expect(background('who did the csto help before kazakhstan')).toEqual([]);
    // So in one asking the last of something before it: that one is asked as a time is.
    expect(background("what was the csto's last deployment before kazakhstan")).toEqual(['kazakhstan']);
    // The story's own event, with a determiner, is background too.
    expect(background('which countries contributed troops to the mission')).toEqual(['mission']);
    expect(background('hoe lang duurt de missie')).toEqual(['missie']);
    // "sinds", "toen" are mostly a preposition or "then".
    expect(background('hoeveel mensen zijn sinds januari opgepakt')).toEqual([]);
    expect(background('wie was toen president van kazachstan')).toEqual([]);
  });

  it('tells a figure asked exactly from exact words asked for', () => {
    expect(parseQuery('hoeveel uur internet kreeg Almaty precies?').precise).toBe(true);
    expect(parseQuery('how many rioters were killed, exact number?').precise).toBe(true);
    expect(parseQuery("putin's exact wording on destabilisation").precise).toBe(false);
    expect(parseQuery('how many rioters were killed').precise).toBe(false);
    // The whole asked is a number too: "enkele" does not give it.
    expect(parseQuery('how many countries are in the csto in total').precise).toBe(true);
    expect(parseQuery('met hoeveel landen zitten ze er in totaal').precise).toBe(true);
    expect(parseQuery('total death toll').precise).toBe(false);
  });

  it('reads a story told as background to what is done with it ("met dat coupverhaal", "with all the coup talk")', () => {
    const background = (q: string): string[] => parseQuery(q).words.filter((w) => w.background).map((w) => w.folded);
    expect(background('wat probeert tokajev met dat coupverhaal goed te praten')).toEqual(['coupverhaal']);
    expect(background('what is he trying to justify with all the coup talk')).toEqual(['all', 'coup', 'talk']);
    expect(background('wat probeert hij met dat verhaal over een staatsgreep goed te praten')).toEqual(['verhaal', 'staatsgreep']);
    // A story asked about is no background.
    expect(background('what is the coup story')).toEqual([]);
  });

  it('marks the alternatives a question offers: from the comma before "or", or the words around it', () => {
    const alternatives = (q: string): string[] => parseQuery(q).words.filter((w) => w.alternative).map((w) => w.folded);
    expect(alternatives('did the kazakhs ask moscow for soldiers, or did russia just barge in?')).toEqual(['russia', 'barge', 'in']);
    expect(alternatives('heeft kirgizie troepen gestuurd of alleen beloofd')).toEqual(['gestuurd', 'alleen', 'beloofd']);
    // A Dutch "of" asking whether offers nothing, nor do "or so", "more or less"; two words joined are just those two.
    expect(alternatives('weten we of de troepen blijven')).toEqual([]);
    expect(alternatives('did russia send 2,000 or so troops')).toEqual([]);
    expect(alternatives('how many troops, more or less, did russia send')).toEqual([]);
    expect(alternatives('how many people were killed or injured in almaty')).toEqual(['killed', 'injured']);
    // Two figures in digits are both on offer, with a Dutch "of" too.
    expect(alternatives('hoeveel doden bij de veiligheidsdiensten, 13 of 16?')).toEqual(['13', '16']);
    // Read on the text as tokenised, contractions written out.
    expect(alternatives("didn't tokayev thank putin, or only praise him?")).not.toContain('putin');
    // One of the others: "agenten en ander veiligheidspersoneel" is answered by the security personnel.
    expect(alternatives('hoeveel agenten en ander veiligheidspersoneel zijn omgekomen')).toEqual(['agenten']);
    expect(alternatives('how many police and other security forces died')).toEqual(['police']);
    expect(alternatives('how many police and soldiers died')).toEqual([]);
  });

  it('marks a figure stated to be checked as claimed', () => {
    const claimed = (q: string): string[] => parseQuery(q).words.filter((w) => w.claimed).map((w) => w.folded);
    // What qualifies it is claimed with it.
    expect(claimed('more than 10,000 arrests, is that right?')).toEqual(['more', '10,000']);
    expect(claimed('were 500 journalists arrested in 2010?')).toEqual(['500']);
    expect(claimed('how many journalists were arrested in 2010')).toEqual([]);
    // A year-like number before a noun is an amount.
    expect(claimed('were 2000 people arrested?')).toEqual(['2000']);
  });

  it('marks what word order makes a word: the Dutch finite verb, a noun after an article or preposition', () => {
    const uses = (q: string): Array<[string, string | undefined]> => parseQuery(q).words.map((w) => [w.folded, w.use]);
    // "om" stays as a possible particle ("kwamen om"); what follows it opens a noun phrase.
    expect(uses('wanneer vroeg de csto kirgizie om militaire hulp')).toEqual([['vroeg', 'verb'], ['csto', 'noun'], ['kirgizie', undefined], ['om', undefined], ['militaire', 'noun'], ['hulp', 'noun']]);
    expect(uses('heeft de csto kirgizie om hulp gevraagd').at(-1)).toEqual(['gevraagd', undefined]);
    expect(uses('did russia ask for help')).toEqual([['russia', undefined], ['ask', undefined], ['help', 'noun']]);
    // Past one adjective after a preposition too; not past a noun after an article ("aan de macht geholpen").
    expect(uses('did the csto ask for military help').at(-1)).toEqual(['help', 'noun']);
    expect(uses('heeft tokajev aan de macht geholpen').at(-1)).toEqual(['geholpen', undefined]);
    // "to" also opens an infinitive: "sent troops to help" helps.
    expect(uses('sent troops to help')).toEqual([['sent', undefined], ['troops', undefined], ['help', undefined]]);
  });

  it('keeps the question text', () => {
    expect(parseQuery('Wie is Tokajev?').text).toBe('Wie is Tokajev?');
  });

  it('keeps the particle of a phrasal verb, marked, for glossary phrases ("step down" is not "step in", "kwamen om" not "kwamen")', () => {
    expect(parseQuery('will tokayev step down').words.map((w) => [w.folded, w.particle ?? false])).toEqual([['tokayev', false], ['step', false], ['down', true]]);
    expect(particles('hoeveel mensen kwamen om')).toEqual(['om']);
    // Only right after a content word, in the question's language.
    expect(particles('in the end he gave up')).toEqual(['up']);
    expect(particles('in the end')).toEqual([]);
    expect(particles('did they step op')).toEqual([]);
    // A particle that is a word of its own stays one: "did china back tokayev".
    expect(folded('did china back tokayev')).toEqual(['china', 'back', 'tokayev']);
    expect(folded('gaat de grens open')).toEqual(['grens', 'open']);
    // A reflexive too: "killed themselves" is a phrase, "the Kremlin itself" only the Kremlin.
    expect(particles('did the kremlin itself warn')).toEqual(['itself']);
    expect(folded('did the kremlin itself warn')).toEqual(['kremlin', 'warn']);
  });

  it('marks an English possessive as an owner: the question is about someone of theirs', () => {
    expect(parseQuery("was nazarbayev's right-hand man arrested").words.map((w) => [w.folded, w.owner ?? false])).toEqual([['nazarbayev', 'of-next'], ['right-hand', false], ['man', false], ['arrested', false]]);
    expect(parseQuery('was nazarbayev arrested').words.some((w) => w.owner)).toBe(false);
  });

  it(`cuts a pasted text to ${MAX_QUERY_WORDS} content words, the first ones`, () => {
    const words = Array.from({ length: 30 }, (_, i) => `woord${i}`);
    expect(folded(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_WORDS));
    // Particles between them do not count ("woord0 in woord1 in …").
    expect(folded(words.map((w) => `${w} in`).join(' '))).toEqual(words.slice(0, MAX_QUERY_WORDS));
  });

  it('gives content words of the question, in order, without stop words, at most 24 (property)', () => {
    const piece = fc.constantFrom('hoeveel', 'wie', 'is', 'de', 'het', 'Tokajev', 'Almaty', 'CSTO-lidstaten', '8.000', 'arrestaties', 'Armenië', 'the', 'how', 'many', 'troops', 'zei', '?', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        // A name first, so there is always a content word.
        const text = ['Almaty', ...pieces].join(' ');
        const { words } = parseQuery(text);
        expect(words.length).toBeGreaterThan(0);
        expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
        expect(words[0]?.folded).toBe('almaty');
        // In order: each word is one of the question's tokens, after the one before.
        const surfaces = tokenize(text).map((t) => t.surface);
        let from = 0;
        for (const word of words) {
          const at = surfaces.indexOf(word.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + 1;
        }
        // A particle is a stop word kept for glossary phrases only ("step down").
        expect(words.filter((w) => !w.isNumber && !w.particle && isStopword(w.folded, ['nl', 'en']))).toEqual([]);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('parseQuery on any mix of the words its rules look for (property)', () => {
  const index = tinyIndex({ a: ['President Tokajev bedankte Poetin, die troepen stuurde.', 'Volgens de politie zijn 2000 mensen opgepakt.'] });

  it('never throws, keeps at most 24 content words, names at most one doer and one done-to, claims only numbers and days; the answer keeps its contract', () => {
    const piece = fc.constantFrom(
      'or', 'of', ',', '?', ':', '—', "didn't", 'who', 'did', 'has', 'what', 'kind', 'is', 'wanneer', 'werd', 'hoe', 'lang', 'veel', 'waar', 'voor',
      'I', 'need', 'it', 'for', 'the', 'draft', 'says', 'correct', '2000', 'people', 'may', 'tuesday', 'before', 'sending', 'troops', 'mission',
      'Putin', 'Tokajev', 'thank', 'helped', 'die', 'en', 'more', 'less', 'so', 'alleen', 'ook', 'confirmed', 'right', 'wie', 'noemt',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { words } = parseQuery(pieces.join(' '));
        expect(words.filter((w) => !w.particle).length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
        expect(words.filter((w) => w.doer).length).toBeLessThanOrEqual(1);
        expect(words.filter((w) => w.doneTo).length).toBeLessThanOrEqual(1);
        for (const word of words.filter((w) => w.claimed)) expect(word.isNumber || word.folded === 'tuesday' || word.folded === 'may').toBe(true);
        // Full answers first, scores in order and within 0–1, at most a page.
        const { results } = answer(pieces.join(' '), { index });
        expect(results.length).toBeLessThanOrEqual(DEFAULT_LIMIT);
        results.forEach((r, k) => {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          if (k > 0) expect(r.score).toBeLessThanOrEqual((results[k - 1] as (typeof results)[number]).score);
          if (k > 0 && r.match === 'full') expect(results[k - 1]?.match).toBe('full');
        });
      }),
      { seed: 20261130, numRuns: 500 },
    );
  });
});

describe('asking for the copy on something', () => {
  it('keeps only what it is on ("background on the CSTO pls", "gimme the line on the blackout")', () => {
    expect(parseQuery('background on the CSTO pls').words.map((w) => w.folded)).toEqual(['csto']);
    expect(parseQuery('gimme the line on the internet blackout').words.map((w) => w.folded)).toEqual(['internet', 'blackout']);
    expect(parseQuery('any signs of shops reopening').words.map((w) => w.folded)).toEqual(['shops', 'reopening']);
    // "so-called" is how the asker sees them, not who they are.
    expect(parseQuery('who are these so-called terrorists').words.map((w) => w.folded)).toEqual(['terrorists']);
  });
});

describe('the preposition before a word', () => {
  it('is kept where it may open a fixed expression ("in charge"), not where it is a particle of the verb before', () => {
    const words = parseQuery('who is in charge now').words;
    expect(words.find((w) => w.folded === 'charge')?.lead).toBe('in');
    // "stepped in": the particle is a word of the phrase lookup already, no lead of "charge".
    const stepped = parseQuery('who stepped in charge').words;
    expect(stepped.find((w) => w.folded === 'in')?.particle).toBe(true);
    expect(stepped.find((w) => w.folded === 'charge')?.lead).toBeUndefined();
  });
});

describe('"us" opening a question', () => {
  it('is the country before a word ("us reaction to the deployment"), the pronoun elsewhere', () => {
    expect(parseQuery('us reaction to csto deployment').words.map((w) => w.folded)).toContain('usa');
    expect(parseQuery('tell us about the troops').words.map((w) => w.folded)).not.toContain('usa');
    expect(parseQuery('us, what happened').words.map((w) => w.folded)).not.toContain('usa');
  });
});

describe('a time clause opening the question', () => {
  it.each(['before the troops came what was he trying to stop', 'before the troops came, what was he trying to stop'])('sets the scene up to the main clause\'s question word: %j', (question) => {
    const parsed = parseQuery(question);
    expect(parsed.words.find((w) => w.folded === 'troops')?.background).toBe(true);
    expect(parsed.words.find((w) => w.folded === 'stop')?.background).toBeUndefined();
    expect(parsed.objectAsked).toBe(true);
  });

  it('is no scene without a main clause after it', () => {
    expect(parseQuery('before the troops came').words.find((w) => w.folded === 'troops')?.background).toBeUndefined();
  });
});
