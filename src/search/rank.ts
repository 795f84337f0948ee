/**
 * Candidates → an ordered, labelled answer.
 *
 * 1. Evidence is graded: each concept weighs its salience (salience.ts). A sentence's coverage is
 *    the weight of the concepts it matches over the weight of all; an unknown everyday word costs
 *    little, an unknown content word a lot.
 * 2. Full or partial: a sentence is a *full* answer when it matches every essential concept (in a
 *    long question all but one thing it may spare, salience.ts `spareable`) and gives the kind of
 *    answer the question words ask for (answerType.ts); otherwise it is related.
 *    A measure the dossier tracks ("killed", "gearresteerd") weighs at least `ESSENTIAL` (expandQuery.ts).
 *    Full answers come first.
 * 3. Within each, sentences are ordered by relevance (BM25 per concept, see retrieve.ts), steered
 *    by the answer type and scaled by coverage, so the sentence about the asked measure (deaths)
 *    beats one that only shares a question word (people).
 * 4. Abstention: a sentence covering less than `MIN_COVERAGE` (40 %) of the question's weight on strong evidence
 *    (no stem look-alikes or bridged guesses) is not shown. The asked type weighs in like a word
 *    (`TYPE_WEIGHT`): a sentence giving it covers that part of the question.
 * 5. Near-duplicates collapse; when relevance is close, results spread over articles.
 *
 * Scores run from 0 to 1 and follow the order: full answers score above 0.5, related ones at most
 * 0.5, each relative to the best of its kind in this answer.
 */
import { answersType, definesMatch, listsOthers, mayAnswer, type TypeFacts } from './answerType.js';
import { BoundQueue } from './boundQueue.js';
import type { Candidates } from './candidates.js';
import { measureSiblings } from './measures.js';
import { countsAnyone } from './query/countsAnyone.js';
import { askedForOnly, listedKinds, listsNames, namedActorsIn, peopleIn } from './retrieve.js';
import { isDeed, saidInDossier, type Concept } from './query/expandQuery.js';
import { isPlaceKind, type CalendarUnit, type Intent } from './query/questionWords.js';
import { coversEssentials, essentialConcepts, isCatenative, isLightVerb, maySpare, missedEssentials, MIN_COVERAGE, spareable, typeWeight as typeWeightOf } from './query/salience.js';
import { fold } from './analysis/fold.js';
import { termsOfWords } from './analysis/analyzeText.js';
import type { Terms } from './sentenceFeatures.js';
import type { DossierIndex } from './sentenceIndex.js';
import { flatMap, indicesWhere, mapped } from '../lists/loops.js';

export interface Ranked {
  id: number;
  /** 0–1, consistent with the order: above 0.5 for full answers. */
  score: number;
  full: boolean;
  /** Labels of the essential concepts the sentence does not match. */
  missing: string[];
  /** Question types the sentence does not answer. */
  unanswered: Intent[];
  matchedTerms: ReadonlySet<string>;
}

/** How much a sentence giving the asked kind of answer is favoured. */
export const TYPE_BOOST: Record<Intent, number> = { figure: 1.8, age: 1.8, duration: 1.5, interval: 1.5, clock: 1.4, who: 1.6, owner: 1.6, name: 1.6, quote: 1.6, when: 1.4, date: 1.4, where: 1.2, why: 1.3, which: 1, source: 1.6, condition: 1.3 };
/** Each earlier result from the same article lowers a candidate's value by this factor. */
export const SAME_ARTICLE = 0.8;
/** An apposition ("X, de leider van …") defines a person better than a role word near the name. */
export const APPOSITION_BOOST = 2;
/** A keyword typed alone favours the sentence that defines it with an apposition; the label is not changed (no type was asked). */
export const DEFINITION_BOOST = 1.8;
/** "Which countries …": an enumeration of names not asked about ("Rusland, Armenië … en Kirgizië") says who, all of them. */
export const LIST_BOOST = 2;
/** Term overlap (Jaccard) from which two sentences count as saying the same. */
export const NEAR_DUPLICATE = 0.8;
/** Coverage weighs in squared: a sentence missing a concept must be far more relevant to rank above one that has it. */
export const COVERAGE_POWER = 2;

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

interface Scored extends Omit<Ranked, 'score' | 'matchedTerms'> {
  /** The candidate's slot (candidates.ts). */
  slot: number;
  value: number;
}

