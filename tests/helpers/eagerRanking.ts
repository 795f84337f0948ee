/**
 * The ranking as it was before it became lazy (session 4): every candidate built and every one
 * evaluated. Kept as the reference the fast path must agree with exactly (rank/retrieve tests).
 */
import { measureSiblings } from '../../src/search/measures.js';
import { countsAnyone } from '../../src/search/query/countsAnyone.js';
import { canBeEvidence, evidentByKind, stronglyMatches } from '../../src/search/evidence.js';
import { listedForms } from '../../src/search/glossaryIndex.js';
import { askedForOnly, evidentByReference, carriedFromContext, countsCarried, holdsRoles, listedKinds, listsNames, namedAfterSubject, namesByRole, settlingOf, negatesIn, ownerHolds, onlyCarried, soleDoer, statementsCarry, topicConcepts } from '../../src/search/retrieve.js';
import { opensOnWhatWasSaid } from '../../src/search/analyseDossier.js';
import type { Alternative, Concept } from '../../src/search/query/expandQuery.js';
import { idf, tfNorm } from '../../src/search/score.js';
import type { DossierIndex, SentenceRecord } from '../../src/search/sentenceIndex.js';
import { answersType, factsOf } from '../../src/search/answerType.js';
import type { Intent } from '../../src/search/query/questionWords.js';
import { essentialConcepts, missedEssentials, MIN_COVERAGE, typeWeight } from '../../src/search/query/salience.js';
import { describesMatch } from '../../src/search/sentenceFeatures.js';
import { asksWhatCalled } from '../../src/search/query/namingWords.js';
import { APPOSITION_BOOST, COVERAGE_POWER, DEFINITION_BOOST, essentialsWithVerb, listCounter, spareConcepts, LIST_BOOST, NEAR_DUPLICATE, OUT_OF_TIME_FACTOR, outOfTime, SAME_ARTICLE, TYPE_BOOST, type AskedTime } from '../../src/search/rank.js';
interface Candidate {

  id: number;
  /** Score per concept (0 when the concept does not match), same order as the concepts. */
  conceptScores: number[];
  /** Per concept: matched by the words themselves or a form the glossary lists (see evidence.ts). */
  strong: boolean[];
  matchedTerms: Set<string>;
}

/** How much more a multi-word match counts than a single word of the same weight. */
const PHRASE_BONUS = 0.25;

