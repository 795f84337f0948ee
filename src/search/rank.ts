/**
 * Candidates → an ordered, labelled answer.
 *
 * 1. Evidence is graded: each concept weighs its salience (salience.ts). A sentence's coverage is
 *    the weight of the concepts it matches over the weight of all; an unknown everyday word costs
 *    little, an unknown content word a lot.
 * 2. Full or partial: a sentence is a *full* answer when it matches every essential concept and
 *    gives the kind of answer the question words ask for (answerType.ts); otherwise it is related.
 *    Full answers come first.
 * 3. Within each, sentences are ordered by relevance (BM25 per concept, see retrieve.ts), steered
 *    by the answer type and scaled by coverage, so the sentence about the asked measure (deaths)
 *    beats one that only shares a question word (people).
 * 4. Abstention: a sentence covering less than half of the question's weight on strong evidence
 *    (no stem look-alikes or bridged guesses) is not shown.
 * 5. Near-duplicates collapse; when relevance is close, results spread over articles.
 *
 * Scores run from 0 to 1 and follow the order: full answers score above 0.5, related ones at most
 * 0.5, each relative to the best of its kind in this answer.
 */
import { answersType } from './answerType.js';
import type { Concept } from './query/expandQuery.js';
import type { Intent } from './query/questionWords.js';
import { essentialConcepts } from './query/salience.js';
import type { Candidate } from './retrieve.js';
import { describesMatch } from './sentenceFeatures.js';
import type { DossierIndex, SentenceRecord } from './sentenceIndex.js';

export interface Ranked {
  id: number;
  /** 0–1, consistent with the order: above 0.5 for full answers. */
  score: number;
  full: boolean;
  /** Labels of the essential concepts the sentence does not match. */
  missing: string[];
  /** Question types the sentence does not answer. */
  unanswered: Intent[];
  matchedTerms: Set<string>;
}

/** How much a sentence giving the asked kind of answer is favoured. */
const TYPE_BOOST: Record<Intent, number> = { figure: 1.8, age: 1.8, duration: 1.5, who: 1.6, name: 1.6, quote: 1.6, when: 1.4, date: 1.4, where: 1.2, why: 1.3 };
/** Each earlier result from the same article lowers a candidate's value by this factor. */
const SAME_ARTICLE = 0.8;
/** An apposition ("X, de leider van …") defines a person better than a role word near the name. */
const APPOSITION_BOOST = 1.4;
/** Term overlap (Jaccard) from which two sentences count as saying the same. */
const NEAR_DUPLICATE = 0.8;
/** Share of the question's weight a sentence must cover to be shown at all. */
const MIN_COVERAGE = 0.5;
/** Coverage weighs in squared: a sentence missing a concept must be far more relevant to rank above one that has it. */
const COVERAGE_POWER = 2;

function jaccard(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const x of a.keys()) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

export interface Ranking {
  /** The best `take` sentences, best first. */
  results: Ranked[];
  /** How many more sentences qualify (near-duplicates among them not yet removed). */
  more: number;
}

interface Scored extends Omit<Ranked, 'score'> {
  value: number;
}

