/**
 * The measures a dossier tracks — its `topics:` in dossier.yml (deaths, arrests, troops, …) — as
 * index terms. The editor listed which words count the same thing, so a measure word is always
 * what a question asks about, and its words stand for one another when a figure is counted.
 */
import { analyzeText, type AnalyzerContext } from './analysis/analyzeText.js';
import type { Terms } from './sentenceFeatures.js';

export type Measures = readonly ReadonlySet<string>[];

/** Each topic's words, analysed the way sentences are. */
export function measuresOf(topics: readonly { words: readonly string[] }[], analyzer: AnalyzerContext): Measures {
  return topics.map((topic) => new Set(topic.words.flatMap((word) => analyzeText(word, analyzer).words.map((t) => t.term))));
}

export function isMeasure(measures: Measures, term: string): boolean {
  return measures.some((measure) => measure.has(term));
}

/**
 * `terms`, and every word of a measure one of them is a word of: a figure counting "20.000
 * bandieten" counts the opponents asked about when the dossier's topic lists both words.
 */
export function withMeasures(measures: Measures, terms: Terms): Terms {
  if (measures.length === 0) return terms;
  const sibling = (term: string): boolean => {
    for (const measure of measures) {
      if (!measure.has(term)) continue;
      for (const other of measure) if (terms.has(other)) return true;
    }
    return false;
  };
  return { has: (term) => terms.has(term) || sibling(term) };
}
