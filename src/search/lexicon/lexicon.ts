/**
 * General-language knowledge the dossier cannot teach: how common a word is (to tell an everyday
 * word from one that carries the question), English base forms, what part of speech a word mostly
 * is, and WordNet's neighbours of an English word (to reach a glossary concept by a synonym).
 * Pure over loaded data; `loadLexicon` reads the packages.
 */
import type { Language } from '../analysis/stem.js';
import { type HunspellWords, mainPartOfSpeech } from './hunspellWords.js';
import { LEX_FILES, type PartOfSpeech, type Relation, type Synset, type WordNet } from './wordNet.js';
import { buildSpelling, type Spelling } from '../spelling.js';
import { remembered } from '../../lists/remembered.js';
import { mapped } from '../../lists/loops.js';

export interface RelatedWord {
  word: string;
  relation: Relation;
}

export interface Lexicon {
  /** Rank of a lowercase word in general usage (1 = most common); `undefined` for rarer words. */
  rank(word: string, language: Language): number | undefined;
  /** Base forms of an English word, the word itself first. */
  englishLemmas(word: string): string[];
  /** The part of speech an English word mostly is (by WordNet's tagged senses), if WordNet knows it. */
  partOfSpeech(word: string): PartOfSpeech | undefined;
  /** What a Dutch word form is (a noun when it can be one; see `mainPartOfSpeech`), if the Dutch dictionary knows it. */
  dutchPartOfSpeech(word: string): PartOfSpeech | undefined;
  /** Reads now what is otherwise read at the first question needing it (the Dutch dictionary, the common words for `meant`). */
  prepare(): void;
  /** English words one step from `word` in its commonest senses: synonyms, derivations, broader terms. */
  related(word: string): RelatedWord[];
  /**
   * Whether an English word can be a qualifying adjective ("ordinary", "top", "joint"): WordNet lists
   * it as an adjective that pertains to no noun, unlike a classifying one ("Chinese" → China, "military").
   */
  qualifies(word: string): boolean;
  /**
   * Whether an English word, as written, is mostly a noun for people — a kind of person
   * ("journalists": WordNet files its commonest noun sense under noun.person) or a group of them
   * ("police", "authorities", "community": noun.group, below "social group"). As written where
   * WordNet lists it: "authorities" are people, "authority" is power.
   */
  namesPeople(word: string): boolean;
  /** Whether an English word is mostly a verb of saying ("mention", "claim", "deny"): WordNet files its commonest verb sense under verb.communication. */
  communicates(word: string): boolean;
  /**
   * The everyday English or Dutch word a non-word was most likely typed for ("historicaly" →
   * historically, "anybdy" → anybody, "rigth" → right): the one common word a dropped letter, two
   * swapped or a doubled one away; `undefined` when none is, or more than one. Never a changed
   * letter: that reads names as words ("merkel" → merken).
   */
  meant(word: string): string | undefined;
}

/** A real word of English or Dutch, so not a slip of the keyboard to correct. */
export function isRealWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.rank(word, 'en') !== undefined || lexicon.rank(word, 'nl') !== undefined || lexicon.partOfSpeech(word) !== undefined;
}

export interface LexiconSources {
  /** English words, most common first. */
  englishByFrequency: readonly string[];
  /** Dutch words, most common first. */
  dutchByFrequency: readonly string[];
  lemmatize: { noun(word: string): string; verb(word: string): string; adjective(word: string): string };
  wordNet: WordNet;
  /** The Dutch Hunspell dictionary, read when first needed. */
  dutchWords: () => HunspellWords;
}

/** How far up WordNet's hypernyms a group of people meets "social group" ("army" is five steps below). */
const GROUP_DEPTH = 7;
/** Senses of a word that are followed into WordNet: its commonest meanings, not every rare one. */
const SENSES = 2;
const RELATION_ORDER: Record<Relation, number> = { synonym: 0, derivation: 1, hypernym: 2 };
const MEMO_LIMIT = 20_000;
/** Common words a slip is read back to: the most frequent of each language, rarer ones are too often one slip from another. */
const COMMON_WORDS = 20_000;
/** Shorter non-words are one slip from too many words to say which was meant. */
const MIN_MEANT = 4;

function ranks(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  words.forEach((word, i) => {
    const key = word.toLowerCase();
    if (!map.has(key)) map.set(key, i + 1);
  });
  return map;
}