/**
 * The cheap facts of every candidate, and the most its value can be: what decides whether it must
 * be looked at closely. Flat arrays by slot, like the candidates themselves.
 */
interface Bounds {
  /** Qualifies as a related sentence on its words alone (strong coverage of `MIN_COVERAGE` of the question). */
  related: Uint8Array;
  /** The question's weight it covers on strong evidence, and on any, in words (the asked type not counted). */
  strongly: Float64Array;
  covered: Float64Array;
  relevance: Float64Array;
  /** `relevance × best possible type boost × best possible coverage²`: no exact value can exceed it. */
  upper: Float64Array;
  /** Slots matching every essential concept on strong evidence: full unless the answer type is missing. */
  maybeFull: number[];
  /** Slots that can only be related. */
  relatedOnly: number[];
}

/**
 * Orders the candidates and selects the best `take`. The expensive part (answer types, the
 * apposition check) is done lazily: candidates are visited best upper bound first, and only until
 * no unvisited candidate could still be chosen, so a term found in 10,000 sentences costs the
 * handful that can make the top `take`, with the same result as looking at all of them.
 */
/** `polar`: a yes/no question (see `withAskedVerbs`); `time`: the time it asks about (`outOfTime`). */
export function rank(index: DossierIndex, concepts: readonly Concept[], candidates: Candidates, intents: ReadonlySet<Intent>, take: number, polar = false, time: AskedTime = {}): Ranking {
  if (concepts.length === 0) return { results: [], more: 0 };
  const typeWeight = typeWeightOf(intents);
  const salient = essentialConcepts(mapped(concepts, (c) => c.salience));
  const essential = essentialsWithVerb(index, concepts, salient, polar, candidates.size, (k, c) => candidates.score(k, c), (k, c) => candidates.strong(k, c), intents, (k) => candidates.id(k));
  const words = concepts.reduce((sum, c) => sum + c.salience, 0);
  const total = words + typeWeight;
  const spare = spareConcepts(index, concepts, salient, polar);
  // What a figure counts is something the question is about: not "help" in "how many refugees did the CSTO help".
  const counted = new Set(flatMap(concepts.filter((c, i) => essential[i] || c.pos === undefined || c.pos === 'n'), (c) => flatMap(c.alternatives, (a) => a.terms)));
  const asked = [...intents];
  // One thing typed alone ("Nursultan", "reaction force") asks what it is, as "who is" does.
  const keyword = asked.length === 0 && concepts.length === 1;
  // The candidate being bounded (reused, not made per candidate): its facts, what it matched, and
  // which asked types it could give (bit i for asked[i]).
  const matched = new MatchedTerms(candidates, 0);
  // A measure's words count alike: "20.000 bandieten" counts the opponents the dossier's topic names with them.
  const siblings = measureSiblings(index.measures, flatMap(concepts, (c) => flatMap(c.alternatives, (a) => a.terms)));
  // "How many people did the CSTO send": "ruim tweeduizend militairen" counts them, as any people would.
  const countsOf = concepts.some((c) => countsAnyone(c.label)) ? (m: Terms): Terms => withAnyone(siblings(m), index.countedPeople) : siblings;
  const counts = countsOf(matched);
  // The figure for a whole a part of which is asked ("hoeveel van die 20.000 bandieten"): never the asked figure.
  // So is an indefinite amount, for a figure asked exactly ("how many hours exactly": not "een paar uur").
  const wholes: Terms = new Set([...flatMap(concepts.filter((c) => c.whole), (c) => flatMap(c.alternatives.filter((a) => a.kind === 'exact'), (a) => a.terms)), ...(time.precise ? indefiniteAmounts(index) : [])]);
  const countedByList = listCounter(index, concepts, intents);
  let facts: TypeFacts | undefined;
  let could = 0;
  const all = (1 << asked.length) - 1;

  const n = candidates.size;
  const bounds: Bounds = { related: new Uint8Array(n), strongly: new Float64Array(n), covered: new Float64Array(n), relevance: new Float64Array(n), upper: new Float64Array(n), maybeFull: [], relatedOnly: [] };
  for (let slot = 0; slot < n; slot++) {
    if (!candidates.matchedAny(slot)) continue;
    let covered = 0;
    let strongly = 0;
    let relevance = 0;
    let misses = 0;
    let spared = true;
    for (let i = 0; i < concepts.length; i++) {
      const salience = (concepts[i] as Concept).salience;
      const score = candidates.score(slot, i);
      if (score > 0) covered += salience;
      // An essential concept counts only on strong evidence: not "beurs" for "gebeurd", not a WordNet guess.
      if (candidates.strong(slot, i)) strongly += salience;
      else if (essential[i]) {
        misses++;
        spared &&= spare[i] === true;
      }
      relevance += score;
    }
    const missesEssential = !coversEssentials(misses, spared, strongly / words);
    // A related sentence must cover `MIN_COVERAGE` of the question on strong evidence (the asked
    // type counting as part of it); a weak match (a WordNet guess) may add to it, never carry it.
    if (missesEssential && (strongly + typeWeight) / total < MIN_COVERAGE) continue;
    // The types it could give at all, from the packed facts and what it matched (no figure counting
    // the asked thing for "how many", no description beside the name for "who"): left out of its
    // bound, they spare looking closely at thousands of sentences that merely name the asked person.
    could = 0;
    if (asked.length > 0 || keyword) {
      facts = index.typeFacts(candidates.id(slot));
      matched.slot = slot;
      for (let i = 0; i < asked.length; i++) if (mayAnswer(facts, asked[i] as Intent, matched, counts) || (asked[i] === 'figure' && countedInList(countedByList, candidates, slot))) could |= 1 << i;
    }
    const mayBeFull = !missesEssential && could === all;
    const typed = could === all ? typeWeight : 0;
    if (!mayBeFull && (strongly + typed) / total < MIN_COVERAGE) continue;
    const coverage = (covered + typed) / total;
    bounds.related[slot] = strongly / total >= MIN_COVERAGE ? 1 : 0;
    bounds.strongly[slot] = strongly;
    bounds.covered[slot] = covered;
    bounds.relevance[slot] = relevance;
    // Computed as the exact value is, so it never rounds above its bound.
    const boost = asked.length === 0 && !keyword ? 1 : boostFor(intents, keyword, (intent) => (could & (1 << asked.indexOf(intent))) !== 0, () => definesMatch(facts as TypeFacts, matched), () => listsOthers(facts as TypeFacts, matched));
    bounds.upper[slot] = relevance * boost * coverage ** COVERAGE_POWER;
    (mayBeFull ? bounds.maybeFull : bounds.relatedOnly).push(slot);
  }

  const verdicts = new Verdicts({ index, concepts, candidates, intents, asked, keyword, time, essential, spare, counted, wholes, countsOf, countedByList, bounds, words, total, typeWeight });
  return new Selection(index, candidates, bounds, verdicts).select(take);
}