export function eagerRetrieve(index: DossierIndex, concepts: readonly Concept[], polar = false, namesRoles = polar, asked: ReadonlySet<Intent> = new Set(), compares = false): Map<number, Candidate> {
  const candidates = new Map<number, Candidate>();
  const doer = namesRoles ? soleDoer(index, concepts) : undefined;
  const onlyAskedFor = askedForOnly(index, concepts, polar);
  concepts.forEach((concept, c) => {
    // Which sentences match which alternative (all terms of a phrase must occur).
    const matches: Array<{ alternative: Alternative; ids: Iterable<number> }> = concept.alternatives.map((alternative) => {
      const [first = new Set<number>(), ...rest] = alternative.terms.map((term) => new Set(index.inverted.ids(term)));
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
        // Multiplied in the fast path's order: floating point is not associative.
        const value = conceptIdf * alternative.weight * mean * (n > 1 ? 1 + PHRASE_BONUS : 1);
        let candidate = candidates.get(id);
        if (!candidate) {
          candidate = { id, conceptScores: concepts.map(() => 0), strong: concepts.map(() => false), matchedTerms: new Set() };
          candidates.set(id, candidate);
        }
        candidate.conceptScores[c] = Math.max(candidate.conceptScores[c] ?? 0, value);
        if (!candidate.strong[c]) candidate.strong[c] = isStrong(record, alternative, listedForms(index.glossary)) && holdsRoles(index, id, concepts, c, alternative, doer) && !(onlyAskedFor?.(id, alternative) ?? false);
        for (const term of alternative.terms) candidate.matchedTerms.add(term);
      }
    }
  });
  // A sentence naming a person of the question only by the role the article gave them is about them (retrieve.ts `namesByRole`).
  for (const record of index.sentences) {
    if (candidates.has(record.id)) continue;
    const byRole = concepts.some((concept) => concept.alternatives.some((a) => a.terms.length === 1 && canBeEvidence(a) && index.people.has(a.terms[0] as string) && record.context.includes(a.terms[0] as string) && namesByRole(index, record.id, a.terms[0] as string)));
    // Asked when something was said, the sentence going on saying it ("Hij zei maandag dat …") is about it by its pronoun (retrieve.ts `addContext`).
    const goesOn = (asked.has('when') || asked.has('date')) && record.features.saying && concepts.some((concept) => carriedFromContext(index, concept) && concept.alternatives.some((a) => a.terms.length === 1 && canBeEvidence(a) && record.context.includes(a.terms[0] as string)));
    if (byRole || goesOn) candidates.set(record.id, { id: record.id, conceptScores: concepts.map(() => 0), strong: concepts.map(() => false), matchedTerms: new Set() });
  }
  const statements = statementsCarry(concepts, asked, doer, compares);
  for (const candidate of candidates.values()) addContext(index, concepts, candidate, polar, asked, statements);
  // A naming word ("hoe noemt …") is said by a quoted term: strong, scored as a word referred back to.
  concepts.forEach((concept, c) => {
    if (!asksWhatCalled(concept)) return;
    for (const candidate of candidates.values()) {
      const record = index.sentences[candidate.id] as SentenceRecord;
      if (candidate.conceptScores[c] !== 0 || !index.typeFacts(candidate.id).flag('term')) continue;
      candidate.conceptScores[c] = CONTEXT_WEIGHT * tfNorm(1, record.length, index.averageLength);
      candidate.strong[c] = true;
    }
  });
  // What a yes/no question's sentence settles beyond its words: a refusal, a list (retrieve.ts `settlingOf`).
  const settle = settlingOf(index, concepts, polar, polar && onlyAskedFor === undefined);
  if (settle) {
    for (const candidate of [...candidates.values()].sort((a, b) => a.id - b.id)) {
      const before = candidates.get(candidate.id - 1);
      const view = { score: (c: number) => candidate.conceptScores[c] ?? 0, strong: (c: number) => candidate.strong[c] ?? false, scoreBefore: (c: number) => before?.conceptScores[c] ?? 0 };
      const record = index.sentences[candidate.id] as SentenceRecord;
      for (const c of settle(candidate.id, view)) {
        candidate.conceptScores[c] = Math.max(candidate.conceptScores[c] ?? 0, CONTEXT_WEIGHT * tfNorm(1, record.length, index.averageLength));
        candidate.strong[c] = true;
      }
    }
  }
  // A list of names covers a kind the question names (retrieve.ts `addListedKinds`).
  const kinds = listedKinds(concepts);
  if (kinds.length > 0) {
    for (const candidate of candidates.values()) {
      if (!listsNames(index, candidate.id)) continue;
      const record = index.sentences[candidate.id] as SentenceRecord;
      for (const c of kinds) {
        if (candidate.strong[c]) continue;
        candidate.conceptScores[c] = Math.max(candidate.conceptScores[c] ?? 0, CONTEXT_WEIGHT * tfNorm(1, record.length, index.averageLength));
        candidate.strong[c] = true;
      }
    }
  }
  // The dossier's topic, implied by a sentence naming nowhere else: strong, unscored.
  for (const c of topicConcepts(index, concepts)) {
    for (const candidate of candidates.values()) if (candidate.conceptScores[c] === 0 && index.placeless(candidate.id)) candidate.strong[c] = true;
  }
  return candidates;
}

/** A word the sentence refers back to ("hij", "zij") counts for a little: enough for coverage, not for ranking. */
const CONTEXT_WEIGHT = 0.3;

function addContext(index: DossierIndex, concepts: readonly Concept[], candidate: Candidate, polar: boolean, asked: ReadonlySet<Intent>, statements: boolean): void {
  const record = index.sentences[candidate.id];
  if (!record || record.context.length === 0) return;
  concepts.forEach((concept, c) => {
    if ((candidate.conceptScores[c] ?? 0) > 0 || !carriedFromContext(index, concept)) return;
    const named = concept.alternatives.find((a) => a.terms.length === 1 && canBeEvidence(a) && record.context.includes(a.terms[0] as string));
    if (!named) return;
    candidate.conceptScores[c] = CONTEXT_WEIGHT * named.weight * tfNorm(1, record.length, index.averageLength);
    // In a yes/no question a person only carried over from the paragraph is weak: a pronoun or a role the dossier gives them refers.
    const name = named.terms[0] as string;
    candidate.strong[c] = !onlyCarried(index, candidate.id, name, namedAfterSubject(concepts, c), polar) && ((evidentByReference(concept) && countsCarried(index, concept, asked, record.text)) || (statements && !concept.destination && opensOnWhatWasSaid(record.text))) && ownerHolds(index, candidate.id, concepts, c);
  });
}


