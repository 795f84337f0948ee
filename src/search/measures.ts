/**
 * The measures a dossier tracks — its `topics:` in dossier.yml (deaths, arrests, troops, …) — as
 * index terms. The editor listed which words count the same thing, so a measure word is what a
 * question asks about (it weighs at least as much as an essential word, expandQuery.ts), and its
 * words stand for one another when a figure is counted.
 */
import { analyzeText, type AnalyzerContext } from './analysis/analyzeText.js';
import type { Terms } from './sentenceFeatures.js';
import { flatMap, mapped } from '../lists/loops.js';

export type Measures = readonly ReadonlySet<string>[];

/** Each topic's words, analysed the way sentences are. */
export function measuresOf(topics: readonly { words: readonly string[] }[], analyzer: AnalyzerContext): Measures {
  return mapped(topics, (topic) => new Set(flatMap(topic.words, (word) => mapped(analyzeText(word, analyzer).words, (t) => t.term))));
}

export function isMeasure(measures: Measures, term: string): boolean {
  return measures.some((measure) => measure.has(term));
}

/**
 * A reading of matched terms that lets a word of a measure stand for the measure's other words: a
 * figure counting "20.000 bandieten" counts the opponents asked about when the dossier's topic
 * lists both. Prepared once per question from the terms it `asked` for (a matched term is always
 * one of those), so reading a candidate costs one look-up per term.
 */
export function measureSiblings(measures: Measures, asked: Iterable<string>): (matched: Terms) => Terms {
  const askedTerms = new Set(asked);
  // Each word of a measure the question asks about → the question's terms in that measure.
  const standIns = new Map<string, string[]>();
  for (const measure of measures) {
    const mine = [...measure].filter((term) => askedTerms.has(term));
    if (mine.length === 0) continue;
    for (const term of measure) standIns.set(term, [...(standIns.get(term) ?? []), ...mine]);
  }
  if (standIns.size === 0) return (matched) => matched;
  return (matched) => new WithSiblings(matched, standIns);
}

/** Matched terms, each standing also for the question's terms of its measure. A class: tsx names a closure made per candidate. */
class WithSiblings implements Terms {
  constructor(
    private readonly matched: Terms,
    private readonly standIns: ReadonlyMap<string, readonly string[]>,
  ) {}

  has(term: string): boolean {
    return this.matched.has(term) || (this.standIns.get(term)?.some((other) => this.matched.has(other)) ?? false);
  }
}