/** Whether the sentence in `slot` counts the asked kind by listing its names (`listCounter`). */
function countedInList(counter: ListCounter, candidates: Candidates, slot: number): boolean {
  return counter(candidates.id(slot), (c) => candidates.strong(slot, c));
}

/** What judging one question's candidates needs: the question read, and every candidate's cheap facts. */
interface Judging {
  index: DossierIndex;
  concepts: readonly Concept[];
  candidates: Candidates;
  intents: ReadonlySet<Intent>;
  asked: readonly Intent[];
  keyword: boolean;
  time: AskedTime;
  essential: readonly boolean[];
  spare: readonly boolean[];
  counted: ReadonlySet<string>;
  wholes: Terms;
  countsOf: (matched: Terms) => Terms;
  countedByList: ListCounter;
  bounds: Bounds;
  words: number;
  total: number;
  typeWeight: number;
}

/**
 * The exact verdict on candidates, one at a time, as the selection asks for them. Methods, not
 * closures made per question: the runner (tsx, keepNames) names every such closure, at a cost.
 */
class Verdicts {
  constructor(private readonly q: Judging) {}

  /**
   * The asked types a candidate does not give, read through its matched alternatives and the packed
   * features (no sets, no unpacking), with its facts and matched terms for the boosts.
   */
  typesOf(slot: number): { facts: TypeFacts; matched: MatchedTerms; unanswered: Intent[] } {
    const { index, candidates, counted, countsOf, asked, wholes, countedByList } = this.q;
    const facts = index.typeFacts(candidates.id(slot));
    const matched = new MatchedTerms(candidates, slot);
    const essentialTerms = countsOf(new MatchedTerms(candidates, slot, counted));
    return { facts, matched, unanswered: asked.filter((intent) => !answersType(facts, intent, matched, essentialTerms, wholes) && !(intent === 'figure' && countedInList(countedByList, candidates, slot))) };
  }

