/**
 * Concepts → candidate sentences: for each sentence, how well it matches each concept (through
 * the concept's best alternative) and which index terms matched (for highlighting).
 *
 * The MiniSearch index finds the sentences that hold a term; scoring is BM25 per concept (see score.ts).
 */
import { stronglyMatches } from './evidence.js';
import type { Alternative, Concept } from './query/expandQuery.js';
import { idf, tfNorm } from './score.js';
import type { DossierIndex, SentenceRecord } from './sentenceIndex.js';

export interface Candidate {
  id: number;
  /** Score per concept (0 when the concept does not match), same order as the concepts. */
  conceptScores: number[];
  /** Per concept: matched by the words themselves or a form the glossary lists (see evidence.ts). */
  strong: boolean[];
  matchedTerms: Set<string>;
}

/** How much more a multi-word match counts than a single word of the same weight. */
const PHRASE_BONUS = 0.25;

export function retrieve(index: DossierIndex, concepts: readonly Concept[]): Map<number, Candidate> {

  const candidates = new Map<number, Candidate>();
  concepts.forEach((concept, c) => {
    // Which sentences match which alternative (all terms of a phrase must occur).
    const matches: Array<{ alternative: Alternative; ids: Iterable<number> }> = concept.alternatives.map((alternative) => {
      const [first = new Set<number>(), ...rest] = alternative.terms.map(index.postings);
      const ids = rest.length === 0 ? first : [...first].filter((id) => rest.every((other) => other.has(id)));
      return { alternative, ids };
    });
    const union = new Set(matches.flatMap((m) => [...m.ids]));
    const conceptIdf = idf(union.size, index.sentences.length);

    for (const { alternative, ids } of matches) {
      for (const id of ids) {
        const record = index.sentences[id] as SentenceRecord;
        // A phrase scores as the mean of its words plus a little for being more specific; a sum
        // would let a loosely related two-word synonym outweigh the word that was asked for.
        const n = alternative.terms.length;
        const mean = alternative.terms.reduce((sum, term) => sum + tfNorm(record.termCounts.get(term) ?? 0, record.length, index.averageLength), 0) / n;
        const tf = mean * (n > 1 ? 1 + PHRASE_BONUS : 1);
        const value = conceptIdf * alternative.weight * tf;
        let candidate = candidates.get(id);
        if (!candidate) {
          candidate = { id, conceptScores: concepts.map(() => 0), strong: concepts.map(() => false), matchedTerms: new Set() };
          candidates.set(id, candidate);
        }
        candidate.conceptScores[c] = Math.max(candidate.conceptScores[c] ?? 0, value);
        if (!candidate.strong[c]) candidate.strong[c] = isStrong(record, alternative);
        for (const term of alternative.terms) candidate.matchedTerms.add(term);
      }
    }
  });
  for (const candidate of candidates.values()) addContext(index, concepts, candidate);
  return candidates;
}

/** A word the sentence refers back to ("hij", "zij") counts for a little: enough for coverage, not for ranking. */
const CONTEXT_WEIGHT = 0.3;

function addContext(index: DossierIndex, concepts: readonly Concept[], candidate: Candidate): void {
  const record = index.sentences[candidate.id];
  if (!record || record.context.length === 0) return;
  concepts.forEach((concept, c) => {
    if ((candidate.conceptScores[c] ?? 0) > 0) return;
    const named = concept.alternatives.find((a) => a.terms.length === 1 && refersTo(index, a) && record.context.includes(a.terms[0] as string));
    if (!named) return;
    candidate.conceptScores[c] = CONTEXT_WEIGHT * named.weight * tfNorm(1, record.length, index.averageLength);
    candidate.strong[c] = true;
  });
}

/** The query's own word, or a glossary name for it ("Kyrgyzstan" → Kirgizië): loose synonyms do not carry over. */
function refersTo(index: DossierIndex, alternative: Alternative): boolean {
  if (alternative.kind === 'exact' || alternative.kind === 'variant' || alternative.kind === 'typo') return true;
  return alternative.kind === 'glossary' && (alternative.forms ?? []).some((form) => index.names.has(form));
}

function isStrong(record: SentenceRecord, alternative: Alternative): boolean {
  // A typo is corrected only in a word that is no real word, so the correction stands.
  if (alternative.kind === 'exact' || alternative.kind === 'variant' || alternative.kind === 'typo') return true;
  if (alternative.kind !== 'glossary' || !alternative.forms) return false;
  const forms = alternative.forms;
  const { words, parts } = record.analysis;
  return alternative.terms.every((term) => stronglyMatches(words, term, forms) || stronglyMatches(parts, term, forms));
}
