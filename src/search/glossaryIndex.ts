/**
 * The glossary, ready for queries: each English and Dutch word or phrase, keyed by its stems, points
 * at the concepts it belongs to; each concept knows the index terms it expands to.
 */
import type { GlossaryConcept } from '../knowledge/glossaryFile.js';
import { wholeTermOf } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { stem, type Language } from './analysis/stem.js';
import { isLeadingPreposition, isPhrasalParticle, isStopword, NEGATIONS } from './analysis/stopwords.js';
import { tokenize } from './analysis/tokenize.js';
import { kept, remembered } from '../lists/remembered.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface ConceptTarget {
  /** Index terms that must all occur in a sentence (one term for a single word). */
  terms: string[];
  /** The glossary word or phrase, for explanations. */
  phrase: string;
  /** Its folded content words: the forms a sentence word must resemble to count as strong evidence. */
  forms: string[];
  /** A negation stood before its one word ("niet bekend"): only a sentence negating the word has it. */
  negated?: true;
}

export interface IndexedConcept {
  name: string;
  /** The concept's English words, headword first: what part of speech a Dutch word of it is. */
  english: readonly string[];
  /** What the concept expands to in the index's language. */
  targets: ConceptTarget[];
  /** One of its words is in the dossier's title: it names the topic every sentence implies ("onrust"). */
  topical: boolean;
  /** The concepts its words also stand for ("moscow" → russia), resolved by name; unknown names are left out. */
  standsFor: IndexedConcept[];
  /** The concepts meaning its opposite, both ways (glossary `opposite`). */
  opposites: IndexedConcept[];
  /** The concepts its words name after a determiner (glossary `the`: "the alliance" is the CSTO). */
  definite: IndexedConcept[];
}

/** A concept a query phrase belongs to, and how central the phrase is to it (0 = listed first). */
export interface ConceptEntry {
  concept: IndexedConcept;
  position: number;
  /** The listed phrases (content words, space-joined) under this key, to tell a literal match from a stem match. */
  phrases: Set<string>;
}

export interface GlossaryIndex {
  /** Stem-sequence key (`en:security force`, `nl:veiligheidsdienst`) → concepts. */
  byKey: ReadonlyMap<string, ConceptEntry[]>;
  /** The same for phrases a preposition opens, keyed with it (`in charg`): looked up only where a question has the preposition before the words. */
  led: ReadonlyMap<string, ConceptEntry[]>;
  /** Longest phrase in content words, to bound the greedy match. */
  longest: number;
  /** Folded English and Dutch glossary words, for "did you mean". */
  words: ReadonlySet<string>;
  /** Every concept, in glossary order. */
  concepts: readonly IndexedConcept[];
}

const LANGUAGES: readonly Language[] = ['nl', 'en'];

const contentCache = new Map<string, string[]>();

/**
 * Content words of a phrase, folded (stop words dropped, as they are from queries). Glossary
 * phrases are analysed several times per build, so results are remembered (bounded by the glossary).
 */
export function contentWords(phrase: string): string[] {
  let words = contentCache.get(phrase);
  if (!words) {
    words = mapped(tokenize(phrase), (t) => fold(t.surface))
      .filter((w) => !isStopword(w, LANGUAGES));
    if (contentCache.size < 200_000) contentCache.set(phrase, words);
  }
  return words;
}

const keyCache = new Map<string, string[]>();

/** The words a phrase is looked up by: its content words, and the particles of its phrasal verbs ("step down", "kwamen om"). */
export function keyWords(phrase: string, language: Language): string[] {
  const key = `${language}:${phrase}`;
  let words = keyCache.get(key);
  if (!words) {
    const folded = mapped(tokenize(phrase), (t) => fold(t.surface));
    words = folded.filter((w, i) => !isStopword(w, LANGUAGES) || isPhrasalParticle(w, folded[i - 1], language));
    if (keyCache.size < 200_000) keyCache.set(key, words);
  }
  return words;
}