  /** The exact verdict on one candidate; undefined when it does not qualify. */
  evaluate(slot: number): Scored | undefined {
    const { index, candidates, concepts, essential, spare, bounds, words, total, typeWeight, time, intents, keyword } = this.q;
    const id = candidates.id(slot);
    const record = index.sentences[id];
    if (!record) return undefined;
    const { facts, matched, unanswered } = this.typesOf(slot);
    const missing = mapped(missedEssentials(essential, spare, (i) => candidates.strong(slot, i), (bounds.strongly[slot] as number) / words), (i) => (concepts[i] as Concept).label);
    const offTime = outOfTime(time, record.text);
    const full = missing.length === 0 && unanswered.length === 0 && !offTime;
    const typed = unanswered.length === 0 ? typeWeight : 0;
    if (!full && ((bounds.strongly[slot] as number) + typed) / total < MIN_COVERAGE) return undefined;
    const coverage = ((bounds.covered[slot] as number) + typed) / total;
    const value = (bounds.relevance[slot] as number) * boostFor(intents, keyword, (intent) => !unanswered.includes(intent), () => definesMatch(facts, matched), () => listsOthers(facts, matched)) * coverage ** COVERAGE_POWER * (offTime ? OUT_OF_TIME_FACTOR : 1);
    return { slot, id, value, full, missing, unanswered };
  }

  /** Whether a candidate gives every asked type: all a related-only candidate short of coverage on its words still needs. */
  givesType(slot: number): boolean {
    return this.typesOf(slot).unanswered.length === 0;
  }
}


/**
 * "How many countries pledged troops": a list of the names that did it counts them ("Naast Rusland
 * hebben ook Armenië, Wit-Rusland, Tadzjikistan en Kirgizië troepen toegezegd"), where the
 * sentence says the kind (retrieve.ts `listedKinds`) and the deed. Not without a deed: "how many
 * member states does the CSTO have" is not counted by the members that sent troops.
 */
/** Whether a sentence counts the asked kind by listing its names, given which concepts it matches strongly. */
type ListCounter = (id: number, strong: (c: number) => boolean) => boolean;

export function listCounter(index: DossierIndex, concepts: readonly Concept[], intents: ReadonlySet<Intent>): ListCounter {
  const kinds = intents.has('figure') ? listedKinds(concepts) : [];
  // A verb as the question uses it: not "in total".
  const deeds = indicesWhere(concepts, (c, i) => !kinds.includes(i) && c.use !== 'noun' && isDeed(c) && !TOTAL.has(fold(c.label)));
  if (kinds.length === 0 || deeds.length === 0) return () => false;
  return (id, strong) => kinds.some(strong) && deeds.some(strong) && listsNames(index, id);
}

/** Words asking for all of it, which WordNet also files as verbs ("how many … in total"). */
const TOTAL: ReadonlySet<string> = new Set(['total', 'totaal', 'altogether', 'overall', 'sum']);

/** The time a question asks about: how things were before ("originally"), what will be ("what will they do"). */
/** The index terms of amounts that give no number ("enkele", "een paar", "tientallen", "dozens"). */
function indefiniteAmounts(index: DossierIndex): string[] {
  return [...termsOfWords(INDEFINITE, index.analyzer.language)];
}
const INDEFINITE = ['enkele', 'paar', 'tientallen', 'honderden', 'duizenden', 'tienduizenden', 'talloze', 'several', 'dozens', 'hundreds', 'thousands', 'few'];

export interface AskedTime {
  earlier?: boolean;
  ahead?: boolean;
  /** A figure asked exactly: an indefinite amount ("enkele", "een paar", "tientallen") does not give it. */
  precise?: boolean;
  /** The unit of time asked ("in what year", "welke maand", "exact date"): a sentence without one gives no such time. */
  calendar?: CalendarUnit;
}

/**
 * Whether a sentence speaks of another time than the one asked: how things are now ("valt nu
 * kennelijk binnen de bevoegdheid", "inmiddels") when asked how they were before; not of what will
 * be when asked what someone will do; not in the unit asked ("In 2010" for "in which month of 2010"). Such a sentence is no full answer and weighs less; never more,
 * so the bounds hold.
 */
