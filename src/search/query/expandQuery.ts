/**
 * Query words → concepts, each with the alternative index terms that express it. A sentence
 * matches a concept through its best alternative; exact words weigh most, then other spellings
 * of a name, then glossary translations and synonyms, then compound parts, then typo matches.
 */
import { splitCompound } from '../analysis/decompound.js';
import { wholeTermOf } from '../analysis/analyzeText.js';
import { wordParts } from '../analysis/tokenize.js';
import { matchGlossary } from '../glossaryIndex.js';
import type { DossierIndex } from '../sentenceIndex.js';
import { closeWords } from './editDistance.js';
import { knownVariants } from './nameVariants.js';
import type { ParsedQuery } from './parseQuery.js';

export type AlternativeKind = 'exact' | 'variant' | 'glossary' | 'compound' | 'typo';

export interface Alternative {
  /** Index terms that must all occur in the sentence. */
  terms: string[];
  weight: number;
  kind: AlternativeKind;
}

export interface Concept {
  /** The query words this concept stands for, as typed. */
  label: string;
  alternatives: Alternative[];
}

/** How much each kind of match counts, relative to the word itself. */
export const WEIGHTS = {
  exact: 1,
  variant: 0.9,
  /** A glossary translation of a word that is not in the dossier (English → Dutch). */
  translation: 0.85,
  /** A glossary synonym of a word that is in the dossier itself. */
  synonym: 0.55,
  compound: 0.7,
  typo: 0.6,
} as const;

/** Typos are corrected only in longer words, where a one-letter slip cannot make another word. */
const typoDistance = (length: number): number => (length >= 9 ? 2 : length >= 6 ? 1 : 0);

export function expandQuery(query: ParsedQuery, index: DossierIndex): Concept[] {
  const { language } = index.analyzer;
  const known = (terms: string[]): boolean => terms.every((t) => index.termFrequency.has(t));
  const words = query.words.map((w) => w.folded);
  const concepts: Concept[] = [];

  for (let i = 0; i < words.length; ) {
    const glossary = matchGlossary(index.glossary, words, i);
    const length = glossary?.length ?? 1;
    const slice = words.slice(i, i + length);
    const label = query.words.slice(i, i + length).map((w) => w.surface).join(' ');
    const alternatives: Alternative[] = [];
    const add = (terms: string[], weight: number, kind: AlternativeKind): void => {
      if (terms.length > 0 && known(terms)) alternatives.push({ terms, weight, kind });
    };

    // The words themselves, as the dossier would index them.
    const exact = slice.map((w) => wholeTermOf(w, language));
    add(exact, WEIGHTS.exact, 'exact');
    if (length === 1) {
      const word = slice[0] ?? '';
      const parts = wordParts(word);
      if (parts.length > 1) add(parts.map((p) => wholeTermOf(p, language)), WEIGHTS.variant, 'exact');
      for (const variant of knownVariants(word, index.analyzer.vocabulary)) add([wholeTermOf(variant, language)], WEIGHTS.variant, 'variant');
    }
    const foundInDossier = alternatives.length > 0;
    for (const concept of glossary?.concepts ?? []) {
      for (const target of concept.targets) add(target.terms, foundInDossier ? WEIGHTS.synonym : WEIGHTS.translation, 'glossary');
    }
    if (alternatives.length === 0 && length === 1) {
      const word = slice[0] ?? '';
      const pieces = splitCompound(word, index.analyzer.compoundParts);
      if (pieces.length > 1) add(pieces.map((p) => wholeTermOf(p, language)), WEIGHTS.compound, 'compound');
      if (alternatives.length === 0 && !query.words[i]?.isNumber) {
        for (const close of closeWords(word, index.analyzer.vocabulary, typoDistance).slice(0, 3)) {
          add([wholeTermOf(close, language)], WEIGHTS.typo, 'typo');
        }
      }
    }
    concepts.push({ label, alternatives: dedupe(alternatives) });
    i += length;
  }
  return concepts;
}

/** One alternative per term set, keeping the highest weight. */
function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const key = alternative.terms.join(' ');
    const current = best.get(key);
    if (!current || current.weight < alternative.weight) best.set(key, alternative);
  }
  return [...best.values()];
}