/** A phrase opened by a preposition (`isLeadingPreposition`) as looked up with it: "in charge" → in, charge. */
export function ledWords(phrase: string, language: Language): string[] | undefined {
  const first = fold(tokenize(phrase)[0]?.surface ?? '');
  const words = keyWords(phrase, language);
  return isLeadingPreposition(first) && words.length > 0 && words[0] !== first ? [first, ...words] : undefined;
}

/**
 * Whether a phrase read without its stop words is one word meaning the opposite: "niet bekend"
 * would be "bekend", "geen internet" "internet". Other stop words may go
 * ("brak uit" is searched as "brak", "voor het laatst" as "laatst"); a negation turns the word
 * round, so such a phrase is no key for a question's word (which has lost its negation too), and
 * as a target it is `negated`: only a sentence negating the word matches it.
 */
export function losesMeaning(phrase: string): boolean {
  const words = mapped(tokenize(phrase), (t) => fold(t.surface));
  return words.length > 1 && contentWords(phrase).length === 1 && words.some((w) => NEGATIONS.has(w));
}

/**
 * The look-up key of a phrase: its words' stems, with hyphens read as spaces so "vice-chairmen"
 * and "vice chairmen" meet.
 */
export function phraseKey(words: readonly string[], language: Language): string {
  const parts = flatMap(words, (w) => w.split('-')).filter(Boolean);
  return `${language}:${mapped(parts, (w) => keyPart(w, language)).join(' ')}`;
}

/** One word of a key: English stemmed, the dossier's language analysed as its sentences are. */
const keyPart = (word: string, language: Language): string => (language === 'en' ? stem(word, 'en') : wholeTermOf(word, language));

/** The key of a phrase's first word, as the keys of `phraseKey` begin (undefined for no word). */
function firstKeyOf(words: readonly string[], language: Language): string | undefined {
  for (const word of words) for (const part of word.split('-')) if (part) return `${language}:${keyPart(part, language)}`;
  return undefined;
}

/** The first words of a map's keys: most looked-up windows open with none, and are settled without building their key. */
const firstKeys = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();
function firstKeysOf(byKey: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  return kept(firstKeys, byKey, () => new Set(mapped([...byKey.keys()], (key) => key.split(' ')[0] as string)));
}

/** `topicTerms`: the terms of the dossier's title, which make a concept with one of them as a word topical. */
export function buildGlossaryIndex(concepts: readonly GlossaryConcept[], indexLanguage: Language, knownTerms: { has(term: string): boolean }, topicTerms: ReadonlySet<string> = new Set()): GlossaryIndex {
  const byKey = new Map<string, ConceptEntry[]>();
  const led = new Map<string, ConceptEntry[]>();
  const byName = new Map<string, IndexedConcept>();
  const words = new Set<string>();
  let longest = 1;
  for (const concept of concepts) {
    const targets: ConceptTarget[] = [];
    // Expansion targets: the concept's words in the dossier's language, analysed the way sentences are.
    for (const phrase of concept.terms[indexLanguage] ?? []) {
      const content = contentWords(phrase);
      if (content.length === 0) continue;
      const terms = mapped(content, (w) => wholeTermOf(w, indexLanguage));
      if (terms.every((t) => knownTerms.has(t))) targets.push({ terms, phrase, forms: content, ...(losesMeaning(phrase) ? { negated: true as const } : {}) });
    }
    const topical = (concept.terms[indexLanguage] ?? []).some((phrase) => {
      const content = contentWords(phrase);
      return content.length === 1 && topicTerms.has(wholeTermOf(content[0] as string, indexLanguage));
    });
    const indexed: IndexedConcept = { name: concept.name, english: concept.terms.en ?? [], targets: dedupeTargets(targets), topical, standsFor: [], opposites: [], definite: [] };
    byName.set(concept.name, indexed);
    // Only words that lead somewhere in this dossier are worth suggesting.
    if (indexed.targets.length > 0) for (const phrase of Object.values(concept.terms).flat()) words.add(fold(phrase));
    for (const [language, phrases] of Object.entries(concept.terms)) {
      if (language !== 'en' && language !== 'nl') continue;
      phrases.forEach((phrase, position) => {
        if (losesMeaning(phrase)) return;
        // A Dutch particle often stands apart from its verb ("pompt Kazachstan op"): found without it too.
        const keyed = language === 'nl' ? [keyWords(phrase, language), contentWords(phrase)] : [keyWords(phrase, language)];
        // "in charge", "at risk": found with the preposition that opens it too, so a question saying it finds this sense only.
        const opened = ledWords(phrase, language);
        if (opened) addKey(led, opened, language, indexed, position);
        for (const content of keyed) {
          if (content.length === 0) continue;
          longest = Math.max(longest, flatMap(content, (w) => w.split('-')).length);
          addKey(byKey, content, language, indexed, position);
        }
      });
    }
  }
  for (const concept of concepts) {
    const indexed = byName.get(concept.name);
    if (!indexed) continue;
    const named = (names: readonly string[] = []): IndexedConcept[] => flatMap(names, (name) => byName.get(name) ?? []).filter((other) => other !== indexed);
    indexed.standsFor = named(concept.standsFor);
    indexed.definite = named(concept.definite);
  }
  // Opposites hold both ways, whichever concept names the other.
  for (const concept of concepts) {
    const indexed = byName.get(concept.name);
    for (const other of flatMap((concept.opposites ?? []), (name) => byName.get(name) ?? [])) {
      if (!indexed || other === indexed) continue;
      if (!indexed.opposites.includes(other)) indexed.opposites.push(other);
      if (!other.opposites.includes(indexed)) other.opposites.push(indexed);
    }
  }
  return { byKey, led, longest, words, concepts: [...byName.values()] };
}

