/**
 * "Did you mean": words from the dossier's own vocabulary (and glossary words that reach it) that
 * are spelled close to query words which matched nothing.
 */
import type { Concept } from './query/expandQuery.js';
import type { DossierIndex } from './sentenceIndex.js';
import { fold } from './analysis/fold.js';
import { isRealWord } from './lexicon/lexicon.js';

const MAX_SUGGESTIONS = 5;
const suggestionDistance = (length: number): number => (length >= 5 ? 2 : length >= 3 ? 1 : 0);

export function suggest(index: DossierIndex, concepts: readonly Concept[]): string[] {
  const suggestions: string[] = [];
  for (const concept of concepts) {
    if (concept.alternatives.length > 0) continue;
    const word = fold(concept.label);
    // A real word the dossier lacks ("begin", "ballet") is no typo: a look-alike would only mislead.
    if (isRealWord(word, index.lexicon)) continue;
    for (const close of index.spelling.near(word, suggestionDistance(word.length))) {
      if (!suggestions.includes(close)) suggestions.push(close);
      if (suggestions.length >= MAX_SUGGESTIONS) return suggestions;
    }
  }
  return suggestions;
}
