/**
 * Candidates → an ordered answer. Rules, in order of precedence:
 * 1. Coverage: a sentence that matches more of the query's concepts ranks above one that matches
 *    fewer, however often it repeats one concept.
 * 2. Relevance: the sum of concept scores (BM25 × how the concept matched), steered by question
 *    words (`how many` favours sentences with a figure, …).
 * 3. Abstention: when no sentence covers enough of the query, or at least half of the query's
 *    concepts are unknown to the dossier ("Russian ballet"), nothing is returned.
 * 4. Near-duplicates collapse; when relevance is close, results spread over articles.
 */
import type { Concept } from './query/expandQuery.js';
import type { Intent } from './query/questionWords.js';
import type { Candidate } from './retrieve.js';
import type { DossierIndex } from './sentenceIndex.js';
import { describesMatch } from './sentenceFeatures.js';

export interface Ranked {
  id: number;
  score: number;
  /** Number of query concepts the sentence matches. */
  covered: number;
  matchedTerms: Set<string>;
}

/** How much a sentence of the asked-for kind is favoured. */
const INTENT_BOOST: Record<Intent, number> = { figure: 1.8, who: 1.6, quote: 1.6, when: 1.3, where: 1, why: 1.3 };
/** Each earlier result from the same article lowers a candidate's score by this factor. */
const SAME_ARTICLE = 0.8;
/** An apposition ("X, de leider van …") defines a person better than a role word near the name. */
const APPOSITION_BOOST = 1.4;
/** Term overlap (Jaccard) from which two sentences count as saying the same. */
const NEAR_DUPLICATE = 0.8;

/** Concepts a sentence must match, out of `n` in the query. */
export function requiredCoverage(n: number): number {
  return n <= 2 ? 1 : Math.ceil(n / 2);
}

function jaccard(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const x of a.keys()) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** True when the query is mostly about things this dossier never mentions. */
export function mostlyUnknown(concepts: readonly Concept[]): boolean {
  const unknown = concepts.filter((c) => c.alternatives.length === 0).length;
  return unknown > 0 && unknown >= concepts.length - unknown;
}

export interface Ranking {
  /** The best `take` sentences, best first. */
  results: Ranked[];
  /** How many more sentences qualify (near-duplicates among them not yet removed). */
  more: number;
}

/** Orders the candidates and selects the best `take`; selection stops there, so cost stays bounded. */
export function rank(index: DossierIndex, concepts: readonly Concept[], candidates: Iterable<Candidate>, intents: ReadonlySet<Intent>, take: number): Ranking {
  if (concepts.length === 0 || mostlyUnknown(concepts)) return { results: [], more: 0 };
  const conceptCount = concepts.length;
  const need = requiredCoverage(conceptCount);
  const scored: Ranked[] = [];
  for (const candidate of candidates) {
    const matched = candidate.conceptScores.map((s) => s > 0);
    const covered = matched.filter(Boolean).length;
    if (covered < need) continue;
    // A partial match must rest on strong evidence: no stem look-alikes, typos or compound guesses.
    if (covered < conceptCount && matched.some((m, c) => m && !candidate.strong[c])) continue;
    const relevance = candidate.conceptScores.reduce((sum, s) => sum + s, 0);
    scored.push({ id: candidate.id, score: relevance * intentBoost(index, candidate, intents), covered, matchedTerms: candidate.matchedTerms });
  }
  return selectDiverse(index, scored, take);
}

/** How much the question words favour this sentence (1 = not at all). */
function intentBoost(index: DossierIndex, candidate: Candidate, intents: ReadonlySet<Intent>): number {
  const record = index.sentences[candidate.id];
  if (!record) return 1;
  let boost = 1;
  for (const intent of intents) {
    if (intent !== 'who') {
      if (record.features[intent]) boost *= INTENT_BOOST[intent];
      continue;
    }
    // "Who is X" wants the sentence that describes X, not any sentence with a role word in it.
    const description = describesMatch(record.text, record.analysis.words, candidate.matchedTerms);
    if (description) boost *= INTENT_BOOST.who * (description === 'apposition' ? APPOSITION_BOOST : 1);
  }
  return boost;
}

/**
 * Greedy selection of the best `take`: highest coverage first, then the best score after a
 * penalty per earlier result from the same article; near-duplicates of a chosen sentence are skipped.
 */
function selectDiverse(index: DossierIndex, scored: Ranked[], take: number): Ranking {
  const pool = scored.sort((a, b) => b.covered - a.covered || b.score - a.score || a.id - b.id);
  const chosen: Ranked[] = [];
  const perArticle = new Map<string, number>();
  const articleOf = (item: Ranked): string => index.sentences[item.id]?.articleId ?? '';
  const termsOf = (item: Ranked): ReadonlyMap<string, number> => index.sentences[item.id]?.termCounts ?? new Map();
  while (pool.length > 0 && chosen.length < take) {
    let bestAt = 0;
    let bestValue = -Infinity;
    const topCoverage = pool[0]?.covered ?? 0;
    for (let i = 0; i < pool.length && pool[i]?.covered === topCoverage; i++) {
      const item = pool[i] as Ranked;
      const value = item.score * SAME_ARTICLE ** (perArticle.get(articleOf(item)) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    }
    const [item] = pool.splice(bestAt, 1) as [Ranked];
    if (chosen.some((other) => jaccard(termsOf(item), termsOf(other)) >= NEAR_DUPLICATE)) continue;
    chosen.push(item);
    perArticle.set(articleOf(item), (perArticle.get(articleOf(item)) ?? 0) + 1);
  }
  return { results: chosen, more: pool.length };
}