export function createLexicon(sources: LexiconSources): Lexicon {
  const byLanguage: Record<Language, Map<string, number>> = { en: ranks(sources.englishByFrequency), nl: ranks(sources.dutchByFrequency) };
  const lemmaMemo = new Map<string, string[]>();
  const posMemo = new Map<string, PartOfSpeech | null>();
  const relatedMemo = new Map<string, RelatedWord[]>();
  const qualifiesMemo = new Map<string, boolean>();
  const peopleMemo = new Map<string, boolean>();
  const dutchPosMemo = new Map<string, PartOfSpeech | null>();
  // The frequency lists hold hundreds of thousands of words, each look-up a miss in the processor's
  // caches; the few words questions use are asked again and again, from a small table.
  const rankMemo: Record<Language, Map<string, number | undefined>> = { en: new Map(), nl: new Map() };
  const { lemmatize, wordNet } = sources;
  let dutchWords: HunspellWords | undefined;
  const readDutchWords = (): HunspellWords => {
    dutchWords ??= sources.dutchWords();
    return dutchWords;
  };

  const englishLemmas = (word: string): string[] =>
    remembered(lemmaMemo, word, MEMO_LIMIT, () => {
      const lower = word.toLowerCase();
      if (!/^[a-z][a-z'-]*$/u.test(lower)) return [lower];
      return [...new Set([lower, lemmatize.verb(lower), lemmatize.noun(lower), lemmatize.adjective(lower)])];
    });

  let common: Spelling | undefined;
  // Built at the first slip, or by prepare() at warm-up (a tenth of a second), not by every start.
  const commonSpelling = (): Spelling => buildSpelling(mapped([...sources.englishByFrequency.slice(0, COMMON_WORDS), ...sources.dutchByFrequency.slice(0, COMMON_WORDS)], (w) => w.toLowerCase()));
  const lexicon: Lexicon = {
    rank: (word, language) => remembered(rankMemo[language], word, MEMO_LIMIT, () => byLanguage[language].get(word.toLowerCase())),
    meant(word: string): string | undefined {
      const lower = word.toLowerCase();
      if (lower.length < MIN_MEANT || isRealWord(lower, lexicon)) return undefined;
      common ??= commonSpelling();
      const slips = [...new Set([...common.swapped(lower), ...common.redoubled(lower)])];
      if (slips.length > 0) return slips.length === 1 ? slips[0] : undefined;
      // Only a dropped letter put back ("actualy" → actually): a letter changed turns names into words ("merkel" → merken).
      const likeliest = common.likeliest(lower, 1);
      return likeliest !== undefined && likeliest.length === lower.length + 1 ? likeliest : undefined;
    },
    englishLemmas,
    partOfSpeech(word: string): PartOfSpeech | undefined {
      // Asked for every question word, several times: remembered (null = WordNet does not know it).
      const pos = remembered(posMemo, word, MEMO_LIMIT, () => {
        let best: { pos: PartOfSpeech; weight: number } | undefined;
        const lower = word.toLowerCase();
        // A past tense says what the word is here: "ended" is a verb form, whatever "end" mostly is.
        // (Not "-s": "rumours" and "officials" may be either, and the lemmatizer cannot tell.)
        const verbForm = /ed$/u.test(lower) && lemmatize.verb(lower) !== lower;
        // A plural is no adjective: "militants" are people, whatever "militant" mostly is.
        const plural = /s$/u.test(lower) && lemmatize.noun(lower) !== lower;
        for (const lemma of englishLemmas(word)) {
          for (const entry of wordNet.lookup(lemma)) {
            if (verbForm && lemma !== lower && entry.pos !== 'v') continue;
            if (plural && lemma !== lower && entry.pos === 'a') continue;
            // Tagged senses say what a word mostly is; a sense count breaks ties among untagged words.
            const weight = entry.taggedSenses * 100 + entry.synsets.length;
            if (!best || weight > best.weight) best = { pos: entry.pos, weight };
          }
        }
        return best?.pos ?? null;
      });
      return pos ?? undefined;
    },
    dutchPartOfSpeech(word: string): PartOfSpeech | undefined {
      const pos = remembered(dutchPosMemo, word.toLowerCase(), MEMO_LIMIT, () => mainPartOfSpeech(readDutchWords().partsOfSpeech(word.toLowerCase())) ?? null);
      return pos ?? undefined;
    },
    prepare(): void {
      readDutchWords();
      common ??= commonSpelling();
    },
    qualifies(word: string): boolean {
      // Asked for question words, like partOfSpeech: remembered.
      return remembered(qualifiesMemo, word, MEMO_LIMIT, () => {
        const adjective = wordNet.lookup(word.toLowerCase()).find((entry) => entry.pos === 'a');
        if (!adjective) return false;
        return !adjective.synsets.slice(0, SENSES).some((offset) => wordNet.synset('a', offset)?.pointers.some((p) => p.relation === 'pertainym'));
      });
    },
    communicates(word: string): boolean {
      const lower = word.toLowerCase();
      const verb = (lemma: string) => wordNet.lookup(lemma).find((entry) => entry.pos === 'v');
      const [commonest] = (verb(lower) ?? verb(lemmatize.verb(lower)))?.synsets ?? [];
      return commonest !== undefined && wordNet.synset('v', commonest)?.lexFile === LEX_FILES.verbCommunication;
    },
    namesPeople(word: string): boolean {
      return remembered(peopleMemo, word, MEMO_LIMIT, () => {
        if (lexicon.partOfSpeech(word) !== 'n') return false;
        const lower = word.toLowerCase();
        // Not a word that also qualifies ("public", "white", "military"): its Dutch forms are adjectives too ("openbare orde").
        if (wordNet.lookup(lower).some((entry) => entry.pos === 'a')) return false;
        const noun = (lemma: string) => wordNet.lookup(lemma).find((entry) => entry.pos === 'n');
        // As written first ("authorities" has a sense of its own), then its singular ("journalists").
        const [commonest] = (noun(lower) ?? noun(lemmatize.noun(lower)))?.synsets ?? [];
        let synset = commonest === undefined ? undefined : wordNet.synset('n', commonest);
        if (synset?.lexFile === LEX_FILES.nounPerson) return true;
        if (synset?.lexFile !== LEX_FILES.nounGroup) return false;
        // A group of people, not any group: "police", "community", "government" are social groups;
        // "economy", "traffic", "people" in general and "a couple" (of things) are not.
        for (let step = 0; synset && step < GROUP_DEPTH; step++) {
          if (synset.words.includes('pair')) return false;
          if (synset.words.includes('social group')) return true;
          const up: Synset['pointers'][number] | undefined = synset.pointers.find((pointer) => pointer.relation === 'hypernym');
          synset = up ? wordNet.synset('n', up.offset) : undefined;
        }
        return false;
      });
    },
    related(word: string): RelatedWord[] {
      return remembered(relatedMemo, word, MEMO_LIMIT, () => {
        const found = new Map<string, Relation>();
        const add = (other: string, relation: Relation): void => {
          const known = found.get(other);
          if (known === undefined || RELATION_ORDER[relation] < RELATION_ORDER[known]) found.set(other, relation);
        };
        const lemmas = englishLemmas(word);
        const main = lexicon.partOfSpeech(word);
        for (const lemma of lemmas) {
          // Only the meanings of what the word mostly is: "block" the verb is not a city block.
          for (const entry of wordNet.lookup(lemma).filter((e) => e.pos === main)) {
            for (const offset of entry.synsets.slice(0, SENSES)) {
              const synset = wordNet.synset(entry.pos, offset);
              if (!synset) continue;
              const own = synset.words.indexOf(lemma) + 1;
              for (const other of synset.words) add(other, 'synonym');
              for (const pointer of synset.pointers) {
                // A derivation belongs to one word of the synset (arrest → arrest, not apprehension's;
                // injure → injury, not offend's offensive).
                if (pointer.relation === 'derivation' && pointer.sourceWord !== 0 && pointer.sourceWord !== own) continue;
                const target = wordNet.synset(pointer.pos, pointer.offset);
                if (!target) continue;
                if (pointer.relation === 'pertainym') continue;
                // A broader term only for things: a verb's hypernym ("move" for "send") says too little.
                if (pointer.relation === 'hypernym') {
                  if (entry.pos === 'n') for (const other of target.words) add(other, 'hypernym');
                }
                else add(target.words[pointer.targetWord - 1] ?? target.words[0] ?? '', 'derivation');
              }
            }
          }
        }
        for (const lemma of lemmas) found.delete(lemma);
        found.delete('');
        return mapped([...found], ([other, relation]) => ({ word: other, relation }));
      });
    },
  };
  return lexicon;
}
