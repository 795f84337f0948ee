/**
 * Index-side analysis of a sentence: the terms it is found by, with character offsets so matches
 * can be highlighted in the untouched text.
 *
 * - `words`: one term per content word: the Snowball stem of the folded word, canonical numbers.
 * - `parts`: what a word is also findable by, at a lower weight: the parts of hyphenated words
 *   (`CSTO-lidstaten` → csto, lidstaat), compound parts (`brandstofprijzen` → brandstof, prijs),
 *   the name inside a possessive (`Nazarbajevs` → nazarbajev) and digit-only numbers.
 */
import { splitCompound, type Vocabulary } from './decompound.js';
import { fold } from './fold.js';
import { canonicalNumber } from './numbers.js';
import { stem, type Language } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize, wordParts } from './tokenize.js';
import { HAS_DIGIT, STARTS_WITH_DIGIT } from '../../text/letterClasses.js';
import { kept } from '../../lists/remembered.js';
import { mapped } from '../../lists/loops.js';

export interface Term {
  term: string;
  /** The folded word (or word part) the term was made from, e.g. `gearresteerd` for `arresteer`. */
  form: string;
  start: number;
  end: number;
}

export interface AnalyzedText {
  words: Term[];
  parts: Term[];
}

export interface AnalyzerContext {
  language: Language;
  /** Folded words known in this dossier (its sentences and glossary), for possessives and compounds. */
  vocabulary: ReadonlySet<string>;
  /** Stems of those words, so compound parts can be recognised in any inflection. */
  compoundParts: Vocabulary;
  /** Folded words only ever seen capitalised (names: `Rusland` is not rus + land). */
  properNouns: ReadonlySet<string>;
}

/** Digits with separators only (module level: see letterClasses.ts). */
const NUMERAL = /^[\p{N}.,]+$/u;

/** The term a single (unhyphenated) folded word is indexed and searched under. */
export function termOf(folded: string, language: Language): string {
  return STARTS_WITH_DIGIT.test(folded) && NUMERAL.test(folded) ? canonicalNumber(folded) : stem(folded, language);
}

/** The term of a whole word, hyphenated or not: parts' terms joined with `-`. */
export function wholeTermOf(folded: string, language: Language): string {
  const parts = wordParts(folded);
  return parts.length > 1 ? mapped(parts, (part) => termOf(part, language)).join('-') : termOf(folded, language);
}

/** The terms of a fixed list of words (`wholeTermOf`), worked out once per list and language: such lists are asked of by every question. */
const listTerms = new WeakMap<Iterable<string>, Map<Language, ReadonlySet<string>>>();
export function termsOfWords(words: Iterable<string>, language: Language): ReadonlySet<string> {
  const byLanguage = kept(listTerms, words, () => new Map());
  return kept(byLanguage, language, () => new Set(mapped([...words], (word) => wholeTermOf(word, language))));
}

/** What one folded word is indexed under, given the dossier's analyzer: the same wherever it stands. */
export interface WordTerms {
  term: string;
  parts: ReadonlyArray<{ term: string; form: string }>;
}

/** Words repeat (a few thousand make most of a text): each is analysed once per analyzer, within a bound. */
const REMEMBERED = 200_000;
const rememberedBy = new WeakMap<AnalyzerContext, Map<string, WordTerms | null>>();

/**
 * The terms of one folded word (null for a stopword): all that a sentence's analysis takes from the
 * analyzer, word by word — so two analyzers that give every word of a sentence the same terms give
 * the sentence the same analysis (what an incremental reload relies on, reusableArticles.ts).
 */
export function termsOfWord(folded: string, context: AnalyzerContext): WordTerms | null {
  const remembered = kept(rememberedBy, context, () => new Map());
  const known = remembered.get(folded);
  if (known !== undefined) return known;
  const { language, vocabulary, compoundParts, properNouns } = context;
  let found: WordTerms | null = null;
  if (!isStopword(folded, [language])) {
    const parts: Array<{ term: string; form: string }> = [];
    const pieces = wordParts(folded);
    const inner = pieces.length > 1 ? pieces.filter((p) => p.length > 1 && !isStopword(p, [language])) : [];
    for (const piece of inner) parts.push({ term: termOf(piece, language), form: piece });
    for (const piece of pieces.length > 1 ? inner : [folded]) {
      if (HAS_DIGIT.test(piece)) continue;
      // Possessive of a known name or word: Nazarbajevs → Nazarbajev.
      if (piece.endsWith('s') && vocabulary.has(piece.slice(0, -1))) parts.push({ term: termOf(piece.slice(0, -1), language), form: piece.slice(0, -1) });
      if (properNouns.has(piece)) continue;
      for (const part of splitCompound(piece, compoundParts)) parts.push({ term: termOf(part, language), form: part });
    }
    found = { term: wholeTermOf(folded, language), parts };
  }
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(folded, found);
  return found;
}

export function analyzeText(text: string, context: AnalyzerContext): AnalyzedText {
  const words: Term[] = [];
  const parts: Term[] = [];
  for (const token of tokenize(text)) {
    const at = { start: token.start, end: token.end };
    const folded = fold(token.surface);
    if (token.isNumber) {
      words.push({ term: canonicalNumber(folded), form: folded, ...at });
      continue;
    }
    const terms = termsOfWord(folded, context);
    if (!terms) continue;
    words.push({ term: terms.term, form: folded, ...at });
    for (const part of terms.parts) parts.push({ term: part.term, form: part.form, ...at });
  }
  return { words, parts };
}
