/**
 * Concepts → candidate sentences: for each sentence, how well it matches each concept (through
 * the concept's best alternative) and which index terms matched (for highlighting).
 *
 * Only sentences that could be shown become candidates. A sentence is shown when it covers half
 * the question's weight on strong evidence or every essential concept (rank.ts), so it must match
 * one of the question's weightiest concepts — the *drivers*, chosen so that the others together
 * weigh less than half. Sentences are gathered from the drivers' postings (and from the sentences
 * that refer back to a driver's name), then scored on every concept from their own term counts:
 * a common word in 20,000 sentences costs nothing unless it drives the question.
 *
 * Scoring is BM25 per concept (see score.ts), with the concept's document frequency counted over
 * all its alternatives.
 */
import { Candidates } from './candidates.js';
import { resembles } from './evidence.js';
import type { Alternative, Concept } from './query/expandQuery.js';
import { MIN_COVERAGE } from './query/salience.js';
import { idf, tfNorm } from './score.js';
import { marksFor } from './sentenceMarks.js';
import type { DossierIndex, SentenceRecord } from './sentenceIndex.js';

/** How much more a multi-word match counts than a single word of the same weight. */
const PHRASE_BONUS = 0.25;
/** A word the sentence refers back to ("hij", "zij") counts for a little: enough for coverage, not for ranking. */
const CONTEXT_WEIGHT = 0.3;
/** Rounding room when deciding which concepts drive: erring towards one driver too many is safe. */
const EPSILON = 1e-9;

export function retrieve(index: DossierIndex, concepts: readonly Concept[]): Candidates {
  const alternatives = concepts.flatMap((concept) => concept.alternatives);
  if (concepts.length === 0) return new Candidates([], 0, alternatives);
  // A phrase's sentences are needed for its document frequency, for gathering and for scoring: intersected once.
  const phrases = new Map<Alternative, Iterable<number>>();
  const sentencesOf = (alternative: Alternative): Iterable<number> => {
    let ids = phrases.get(alternative);
    if (!ids) {
      ids = sentencesWith(index, alternative.terms);
      phrases.set(alternative, ids);
    }
    return ids;
  };
  const idfs = concepts.map((concept) => idf(matchingCount(index, concept, sentencesOf), index.sentences.length));
  // The one-word alternatives a sentence can refer back to (refersTo), per concept.
  const referable = concepts.map((concept) => concept.alternatives.filter((a) => a.terms.length === 1 && refersTo(index, a)));

  // The gathered sentences get their slots in the order found; `slots` maps a sentence to its slot.
  const slots = marksFor(index, 'retrieve', index.sentences.length);
  slots.clear();
  const gathered: number[] = [];
  const gather = (id: number): void => {
    if (slots.has(id)) return;
    slots.set(id, gathered.length);
    gathered.push(id);
  };
  for (const c of drivers(concepts)) {
    for (const alternative of (concepts[c] as Concept).alternatives) for (const id of sentencesOf(alternative)) gather(id);
    // A sentence may cover a driver only by referring back to it ("Zondag ontsloeg hij …").
    for (const alternative of referable[c] as Alternative[]) for (const id of index.contextPostings(alternative.terms[0] as string)) gather(id);
  }

  const candidates = new Candidates(gathered, concepts.length, alternatives);
  let a = 0;
  concepts.forEach((concept, c) => {
    for (const alternative of concept.alternatives) {
      const at = a++;
      const weight = (idfs[c] as number) * alternative.weight;
      const strong = isStrong(index, alternative);
      // Whichever is shorter is walked: the gathered sentences, or the alternative's own.
      const sets = alternative.terms.map(index.postings);
      const rarest = Math.min(...sets.map((s) => s.size));
      const walkGathered = gathered.length <= rarest;
      const [only] = alternative.terms;
      if (!walkGathered && alternative.terms.length === 1 && only !== undefined) {
        // One word, walked along its own postings: its count in each sentence is right there.
        const { ids, counts } = index.inverted.list(only);
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as number;
          const slot = slots.get(id);
          if (slot < 0) continue;
          candidates.match(slot, c, at, weight * tfNorm(counts(k), (index.sentences[id] as SentenceRecord).length, index.averageLength), strong);
        }
        continue;
      }
      const n = alternative.terms.length;
      const scoreAt = (slot: number, id: number): void => {
        const length = (index.sentences[id] as SentenceRecord).length;
        // A phrase scores as the mean of its words plus a little for being more specific; a sum
        // would let a loosely related two-word synonym outweigh the word that was asked for.
        const mean = alternative.terms.reduce((sum, term) => sum + tfNorm(index.inverted.count(term, id), length, index.averageLength), 0) / n;
        candidates.match(slot, c, at, weight * mean * (n > 1 ? 1 + PHRASE_BONUS : 1), strong);
      };
      if (walkGathered) {
        for (let slot = 0; slot < gathered.length; slot++) {
          const id = gathered[slot] as number;
          if (sets.every((s) => s.has(id))) scoreAt(slot, id);
        }
      } else {
        for (const id of sentencesOf(alternative)) {
          const slot = slots.get(id);
          if (slot >= 0) scoreAt(slot, id);
        }
      }
    }
  });
  // Referring back adds to a sentence that matches something itself; it never makes one.
  const terms = referableTerms(referable);
  for (let slot = 0; slot < candidates.size; slot++) {
    if (candidates.matchedAny(slot)) addContext(index, referable, terms, candidates, slot);
  }
  return candidates;
}

