/**
 * Candidates → an ordered answer. Rules, in order of precedence:
 * 1. Coverage: a sentence that matches more of the query's concepts ranks above one that matches
 *    fewer, however often it repeats one concept.
 * 2. Relevance: the sum of concept scores (BM25 × how the concept matched), steered by question
 *    words (`how many` favours sentences with a figure, …).
 * 3. Abstention: when no sentence covers enough of the query, nothing is returned.
 * 4. Near-duplicates collapse; when relevance is close, results spread over articles.
 */
import type { Intent } from './query/questionWords.js';
import type { Candidate } from './retrieve.js';
import type { DossierIndex } from './sentenceIndex.js';

export interface Ranked {
  id: number;
  score: number;
  /** Number of query concepts the sentence matches. */
  covered: number;
  matchedTerms: Set<string>;
}

/** How much a sentence of the asked-for kind is favoured. */
const INTENT_BOOST: Record<Intent, number> = { figure: 1.8, who: 1.3, quote: 1.6, when: 1.3, where: 1, why: 1.3 };
/** Each earlier result from the same article lowers a candidate's score by this factor. */
const SAME_ARTICLE = 0.8;
const NEAR_DUPLICATE = 0.8;

/** Concepts a sentence must match, out of `n` in the query. */
export function requiredCoverage(n: number): number {
  return n <= 2 ? 1 : Math.ceil(n / 2);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

export function rank(index: DossierIndex, conceptCount: number, candidates: Iterable<Candidate>, intents: ReadonlySet<Intent>): Ranked[] {
  const need = requiredCoverage(conceptCount);
  const scored: Ranked[] = [];
  for (const candidate of candidates) {
    const covered = candidate.conceptScores.filter((s) => s > 0).length;
    if (covered < need) continue;
    const features = index.sentences[candidate.id]?.features ?? {};
    let score = candidate.conceptScores.reduce((sum, s) => sum + s, 0);
    for (const intent of intents) if (features[intent]) score *= INTENT_BOOST[intent];
    scored.push({ id: candidate.id, score, covered, matchedTerms: candidate.matchedTerms });
  }

  // Greedy selection: best coverage, then best score after the same-article penalty.
  const pool = scored.sort((a, b) => b.covered - a.covered || b.score - a.score || a.id - b.id);
  const chosen: Ranked[] = [];
  const perArticle = new Map<string, number>();
  const termSets: Array<Set<string>> = [];
  while (pool.length > 0) {
    let bestAt = 0;
    let bestValue = -Infinity;
    const topCoverage = pool[0]?.covered ?? 0;
    for (let i = 0; i < pool.length && pool[i]?.covered === topCoverage; i++) {
      const item = pool[i] as Ranked;
      const article = index.sentences[item.id]?.articleId ?? '';
      const value = item.score * SAME_ARTICLE ** (perArticle.get(article) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    }
    const [item] = pool.splice(bestAt, 1) as [Ranked];
    const record = index.sentences[item.id];
    const terms = new Set(record?.analysis.words.map((w) => w.term) ?? []);
    if (termSets.some((other) => jaccard(terms, other) >= NEAR_DUPLICATE)) continue;
    termSets.push(terms);
    chosen.push(item);
    const article = record?.articleId ?? '';
    perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
  }
  return chosen;
}