function isStrong(record: SentenceRecord, alternative: Alternative, listed: ReadonlySet<string>): boolean {
  if (evidentByKind(alternative)) return true;
  if (!canBeEvidence(alternative) || !alternative.forms) return false;
  const forms = alternative.forms;
  const { words, parts } = record.analysis;
  if (alternative.negated && !negatesIn(record.text, words, alternative.terms[0] as string)) return false;
  return alternative.terms.every((term) => stronglyMatches(words, term, forms, listed) || stronglyMatches(parts, term, forms, listed));
}

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

// The ranking's weights are rank.ts's own: this reference re-derives which sentences qualify and how, not the numbers.

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
export function eagerRank(index: DossierIndex, concepts: readonly Concept[], all: Iterable<Candidate>, intents: ReadonlySet<Intent>, take: number, polar = false, time: AskedTime = {}): Ranking {
  if (concepts.length === 0) return { results: [], more: 0 };
  const candidates = [...all];
  const salient = essentialConcepts(concepts.map((c) => c.salience));
  const essential = essentialsWithVerb(index, concepts, salient, polar, candidates.length, (k, c) => candidates[k]?.conceptScores[c] ?? 0, (k, c) => candidates[k]?.strong[c] ?? false, intents, (k) => (candidates[k] as Candidate).id);
  // The asked type weighs like a word: a sentence giving it covers that part.
  const asked = typeWeight(intents);
  const total = concepts.reduce((sum, c) => sum + c.salience, 0) + asked;
  // What a figure counts is something the question is about: not "help" in "how many refugees did the CSTO help".
  const counted = new Set(concepts.filter((c, i) => essential[i] || c.pos === undefined || c.pos === 'n').flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const anyone = concepts.some((c) => countsAnyone(c.label));
  const spare = spareConcepts(index, concepts, salient, polar);
  const countedByList = listCounter(index, concepts, intents);
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const matched = candidate.conceptScores.map((s) => s > 0);
    // An essential concept counts only on strong evidence: not "beurs" for "gebeurd", not a WordNet guess.
    const strongWords = concepts.reduce((sum, c, i) => sum + (candidate.strong[i] ? c.salience : 0), 0) / concepts.reduce((sum, c) => sum + c.salience, 0);
    const missing = missedEssentials(essential, spare, (i) => candidate.strong[i] === true, strongWords).map((i) => (concepts[i] as Concept).label);
    const record = index.sentences[candidate.id];
    if (!record) continue;
    // A measure's words count alike: "20.000 bandieten" counts the opponents the dossier's topic names with them.
    const siblings = measureSiblings(index.measures, candidate.matchedTerms)(new Set([...candidate.matchedTerms].filter((t) => counted.has(t))));
    // "How many people": a figure counting any people counts them.
    const essentialTerms = anyone ? { has: (t: string) => siblings.has(t) || index.countedPeople.has(t) } : siblings;
    const unanswered = [...intents].filter((intent) => !answersType(factsOf(record, record.features, index.typeFacts(record.id).agents, index.typeFacts(record.id).measureWords), intent, candidate.matchedTerms, essentialTerms) && !(intent === 'figure' && countedByList(candidate.id, (c) => candidate.strong[c] === true)));
    // Asked how things were before, a sentence saying how they are now is no answer, and weighs less.
    const offTime = outOfTime(time, record.text);
    const full = missing.length === 0 && unanswered.length === 0 && !offTime;
    const typed = unanswered.length === 0 ? asked : 0;
    const coverage = (concepts.reduce((sum, c, i) => sum + (matched[i] ? c.salience : 0), 0) + typed) / total;
    const strongCoverage = (concepts.reduce((sum, c, i) => sum + (candidate.strong[i] ? c.salience : 0), 0) + typed) / total;
    // A related sentence must cover half the question on strong evidence; a weak match (a WordNet guess) may add to it, never carry it.
    if (!full && strongCoverage < MIN_COVERAGE) continue;
    const relevance = candidate.conceptScores.reduce((sum, s) => sum + s, 0);
    // One thing typed alone asks what it is: the defining sentence (an apposition) is favoured.
    const definition = intents.size === 0 && concepts.length === 1 && record.features.apposed.some((term) => candidate.matchedTerms.has(term)) ? DEFINITION_BOOST : 1;
    const value = relevance * definition * typeBoost(record, candidate.matchedTerms, intents, unanswered) * coverage ** COVERAGE_POWER * (offTime ? OUT_OF_TIME_FACTOR : 1);
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
    else if (intent === 'who' && record.features.listed.some((term) => !matchedTerms.has(term))) boost *= LIST_BOOST;
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