/**
 * The weightiest concepts, until the rest weigh less than the coverage a shown sentence needs.
 * The weightiest is always among them, and it is always essential: a sentence that matches every
 * essential concept matches a driver too.
 */
export function drivers(concepts: readonly Concept[]): number[] {
  const total = concepts.reduce((sum, c) => sum + c.salience, 0);
  const order = concepts.map((_, i) => i).sort((a, b) => (concepts[b] as Concept).salience - (concepts[a] as Concept).salience || a - b);
  const chosen: number[] = [];
  let rest = total;
  for (const i of order) {
    if (chosen.length > 0 && rest < (MIN_COVERAGE - EPSILON) * total) break;
    chosen.push(i);
    rest -= (concepts[i] as Concept).salience;
  }
  return chosen;
}

/** Sentences holding every term (a phrase's words may stand anywhere in the sentence). */
function sentencesWith(index: DossierIndex, terms: readonly string[]): Iterable<number> {
  const sets = terms.map(index.postings);
  if (sets.length === 1) return sets[0] as ReadonlySet<number>;
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size) as [ReadonlySet<number>, ...ReadonlySet<number>[]];
  return [...smallest].filter((id) => others.every((other) => other.has(id)));
}

/** How many sentences match the concept through any alternative: its document frequency. */
function matchingCount(index: DossierIndex, concept: Concept, sentencesOf: (alternative: Alternative) => Iterable<number>): number {
  if (concept.alternatives.length === 1) {
    const only = concept.alternatives[0] as Alternative;
    if (only.terms.length === 1) return index.postings(only.terms[0] as string).size;
  }
  const seen = marksFor(index, 'matchingCount', index.sentences.length);
  seen.clear();
  let count = 0;
  for (const alternative of concept.alternatives) {
    for (const id of sentencesOf(alternative)) {
      if (seen.has(id)) continue;
      seen.set(id, 1);
      count++;
    }
  }
  return count;
}

/**
 * Per concept, its one-word alternatives a sentence can refer back to (refersTo), as term → the
 * position of the first alternative with that term: a sentence's few context terms are looked up,
 * rather than every alternative searched for in every candidate's context.
 */
function referableTerms(referable: readonly (readonly Alternative[])[]): Array<Map<string, number>> {
  return referable.map((alternatives) => {
    const first = new Map<string, number>();
    alternatives.forEach((alternative, k) => {
      const term = alternative.terms[0] as string;
      if (!first.has(term)) first.set(term, k);
    });
    return first;
  });
}

function addContext(index: DossierIndex, referable: readonly (readonly Alternative[])[], terms: ReadonlyArray<ReadonlyMap<string, number>>, candidates: Candidates, slot: number): void {
  const record = index.sentences[candidates.id(slot)] as SentenceRecord;
  if (record.context.length === 0) return;
  for (let c = 0; c < referable.length; c++) {
    const first = terms[c] as ReadonlyMap<string, number>;
    if (first.size === 0 || candidates.score(slot, c) > 0) continue;
    // The first alternative (in the concept's order) the sentence refers back to.
    let named = -1;
    for (const term of record.context) {
      const k = first.get(term);
      if (k !== undefined && (named < 0 || k < named)) named = k;
    }
    if (named < 0) continue;
    candidates.referTo(slot, c, CONTEXT_WEIGHT * ((referable[c] as readonly Alternative[])[named] as Alternative).weight * tfNorm(1, record.length, index.averageLength));
  }
}

/** The query's own word, or a glossary name for it ("Kyrgyzstan" → Kirgizië): loose synonyms do not carry over. */
function refersTo(index: DossierIndex, alternative: Alternative): boolean {
  if (alternative.kind === 'exact' || alternative.kind === 'variant' || alternative.kind === 'typo') return true;
  return alternative.kind === 'glossary' && (alternative.forms ?? []).some((form) => index.names.has(form));
}

/** Which sentences match an alternative on strong evidence (evidence.ts). */
function isStrong(index: DossierIndex, alternative: Alternative): (id: number) => boolean {
  // A typo is corrected only in a word that is no real word, so the correction stands.
  if (alternative.kind === 'exact' || alternative.kind === 'variant' || alternative.kind === 'typo') return () => true;
  if (alternative.kind !== 'glossary' || !alternative.forms) return () => false;
  const forms = alternative.forms;
  // Every word of the alternative stands in the sentence in a form resembling a listed one.
  const tests = alternative.terms.map((term) => index.inverted.inForm(term, (written) => forms.some((form) => resembles(written, form))));
  return (id) => tests.every((test) => test(id));
}