export function outOfTime(time: AskedTime, text: string): boolean {
  return (time.earlier === true && NOW.test(text)) || (time.ahead === true && !AHEAD.test(text)) || (time.calendar !== undefined && !GIVES_UNIT[time.calendar].test(text));
}
// Not English "may" and "march", which are mostly no months.
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|june|july|august|october';
/** A sentence giving a year (or one counted back: "drie jaar geleden", "vorig jaar"), a month, a day of the calendar ("6 januari", "2022-01-06"). */
const GIVES_UNIT: Record<CalendarUnit, RegExp> = {
  year: /(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})|(?<!\p{L})(?:jaar geleden|vorig jaar|dit jaar|volgend jaar|years? ago|last year|this year)(?!\p{L})/iu,
  month: new RegExp(String.raw`(?<!\p{L})(?:${MONTHS}|vorige maand|deze maand|last month|this month)(?!\p{L})`, 'iu'),
  day: new RegExp(String.raw`(?<!\p{N})\d{1,2}\s+(?:${MONTHS})(?!\p{L})|(?<!\p{N})\d{4}-\d{2}-\d{2}(?!\p{N})|(?<!\p{N})\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\p{N})`, 'iu'),
};
const NOW = /(?<!\p{L})(?:nu|inmiddels|tegenwoordig|momenteel|thans|now|currently|nowadays)(?!\p{L})/iu;
const AHEAD = /(?<!\p{L})(?:zal|zullen|gaat|gaan|will|going|binnenkort|spoedig|soon|beloofde|beloofden|belooft|beloofd|promised|promises|toekomst|future)(?!\p{L})/iu;
/** How much a sentence of another time than the one asked weighs (`outOfTime`). */
export const OUT_OF_TIME_FACTOR = 0.5;

/** `terms`, or any of the dossier's words for people. */
function withAnyone(terms: Terms, people: Terms): Terms {
  return { has: (term) => terms.has(term) || people.has(term) };
}

/**
 * Whether what the question's verb says is part of what it asks: in a yes/no question, in one
 * asking who did it to someone ("who helped Nazarbayev"), and in one naming two people with one of
 * them as who did it or to whom ("what did Putin thank Tokayev for"): a sentence naming them is no
 * answer without the verb (`withAskedVerbs`). Only a yes/no question checks who did it, so only there
 * may the people it names be missing from the sentence that makes the verb count.
 */
function asksVerb(concepts: readonly Concept[], people: readonly number[], polar: boolean): boolean {
  if (polar) return true;
  // "Who helped Nazarbayev", "who replaced Tokayev": what was done to them is what is asked.
  if (people.some((c) => concepts[c]?.doneTo === true)) return true;
  return people.length >= 2 && people.some((c) => concepts[c]?.doer === true || concepts[c]?.doneTo === true);
}

/**
 * The essential concepts a sentence may leave one of out (salience.ts `spareable`), read from the
 * dossier: what its sentences say in their own words, and which are names. A measure stays
 * essential (`Concept.measure`, as the concept was built): "how many people died" is not answered by the arrests.
 */
/** Said in the dossier's own words, and none of what a sentence must say itself: a name, a measure, a kind of place ("which western countries", "in which city"). */
function saidItself(index: DossierIndex, c: Concept): boolean {
  return c.alternatives.some((a) => saidInDossier(index, a)) && !c.alternatives.some((a) => a.terms.some((t) => index.names.has(t))) && c.measure !== true && !c.label.split(' ').some((w) => isPlaceKind(fold(w)));
}

export function spareConcepts(index: DossierIndex, concepts: readonly Concept[], salient: readonly boolean[], polar: boolean): boolean[] {
  // Without a verb of its own the question's event is a noun ("put them under pressure"): none is spared.
  const event = concepts.some((c) => c.pos === 'v' && !isLightVerb(fold(c.label)) && !isCatenative(fold(c.label)));
  if (!event || !maySpare(salient, polar)) return mapped(concepts, () => false);
  return spareable(mapped(concepts, (c) => ({ ...c, said: saidItself(index, c) })), salient, polar);
}

/**
 * The essential concepts (`salient`), with the question's verbs among them where it asks them
 * (`asksVerb`, `withAskedVerbs`); the fast path and the reference ranking both read it from here.
 * `count` candidates, read through `score` and `strong` (candidate, concept).
 */