/** Orders the candidates and selects the best `take`; selection stops there, so cost stays bounded. */
export function rank(index: DossierIndex, concepts: readonly Concept[], candidates: Iterable<Candidate>, intents: ReadonlySet<Intent>, take: number): Ranking {
  if (concepts.length === 0) return { results: [], more: 0 };
  const essential = essentialConcepts(concepts.map((c) => c.salience));
  const total = concepts.reduce((sum, c) => sum + c.salience, 0);
  // What a figure counts is something the question is about: not "help" in "how many refugees did the CSTO help".
  const counted = new Set(concepts.filter((c, i) => essential[i] || c.pos === undefined || c.pos === 'n').flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const matched = candidate.conceptScores.map((s) => s > 0);
    const coverage = concepts.reduce((sum, c, i) => sum + (matched[i] ? c.salience : 0), 0) / total;
    // An essential concept counts only on strong evidence: not "beurs" for "gebeurd", not a WordNet guess.
    const missing = concepts.filter((_, i) => essential[i] && !candidate.strong[i]).map((c) => c.label);
    const record = index.sentences[candidate.id];
    if (!record) continue;
    const essentialTerms = new Set([...candidate.matchedTerms].filter((t) => counted.has(t)));
    const unanswered = [...intents].filter((intent) => !answersType(record, intent, candidate.matchedTerms, essentialTerms));
    const full = missing.length === 0 && unanswered.length === 0;
    const strongCoverage = concepts.reduce((sum, c, i) => sum + (candidate.strong[i] ? c.salience : 0), 0) / total;
    // A related sentence must cover half the question on strong evidence; a weak match (a WordNet guess) may add to it, never carry it.
    if (!full && strongCoverage < MIN_COVERAGE) continue;
    const relevance = candidate.conceptScores.reduce((sum, s) => sum + s, 0);
    const value = relevance * typeBoost(record, candidate.matchedTerms, intents, unanswered) * coverage ** COVERAGE_POWER;
    scored.push({ id: candidate.id, value, full, missing, unanswered, matchedTerms: candidate.matchedTerms });
  }
  return selectDiverse(index, scored, take);
}

/** How much the asked answer types favour this sentence (1 = not at all). */
function typeBoost(record: SentenceRecord, matchedTerms: ReadonlySet<string>, intents: ReadonlySet<Intent>, unanswered: readonly Intent[]): number {
  let boost = 1;
  for (const intent of intents) {
    if (unanswered.includes(intent)) continue;
    boost *= TYPE_BOOST[intent];
    // "Who is X" wants the sentence that defines X.
    if (intent === 'who' && describesMatch(record.text, record.analysis.words, matchedTerms) === 'apposition') boost *= APPOSITION_BOOST;
  }
  return boost;
}

/**
 * Greedy selection of the best `take`: full answers first, then the best value after a penalty
 * per earlier result from the same article; near-duplicates of a chosen sentence are skipped.
 * Values only fall as the selection goes on, so each tier's scores come out in order.
 */
function selectDiverse(index: DossierIndex, scored: Scored[], take: number): Ranking {
  const pool = scored.sort((a, b) => Number(b.full) - Number(a.full) || b.value - a.value || a.id - b.id);
  const chosen: Array<Scored & { picked: number }> = [];
  const perArticle = new Map<string, number>();
  const articleOf = (item: Scored): string => index.sentences[item.id]?.articleId ?? '';
  const termsOf = (item: Scored): ReadonlyMap<string, number> => index.sentences[item.id]?.termCounts ?? new Map();
  while (pool.length > 0 && chosen.length < take) {
    let bestAt = 0;
    let bestValue = -Infinity;
    const tier = pool[0]?.full;
    for (let i = 0; i < pool.length && pool[i]?.full === tier; i++) {
      const item = pool[i] as Scored;
      const value = item.value * SAME_ARTICLE ** (perArticle.get(articleOf(item)) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    }
    const [item] = pool.splice(bestAt, 1) as [Scored];
    if (chosen.some((other) => jaccard(termsOf(item), termsOf(other)) >= NEAR_DUPLICATE)) continue;
    chosen.push({ ...item, picked: bestValue });
    perArticle.set(articleOf(item), (perArticle.get(articleOf(item)) ?? 0) + 1);
  }
  const best = { full: chosen.find((c) => c.full)?.picked ?? 1, partial: chosen.find((c) => !c.full)?.picked ?? 1 };
  const results = chosen.map(({ picked, value: _value, ...item }): Ranked => ({
    ...item,
    score: item.full ? 0.5 + 0.5 * (picked / best.full) : 0.5 * (picked / best.partial),
  }));
  return { results, more: pool.length };
}