/** Files `concept` under the key of `content` (a phrase's key words), remembering the literal phrase. */
function addKey(byKey: Map<string, ConceptEntry[]>, content: readonly string[], language: Language, concept: IndexedConcept, position: number): void {
  const key = phraseKey(content, language);
  const list = byKey.get(key) ?? [];
  const entry = list.find((e) => e.concept === concept);
  if (entry) entry.phrases.add(content.join(' '));
  else list.push({ concept, position, phrases: new Set([content.join(' ')]) });
  byKey.set(key, list);
}

/** One target per term sequence, first-listed position, with the forms of every word that led to it. */
function dedupeTargets(targets: ConceptTarget[]): ConceptTarget[] {
  const byTerms = new Map<string, ConceptTarget>();
  for (const target of targets) {
    const key = `${target.negated ? 'not ' : ''}${target.terms.join(' ')}`;
    const existing = byTerms.get(key);
    if (existing) existing.forms = [...new Set([...existing.forms, ...target.forms])];
    else byTerms.set(key, { ...target, forms: [...target.forms] });
  }
  return [...byTerms.values()];
}

export interface ConceptHit {
  readonly concept: IndexedConcept;
  /** Position of the matched phrase in the concept's list (0 = its headword). */
  readonly position: number;
  /** True when the query words are literally a listed phrase, not only the same stems. */
  readonly literal: boolean;
}

/** Shared between look-ups of the same words (remembered): never to be changed. */
export interface GlossaryMatch {
  /** How many query words the phrase covers. */
  readonly length: number;
  readonly concepts: readonly ConceptHit[];
  /** Languages in which the query words are a glossary phrase. */
  readonly languages: ReadonlySet<Language>;
}

/**
 * The forms of one-word glossary entries that stand alone in their concept, no other inflection
 * sharing their index term (evidence.ts `isFormOf`), per glossary. Entries merged with their
 * inflections ("regering, regeringen") are left out: counting those too, with or without the
 * concept they belong to, cost a dozen full answers whose words the glossary joins across concepts.
 */
const listed = new WeakMap<GlossaryIndex, ReadonlySet<string>>();
export function listedForms(glossary: GlossaryIndex): ReadonlySet<string> {
  return kept(listed, glossary, () => new Set(flatMap(glossary.concepts, (c) => flatMap(c.targets.filter((t) => t.forms.length === 1), (t) => t.forms))));
}