export function essentialsWithVerb(index: DossierIndex, concepts: readonly Concept[], asked: readonly boolean[], polar: boolean, count: number, score: (k: number, c: number) => number, strong: (k: number, c: number) => boolean, intents: ReadonlySet<Intent> = new Set(), idOf?: (k: number) => number): boolean[] {
  const people = peopleIn(index, concepts);
  const salient = withAskedEvent(index, concepts, asked, intents, polar);
  // "Which countries buy Kazakhstan's oil", "welke wapens gestolen": a deed no word of the dossier
  // reaches is what the ones asked for must have done; no sentence without it says which.
  if (!polar && (intents.has('which') || intents.has('who'))) concepts.forEach((c, i) => { if (unknownDeed(index, c, UNKNOWN_DEED)) salient[i] = true; });
  if (!asksVerb(concepts, people, polar)) return salient;
  // A sentence saying the deed was asked for meets the verb too: it is what the question checks, and that sentence does not confirm it.
  const onlyAskedFor = idOf ? askedForOnly(index, concepts, polar) : undefined;
  const meets = onlyAskedFor && idOf ? (k: number, c: number): boolean => strong(k, c) || (score(k, c) > 0 && (concepts[c] as Concept).alternatives.some((a) => onlyAskedFor(idOf(k), a))) : strong;
  const result = withAskedVerbs(concepts, salient, count, score, meets, polar ? new Set(people) : new Set());
  // A claimed deed no word of the dossier reaches ("did protesters blow up oil trains") is not confirmed by a sentence without it.
  // Saying is no such deed: what was said is in the sentence ("did Putin mention colour revolutions").
  if (polar) concepts.forEach((c, i) => { if (unknownDeed(index, c, CLAIMED_DEED)) result[i] = true; });
  return result;
}

/**
 * A yes/no question asks whether something happened: when the dossier has a sentence where its verb
 * meets everything else the question is about ("bedankte hij … Poetin" for "did Putin thank
 * Tokayev"), the verb is essential, however common: "Net als Tokajev zoekt Poetin …" names both
 * and is no yes. The people it names (`people`, concept indexes) need not be there: who did it is
 * what the question checks ("did Nazarbayev fire the deputies" when Tokajev fired them). Not a verb
 * that only takes another ("trying to"), nor one of the alternatives a question offers. `count` candidates, read through `score` and `strong`
 * (candidate, concept). Returns the essentials with those verbs added.
 */
/** Types asked of an event: its time. */
const OF_AN_EVENT: ReadonlySet<Intent> = new Set(['when', 'date']);

/**
 * When only names are essential, what the question asks about them is its weightiest verb or noun:
 * "on what date did Tokayev ask the CSTO for help" is not answered by a date on which he thanked it,
 * nor "heeft Poetin met Tokajev gebeld" by a sentence naming both.
 */
export function withAskedEvent(index: DossierIndex, concepts: readonly Concept[], salient: readonly boolean[], intents: ReadonlySet<Intent>, polar = false): boolean[] {
  const result = [...salient];
  const timed = [...intents].some((intent) => OF_AN_EVENT.has(intent));
  if (!polar && !timed) return result;
  const names = new Set([...peopleIn(index, concepts), ...namedActorsIn(index, concepts)]);
  if (!salient.some((s, i) => s && names.has(i)) || salient.some((s, i) => s && !names.has(i))) return result;
  // A time is asked of an event or a thing; a phrase has no part of speech of its own ("pull out", "security council").
  // Not a light verb: "wanneer heeft die alliantie voor het laatst iets gedaan" asks when it last acted, whatever its word.
  const timedEvent = (c: Concept): boolean => !isLightVerb(fold(c.label)) && (c.pos === 'v' || c.pos === 'n' || (c.pos === undefined && c.label.includes(' ')));
  // A yes/no question checks a deed the dossier has no word for ("gebeld"); one it has, the verb rule weighs (`withAskedVerbs`).
  const unsaidDeed = (c: Concept): boolean => c.pos === 'v' && c.alternatives.every((a) => a.kind === 'bridge') && !isLightVerb(fold(c.label)) && !index.lexicon.communicates(fold(c.label));
  const asked = timed ? timedEvent : unsaidDeed;
  let event: number | undefined;
  concepts.forEach((c, i) => {
    if (names.has(i) || c.alternative || c.claimed || c.background || !asked(c) || isCatenative(fold(c.label))) return;
    if (event === undefined || c.salience > (concepts[event]?.salience ?? 0)) event = i;
  });
  if (event !== undefined) result[event] = true;
  return result;
}

