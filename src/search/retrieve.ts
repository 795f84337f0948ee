/**
 * Concepts → candidate sentences: for each sentence, how well it matches each concept (through
 * the concept's best alternative) and which index terms matched (for highlighting).
 */
import type { Concept } from './query/expandQuery.js';
import type { DossierIndex } from './sentenceIndex.js';

export interface Candidate {
  id: number;
  /** Score per concept (0 when the concept does not match), same order as the concepts. */
  conceptScores: number[];
  matchedTerms: Set<string>;
}

/** Compound and hyphen parts count less than whole words. */
const FIELD_BOOST = { words: 1, parts: 0.5 };

export function retrieve(index: DossierIndex, concepts: readonly Concept[]): Map<number, Candidate> {
  const termCache = new Map<string, Map<number, number>>();
  const scoresOf = (term: string): Map<number, number> => {
    let scores = termCache.get(term);
    if (!scores) {
      scores = new Map();
      for (const hit of index.search.search(term, { fields: ['words', 'parts'], boost: FIELD_BOOST, prefix: false, fuzzy: false })) {
        scores.set(hit.id as number, hit.score);
      }
      termCache.set(term, scores);
    }
    return scores;
  };

  const candidates = new Map<number, Candidate>();
  concepts.forEach((concept, c) => {
    for (const alternative of concept.alternatives) {
      const [first, ...rest] = alternative.terms.map(scoresOf);
      if (!first) continue;
      for (const [id, score] of first) {
        // A phrase matches only where all its terms occur; it scores as the mean of its terms.
        let total = score;
        let all = true;
        for (const other of rest) {
          const s = other.get(id);
          if (s === undefined) {
            all = false;
            break;
          }
          total += s;
        }
        if (!all) continue;
        const value = (alternative.weight * total) / alternative.terms.length;
        let candidate = candidates.get(id);
        if (!candidate) {
          candidate = { id, conceptScores: concepts.map(() => 0), matchedTerms: new Set() };
          candidates.set(id, candidate);
        }
        candidate.conceptScores[c] = Math.max(candidate.conceptScores[c] ?? 0, value);
        for (const term of alternative.terms) candidate.matchedTerms.add(term);
      }
    }
  });
  return candidates;
}
