/**
 * Retrieval quality over a question set. Pure.
 * - recall@1, recall@3, MRR: a gold sentence among the results, whatever its label;
 * - full recall@3: a gold sentence among the top 3 *and* labelled a full answer;
 * - no full answer: out-of-scope questions whose results hold no full answer (related sentences
 *   shown as partial are honest); no result at all is counted separately.
 * Each is also split by question language when the set tags it.
 */
import type { QuestionLanguage, QuestionSet } from './questionSet.js';
import { mapped } from '../lists/loops.js';

export interface Retrieved {
  text: string;
  /** Presented as an answer to the question (not merely related). */
  full: boolean;
}

/** Any system under evaluation: a query in, results out (best first). */
export type Retriever = (query: string) => Retrieved[];

export interface Miss {
  query: string;
  /** 1-based rank of the first correct result, or null when none in the top 10. */
  rank: number | null;
  /** Whether that result was labelled full. */
  full: boolean;
  top: string[];
}

export interface Recall {
  /** Answerable questions counted. */
  n: number;
  recallAt1: number;
  recallAt3: number;
  fullRecallAt3: number;
  mrr: number;
}

export interface Report extends Recall {
  byLanguage: Partial<Record<QuestionLanguage, Recall>>;
  /** Out-of-scope questions counted. */
  outOfScope: number;
  /** Share of out-of-scope questions with no full result. */
  noFullAnswer: number;
  /** Share of out-of-scope questions with no result at all. */
  abstention: number;
  /** Answerable questions whose right answer is not in the top 3, or not labelled full there. */
  misses: Miss[];
  /** Out-of-scope questions that got a full result. */
  falseAnswers: Array<{ query: string; top: string[] }>;
}

const DEPTH = 10;

interface Outcome {
  lang?: QuestionLanguage;
  rank: number | null;
  fullAt3: boolean;
}

function recallOf(outcomes: readonly Outcome[]): Recall {
  const n = outcomes.length;
  const share = (count: number): number => (n === 0 ? 0 : count / n);
  return {
    n,
    recallAt1: share(outcomes.filter((o) => o.rank === 1).length),
    recallAt3: share(outcomes.filter((o) => o.rank !== null && o.rank <= 3).length),
    fullRecallAt3: share(outcomes.filter((o) => o.fullAt3).length),
    mrr: share(outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
  };
}

export function evaluate(set: QuestionSet, retrieve: Retriever): Report {
  const outcomes: Outcome[] = [];
  const misses: Miss[] = [];
  for (const { q, gold, lang } of set.answerable) {
    const results = retrieve(q).slice(0, DEPTH);
    const isGold = (text: string): boolean => gold.some((g) => text.includes(g));
    const index = results.findIndex((r) => isGold(r.text));
    const rank = index < 0 ? null : index + 1;
    const fullAt3 = results.slice(0, 3).some((r) => r.full && isGold(r.text));
    outcomes.push({ ...(lang ? { lang } : {}), rank, fullAt3 });
    if (!fullAt3) misses.push({ query: q, rank, full: rank !== null && (results[rank - 1]?.full ?? false), top: mapped(results.slice(0, 3), (r) => r.text) });
  }
  const byLanguage: Partial<Record<QuestionLanguage, Recall>> = {};
  for (const lang of ['en', 'nl'] as const) {
    const subset = outcomes.filter((o) => o.lang === lang);
    if (subset.length > 0) byLanguage[lang] = recallOf(subset);
  }
  const scoped = mapped(set.none, ({ q }) => ({ query: q, results: retrieve(q).slice(0, 3) }));
  const falseAnswers = mapped(scoped.filter((s) => s.results.some((r) => r.full)), (s) => ({ query: s.query, top: mapped(s.results, (r) => r.text) }));
  const silent = scoped.filter((s) => s.results.length === 0).length;
  const m = set.none.length;
  return {
    ...recallOf(outcomes),
    byLanguage,
    outOfScope: m,
    noFullAnswer: m === 0 ? 1 : (m - falseAnswers.length) / m,
    abstention: m === 0 ? 1 : silent / m,
    misses,
    falseAnswers,
  };
}