/** From this weight an unknown verb of a yes/no question is what it checks, not its framing ("blew up", not "happen"). */
const CLAIMED_DEED = 0.3;
/** From this weight an unknown verb of a who or which question is what the ones asked did ("buy", not "happen"). */
const UNKNOWN_DEED = 0.2;

/** A verb of the question no word of the dossier reaches, weighing at least `from`: not one taking another verb, nor one of saying. */
function unknownDeed(index: DossierIndex, c: Concept, from: number): boolean {
  return c.pos === 'v' && c.alternatives.length === 0 && !c.alternative && !c.background && c.salience >= from && !isCatenative(fold(c.label)) && !index.lexicon.communicates(fold(c.label));
}

export function withAskedVerbs(concepts: readonly Concept[], essential: readonly boolean[], count: number, score: (k: number, c: number) => number, strong: (k: number, c: number) => boolean, people: ReadonlySet<number> = new Set()): boolean[] {
  const result = [...essential];
  const verbs = indicesWhere(concepts, (c, i) => c.pos === 'v' && !essential[i] && !c.alternative && !c.background && !isCatenative(fold(c.label)));
  if (verbs.length === 0) return result;
  for (let k = 0; k < count; k++) {
    let all = true;
    for (let c = 0; c < essential.length && all; c++) if (essential[c] && !people.has(c) && score(k, c) === 0) all = false;
    if (all) for (const v of verbs) if (strong(k, v)) result[v] = true;
  }
  return result;
}

/** The terms a candidate matched (of those `within`), asked one at a time: no set built per candidate. */
class MatchedTerms implements Terms {
  constructor(
    private readonly candidates: Candidates,
    public slot: number,
    private readonly within?: ReadonlySet<string>,
  ) {}

  has(term: string): boolean {
    return (this.within === undefined || this.within.has(term)) && this.candidates.matchedTerm(this.slot, term);
  }
}

/** Evaluated candidates of one tier, looked at best value first. */
class Pool {
  private readonly items: Scored[] = [];
  private sorted = true;

  get length(): number {
    return this.items.length;
  }

  push(item: Scored): void {
    this.items.push(item);
    this.sorted = false;
  }

  remove(item: Scored): void {
    this.items.splice(this.items.indexOf(item), 1);
  }

  /** Highest value first (ties: the earlier sentence). */
  byValue(): readonly Scored[] {
    if (!this.sorted) this.items.sort((a, b) => b.value - a.value || a.id - b.id);
    this.sorted = true;
    return this.items;
  }
}

/**
 * The product of the boosts for the answered types. With every type the sentence could give
 * counted (mayAnswer) and its apposition read from the facts, it is the most the sentence can get:
 * rank's upper bound, from the very same products. A keyword typed alone asks no type, but what
 * it is: its defining sentence is favoured.
 */
function boostFor(intents: ReadonlySet<Intent>, keyword: boolean, answered: (intent: Intent) => boolean, apposition: () => boolean, lists: () => boolean): number {
  if (keyword) return apposition() ? DEFINITION_BOOST : 1;
  let boost = 1;
  for (const intent of intents) {
    if (!answered(intent)) continue;
    boost *= TYPE_BOOST[intent];
    if (intent === 'who' && apposition()) boost *= APPOSITION_BOOST;
    else if (intent === 'who' && lists()) boost *= LIST_BOOST;
  }
  return boost;
}

type Tier = 'full' | 'partial';
type Best = { item: Scored; value: number };

/** Ties after penalties go to the higher value, then the earlier sentence. */
function beats(item: Scored, value: number, best: Best | undefined): boolean {
  return !best || value > best.value || (value === best.value && (item.value > best.item.value || (item.value === best.item.value && item.id < best.item.id)));
}

/**
 * Greedy selection of the best `take`: full answers first, then the best value after a penalty
 * per earlier result from the same article; near-duplicates of a chosen sentence are skipped.
 * Values only fall as the selection goes on, so each tier's scores come out in order.
 *
 * Candidates are evaluated on demand, best bound first: a pick is made only when no unevaluated
 * candidate's bound reaches it (the penalty only lowers values, so a bound stays a bound).
 */
class Selection {
  private readonly maybeFull: BoundQueue;
  private readonly relatedOnly: BoundQueue;
  private readonly pools: Record<Tier, Pool> = { full: new Pool(), partial: new Pool() };
  // Each pick with its value after the same-article penalty (kept apart: a spread-and-extend copy is slow in V8).
  private readonly chosen: Array<{ item: Scored; picked: number }> = [];
  private readonly perArticle = new Map<string, number>();

