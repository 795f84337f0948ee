/** Retrieval quality over a question set: recall@1, recall@3, MRR, abstention. Pure. */
import type { QuestionSet } from './questionSet.js';

/** Any system under evaluation: a query in, result texts out (best first). */
export type Retriever = (query: string) => string[];

export interface Miss {
  query: string;
  /** 1-based rank of the first correct result, or null when none in the top 10. */
  rank: number | null;
  top: string[];
}

export interface Report {
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Share of out-of-scope queries that got no result. */
  abstention: number;
  /** Answerable queries whose right answer is not in the top 3. */
  misses: Miss[];
  /** Out-of-scope queries that still got results. */
  falseAnswers: Array<{ query: string; top: string[] }>;
}

const DEPTH = 10;

export function evaluate(set: QuestionSet, retrieve: Retriever): Report {
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  const misses: Miss[] = [];
  for (const { q, gold } of set.answerable) {
    const texts = retrieve(q).slice(0, DEPTH);
    const index = texts.findIndex((text) => gold.some((g) => text.includes(g)));
    const rank = index < 0 ? null : index + 1;
    if (rank === 1) at1++;
    if (rank !== null && rank <= 3) at3++;
    if (rank !== null) reciprocal += 1 / rank;
    if (rank === null || rank > 3) misses.push({ query: q, rank, top: texts.slice(0, 3) });
  }
  const falseAnswers = set.none.map((query) => ({ query, top: retrieve(query).slice(0, 3) })).filter((r) => r.top.length > 0);
  const n = set.answerable.length || 1;
  return {
    recallAt1: at1 / n,
    recallAt3: at3 / n,
    mrr: reciprocal / n,
    abstention: set.none.length === 0 ? 1 : (set.none.length - falseAnswers.length) / set.none.length,
    misses,
    falseAnswers,
  };
}