/** The concepts the words `words[start, start + length)` form together, read as English and as Dutch. */
export function lookupGlossary(glossary: GlossaryIndex, words: readonly string[], start: number, length: number): GlossaryMatch | undefined {
  const slice = words.slice(start, start + length);
  if (slice.length !== length) return undefined;
  return lookupKey(glossary.byKey, slice, length);
}

/** What `slice` (the looked-up words, the first a preposition for `led`) is in `byKey`; `length`: how many query words it covers. */
function lookupKey(byKey: ReadonlyMap<string, ConceptEntry[]>, slice: readonly string[], length: number): GlossaryMatch | undefined {
  // Most windows open with a word no key opens with: settled per word, without building the window's key.
  const first = slice[0];
  if (first !== undefined && HAS_PART.test(first) && !mayOpenKey(byKey, first)) return undefined;
  // A glossary never changes once indexed: each window of words is looked up once (bounded), per
  // window length; a one-word window by the word itself (no key to build, its hash kept with the string).
  const byLength = kept(lookups, byKey, () => new Map());
  const memo = kept(byLength, length, () => new Map());
  return remembered(memo, slice.length === 1 ? (first as string) : slice.join('\u0001'), LOOKUP_MEMO_LIMIT, () => findKey(byKey, slice, length));
}

/** A word with a letter or digit between its hyphens: the word its window's key opens with (`firstKeyOf`). */
const HAS_PART = /[^-]/u;
const openers = new WeakMap<ReadonlyMap<string, ConceptEntry[]>, Map<string, boolean>>();

/** Whether some key of `byKey` opens with `word`, in either language (bounded memo per map). */
function mayOpenKey(byKey: ReadonlyMap<string, ConceptEntry[]>, word: string): boolean {
  const memo = kept(openers, byKey, () => new Map());
  return remembered(memo, word, LOOKUP_MEMO_LIMIT, () => {
    const firsts = firstKeysOf(byKey);
    return LANGUAGES.some((language) => firsts.has(firstKeyOf([word], language) ?? ''));
  });
}

/** Windows of words remembered at most, per glossary map. */
const LOOKUP_MEMO_LIMIT = 50_000;
const lookups = new WeakMap<ReadonlyMap<string, ConceptEntry[]>, Map<number, Map<string, GlossaryMatch | undefined>>>();

function findKey(byKey: ReadonlyMap<string, ConceptEntry[]>, slice: readonly string[], length: number): GlossaryMatch | undefined {
  const firsts = firstKeysOf(byKey);
  if (!LANGUAGES.some((language) => firsts.has(firstKeyOf(slice, language) ?? ''))) return undefined;
  const literal = slice.join(' ');
  const hits = new Map<IndexedConcept, ConceptHit>();
  const languages = new Set<Language>();
  for (const language of LANGUAGES) {
    const found = byKey.get(phraseKey(slice, language));
    if (!found) continue;
    languages.add(language);
    for (const { concept, position, phrases } of found) {
      const hit = hits.get(concept);
      const isLiteral = phrases.has(literal);
      if (!hit) hits.set(concept, { concept, position, literal: isLiteral });
      else hits.set(concept, { concept, position: Math.min(position, hit.position), literal: hit.literal || isLiteral });
    }
  }
  if (hits.size === 0) return undefined;
  return { length, concepts: [...hits.values()], languages };
}

/** The longest glossary phrase `preposition` opens with the words from `start` ("in" + charge): a match of those words. */
export function longestLedPhrase(glossary: GlossaryIndex, preposition: string, words: readonly string[], start: number): GlossaryMatch | undefined {
  for (let length = Math.min(glossary.longest, words.length - start); length >= 1; length--) {
    const match = lookupKey(glossary.led, [preposition, ...words.slice(start, start + length)], length);
    if (match) return match;
  }
  return undefined;
}

/** The longest glossary phrase of two or more words starting at `start`. */
export function longestPhrase(glossary: GlossaryIndex, words: readonly string[], start: number): GlossaryMatch | undefined {
  for (let length = Math.min(glossary.longest, words.length - start); length >= 2; length--) {
    const match = lookupGlossary(glossary, words, start, length);
    if (match) return match;
  }
  return undefined;
}