  constructor(
    private readonly index: DossierIndex,
    private readonly candidates: Candidates,
    private readonly bounds: Bounds,
    private readonly verdicts: Verdicts,
  ) {
    this.maybeFull = new BoundQueue(bounds.maybeFull, bounds.upper, (slot) => candidates.id(slot));
    this.relatedOnly = new BoundQueue(bounds.relatedOnly, bounds.upper, (slot) => candidates.id(slot));
  }

  select(take: number): Ranking {
    const { chosen, pools, perArticle, bounds } = this;
    let skipped = 0;
    while (chosen.length < take) {
      // Full answers while any may remain; their candidates all get evaluated before a related one is picked.
      let tier: Tier = 'full';
      let best = this.admitWhileUseful(this.maybeFull, 'full', this.bestOf(pools.full));
      if (!best) {
        tier = 'partial';
        best = this.admitWhileUseful(this.relatedOnly, 'partial', this.bestOf(pools.partial));
      }
      if (!best) break;
      const item = best.item;
      pools[tier].remove(item);
      if (chosen.some((other) => jaccard(this.termsOf(item), this.termsOf(other.item)) >= NEAR_DUPLICATE)) {
        skipped++;
        continue;
      }
      chosen.push({ item, picked: best.value });
      perArticle.set(this.articleOf(item), (perArticle.get(this.articleOf(item)) ?? 0) + 1);
    }
    // "More": every qualifying sentence not shown. Unevaluated ones qualify by their cheap facts, except
    // one short of related coverage on its words, which qualifies only if it is full or gives the asked
    // type (a related-only one cannot be full: only the type is left to check).
    let qualifying = chosen.length + skipped + pools.full.length + pools.partial.length;
    for (const slot of this.maybeFull.remaining()) if (bounds.related[slot] === 1 || this.verdicts.evaluate(slot)) qualifying++;
    for (const slot of this.relatedOnly.remaining()) if (bounds.related[slot] === 1 || this.verdicts.givesType(slot)) qualifying++;
    const best = { full: chosen.find((c) => c.item.full)?.picked ?? 1, partial: chosen.find((c) => !c.item.full)?.picked ?? 1 };
    const results = mapped(chosen, ({ item, picked }): Ranked => ({
      id: item.id,
      full: item.full,
      missing: item.missing,
      unanswered: item.unanswered,
      score: item.full ? 0.5 + 0.5 * (picked / best.full) : 0.5 * (picked / best.partial),
      matchedTerms: this.candidates.matchedTerms(item.slot),
    }));
    return { results, more: qualifying - chosen.length - skipped };
  }

  /** Evaluates a candidate into its pool; returns it and its pool when it qualifies. */
  private admit(slot: number): { scored: Scored; tier: Tier } | undefined {
    const scored = this.verdicts.evaluate(slot);
    if (!scored) return undefined;
    const tier = scored.full ? 'full' : 'partial';
    this.pools[tier].push(scored);
    return { scored, tier };
  }

  private articleOf(item: Scored): string {
    return this.index.sentences[item.id]?.articleId ?? '';
  }

  private termsOf(item: Scored): ReadonlyMap<string, number> {
    return this.index.sentences[item.id]?.termCounts ?? new Map();
  }

  private penalised(item: Scored): number {
    return item.value * SAME_ARTICLE ** (this.perArticle.get(this.articleOf(item)) ?? 0);
  }

  private bestOf(pool: Pool): Best | undefined {
    let best: Best | undefined;
    for (const item of pool.byValue()) {
      // The penalty only lowers a value: nothing from here on can beat the best.
      if (best && item.value < best.value) break;
      const value = this.penalised(item);
      if (beats(item, value, best)) best = { item, value };
    }
    return best;
  }

  /** Admits candidates from `queue` while one could still beat the best of `tier` (kept up to date as they come in). */
  private admitWhileUseful(queue: BoundQueue, tier: Tier, best: Best | undefined): Best | undefined {
    let top = best;
    while (queue.size > 0 && (!top || queue.topBound() >= top.value)) {
      const admitted = this.admit(queue.pop());
      if (admitted?.tier === tier) {
        const value = this.penalised(admitted.scored);
        if (beats(admitted.scored, value, top)) top = { item: admitted.scored, value };
      }
    }
    return top;
  }
}
