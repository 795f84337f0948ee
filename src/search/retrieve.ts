/**
 * Concepts → candidate sentences: for each sentence, how well it matches each concept (through
 * the concept's best alternative) and which index terms matched (for highlighting).
 *
 * Only sentences that could be shown become candidates. A sentence is shown when it covers
 * `MIN_COVERAGE` of the question's weight on strong evidence or every essential concept (rank.ts),
 * so it must match one of the question's weightiest concepts — the *drivers*, chosen so that the
 * others together weigh less than that. Sentences are gathered from the drivers' postings (and from the sentences
 * that refer back to a driver's name), then scored on every concept from their own term counts:
 * a common word in 20,000 sentences costs nothing unless it drives the question.
 *
 * Scoring is BM25 per concept (see score.ts), with the concept's document frequency counted over
 * all its alternatives.
 */
import { continuesQuote, opensOnWhatWasSaid, refersBackAsObject, refersBackByPronoun } from './analyseDossier.js';
import { holdersAfter, isRole, namesRole, roleMentions } from './roleMentions.js';
import { isPeopleAdjective } from '../text/dutchAdjectives.js';
import { asksWhatCalled } from './query/namingWords.js';
import { mayHaveDestination, standsAsDestination } from './query/destinations.js';
import { Candidates } from './candidates.js';
import { onlyOne } from './onlyOne.js';
import { canBeEvidence, evidentByKind, isFormOf } from './evidence.js';
import { NEGATIONS } from './analysis/stopwords.js';
import type { Alternative, Concept } from './query/expandQuery.js';
import type { Intent } from './query/questionWords.js';
import { MIN_COVERAGE, typeWeight as typeWeightOf } from './query/salience.js';
import { idf, tfNorm } from './score.js';
import { bitsFor, type SentenceBits } from './sentenceBits.js';
import { forEachCommon } from './sortedLists.js';
import { countAt } from './postings.js';
import { kept, remembered } from '../lists/remembered.js';
import type { DossierIndex, SentenceRecord } from './sentenceIndex.js';
import { REQUEST_WORDS } from './sentenceFeatures.js';
import { termsOfWords } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { listedForms, lookupGlossary } from './glossaryIndex.js';
import { saidInDossier } from './query/expandQuery.js';
import { flatMap, indicesWhere, mapped } from '../lists/loops.js';

/** Sentence ids in ascending order. */
type IdList = Uint32Array | readonly number[];

/** How much more a multi-word match counts than a single word of the same weight. */
const PHRASE_BONUS = 0.25;
/** A word the sentence refers back to ("hij", "zij") counts for a little: enough for coverage, not for ranking. */
const CONTEXT_WEIGHT = 0.3;
/** Rounding room when deciding which concepts drive: erring towards one driver too many is safe. */
const EPSILON = 1e-9;

export interface RetrieveOptions {
  /** The answer types asked for: their weight (salience.ts `typeWeight`) is part of the coverage a shown sentence needs. */
  asked?: ReadonlySet<Intent>;
  /** A yes/no question: a person it names must be in the sentence, or referred to by a pronoun or a role (addContext). */
  polar?: boolean;
  /** The question names who did it or to whom ("did Putin thank …", "who did Putin thank", "who helped Nazarbayev"): the person it names must have that role (`rolesHold`). */
  namesRoles?: boolean;
  /** The question sets two things side by side (questionWords.ts `compares`): a statement referred back to may be the comparison. */
  compares?: boolean;
}

export function retrieve(index: DossierIndex, concepts: readonly Concept[], options: RetrieveOptions = {}): Candidates {
  const asked = options.asked ?? new Set<Intent>();
  const typeWeight = typeWeightOf(asked);
  const alternatives = flatMap(concepts, (concept) => concept.alternatives);
  if (concepts.length === 0) return new Candidates([], 0, alternatives);
  // A phrase's sentences are needed for its document frequency, for gathering and for scoring: intersected once.
  const phrases = new PhraseSentences(index);
  const idfs = mapped(concepts, (concept) => idf(matchingCount(index, concept, phrases), index.sentences.length));
  // The one-word alternatives a sentence can refer back to, per concept: those that can be evidence
  // ("Kyrgyzstan" → Kirgizië; "the alliance" → "de alliantie" before "Daarnaast delen ze …").
  const referable = mapped(concepts, (concept) => concept.alternatives.filter((a) => a.terms.length === 1 && canBeEvidence(a)));

  // Gathered in id order (slot k is the k-th smallest id), so every list below is matched by a merge.
  const found = bitsFor(index, 'gathered', index.sentences.length);
  // A driver only the asked type makes one ("blijven" in "hoe lang blijven de Russen") gathers only
  // sentences that could give the type: without it, they cover too little to be shown.
  const topics = topicConcepts(index, concepts);
  const byWords = new Set(topicDrivers(concepts, topics));
  const typed = byWords.size < concepts.length && typeWeight > 0 ? givingAll(index, asked) : undefined;
  for (const c of topicDrivers(concepts, topics, typeWeight)) {
    const only = byWords.has(c) ? undefined : typed;
    for (const alternative of (concepts[c] as Concept).alternatives) gather(found, phrases.of(alternative), only);
    // A sentence may cover a driver only by referring back to it ("Zondag ontsloeg hij …").
    for (const alternative of referable[c] as Alternative[]) gather(found, index.contextPostings(alternative.terms[0] as string), only);
  }
  const gathered = found.ids();

  const candidates = new Candidates(gathered, concepts.length, alternatives);
  const { lengths, averageLength } = index;
  const doer = (options.namesRoles ?? options.polar) ? soleDoer(index, concepts) : undefined;
  const onlyAskedFor = askedForOnly(index, concepts, options.polar ?? false);
  let a = 0;
  concepts.forEach((concept, c) => {
    for (const alternative of concept.alternatives) {
      const at = a++;
      const weight = (idfs[c] as number) * alternative.weight;
      const matches = isStrong(index, alternative);
      const evident = onlyAskedFor ? (id: number) => matches(id) && !onlyAskedFor(id, alternative) : matches;
      const strong = concept.destination || concept.owner || concept.nationalOf || doer?.person === c ? (id: number) => evident(id) && holdsRoles(index, id, concepts, c, alternative, doer) : evident;
      const [only] = alternative.terms;
      if (alternative.terms.length === 1 && only !== undefined) {
        // One word: its count in each sentence stands beside the id in its postings.
        const list = index.inverted.list(only);
        forEachCommon(gathered, list.ids, (slot, k) => candidates.match(slot, c, at, weight * tfNorm(countAt(list, k), lengths[gathered[slot] as number] as number, averageLength), strong));
        continue;
      }
      // A phrase scores as the mean of its words plus a little for being more specific; a sum
      // would let a loosely related two-word synonym outweigh the word that was asked for.
      const n = alternative.terms.length;
      forEachCommon(gathered, phrases.of(alternative), (slot) => {
        const id = gathered[slot] as number;
        const length = lengths[id] as number;
        const mean = alternative.terms.reduce((sum, term) => sum + tfNorm(index.inverted.count(term, id), length, averageLength), 0) / n;
        candidates.match(slot, c, at, weight * mean * (1 + PHRASE_BONUS), strong);
      });
    }
  });
  const statements = statementsCarry(concepts, asked, doer, options.compares ?? false);
  addContext(index, concepts, referable, gathered, candidates, { polar: options.polar ?? false, owner: asked.has('owner'), statements, asked });
  addQuotedTerms(index, concepts, gathered, candidates);
  const settle = settlingOf(index, concepts, options.polar ?? false, options.polar === true && onlyAskedFor === undefined);
  if (settle) addSettled(index, settle, gathered, candidates);
  addListedKinds(index, concepts, gathered, candidates);
  for (const c of topics) {
    for (let slot = 0; slot < gathered.length; slot++) {
      if (candidates.score(slot, c) === 0 && candidates.matchedAny(slot) && index.placeless(gathered[slot] as number)) candidates.referTo(slot, c, 0);
    }
  }
  return candidates;
}

/** A phrase's sentences, intersected once: needed for its document frequency, for gathering and for scoring. */
class PhraseSentences {
  private readonly known = new Map<Alternative, IdList>();

  constructor(private readonly index: DossierIndex) {}

  of(alternative: Alternative): IdList {
    return kept(this.known, alternative, () => sentencesWith(this.index, alternative.terms));
  }
}

/** Adds `ids` to the gathered sentences; with `only`, those of them in it (sentences that could give the asked type). */
function gather(found: SentenceBits, ids: IdList, only: IdList | undefined): void {
  if (!only) found.addAll(ids);
  else forEachCommon(ids, only, (i) => found.add(ids[i] as number));
}

/**
 * The drivers, and those that would be without the dossier's topic: a sentence that only implies
 * the topic ("bijna 8.000 mensen zijn gearresteerd" for "aantal arrestaties kazachstan") may be
 * shown on the rest of the question, so the rest must gather it.
 */
function topicDrivers(concepts: readonly Concept[], topics: readonly number[], typeWeight = 0): number[] {
  const chosen = new Set(drivers(concepts, typeWeight));
  if (topics.length === 0 || topics.length === concepts.length) return [...chosen];
  const implied = topics.reduce((sum, c) => sum + (concepts[c] as Concept).salience, 0);
  const others = flatMap(concepts, (_, c) => (topics.includes(c) ? [] : [c]));
  for (const k of drivers(mapped(others, (c) => concepts[c] as Concept), typeWeight + implied)) chosen.add(others[k] as number);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The weightiest concepts, until the rest (with the asked type, which any sentence may give) weigh
 * less than the coverage a shown sentence needs. The weightiest is always among them, and it is
 * always essential: a sentence that matches every essential concept matches a driver too.
 */
export function drivers(concepts: readonly Concept[], typeWeight = 0): number[] {
  const total = concepts.reduce((sum, c) => sum + c.salience, 0) + typeWeight;
  const order = mapped(concepts, (_, i) => i).sort((a, b) => (concepts[b] as Concept).salience - (concepts[a] as Concept).salience || a - b);
  const chosen: number[] = [];
  let rest = total;
  for (const i of order) {
    if (chosen.length > 0 && rest < (MIN_COVERAGE - EPSILON) * total) break;
    chosen.push(i);
    rest -= (concepts[i] as Concept).salience;
  }
  return chosen;
}

/** Sentences that could give every asked type: the shortest of their lists holds them all. */
function givingAll(index: DossierIndex, asked: ReadonlySet<Intent>): IdList {
  let shortest: readonly number[] | undefined;
  for (const intent of asked) {
    const ids = index.couldGive(intent);
    if (!shortest || ids.length < shortest.length) shortest = ids;
  }
  return shortest ?? [];
}

/** Sentences holding every term (a phrase's words may stand anywhere in the sentence), in id order. */
function sentencesWith(index: DossierIndex, terms: readonly string[]): IdList {
  // Most alternatives are one word: its postings as they are.
  if (terms.length === 1) return index.inverted.ids(terms[0] as string);
  const lists = mapped(terms, (term) => index.inverted.ids(term)).sort((x, y) => x.length - y.length);
  let common: IdList = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    const both: number[] = [];
    forEachCommon(common, list, (i) => both.push(common[i] as number));
    common = both;
  }
  return common;
}

/** How many sentences match the concept through any alternative: its document frequency. */
function matchingCount(index: DossierIndex, concept: Concept, phrases: PhraseSentences): number {
  if (concept.alternatives.length === 1) return phrases.of(concept.alternatives[0] as Alternative).length;
  const seen = bitsFor(index, 'matchingCount', index.sentences.length);
  let count = 0;
  for (const alternative of concept.alternatives) count += seen.addAll(phrases.of(alternative));
  return count;
}

/**
 * Referring back adds to a sentence that matches something itself; it never makes one. A concept
 * the sentence does not match gets the first of its referable alternatives (`referable`, in the
 * concept's order) that the sentence refers back to: walked per alternative along the sentences
 * that refer back to it, merged with the gathered ones.
 *
 * In a yes/no question a person only carried over from earlier in the paragraph is weak evidence:
 * "did Nazarbayev die of a heart attack" is not answered by "Een politiechef … zou zijn overleden
 * aan een hartstilstand" in a paragraph about Nazarbajev. A pronoun ("Zondag ontsloeg hij …") or a
 * role ("de oud-president") does refer to him.
 *
 * Asked whose they are (`owner`), a sentence may be about them by pronoun alone: "Zij stonden bekend
 * als vertrouwelingen van oud-president … Nazarbajev" after "Zondag ontsloeg hij twee
 * vicevoorzitters" answers "whose people were the sacked deputies" with no word of the question.
 *
 * A sentence opening on what the one before said ("Dat is slechts een klein deel …") is about its
 * event too, so its verbs are evidence — unless a figure or a doer must be the sentence's own
 * (`statements` false).
 */
function addContext(index: DossierIndex, concepts: readonly Concept[], referable: readonly (readonly Alternative[])[], gathered: Uint32Array, candidates: Candidates, { polar, owner, statements, asked }: { polar: boolean; owner: boolean; statements: boolean; asked: ReadonlySet<Intent> }): void {
  // Asked when something was said, the sentence going on with it gives the day ("… omschreven als een poging tot een staatsgreep. Hij zei maandag dat …").
  const timeAsked = asked.has('when') || asked.has('date');
  referable.forEach((alternatives, c) => {
    const concept = concepts[c] as Concept;
    if (!carriedFromContext(index, concept)) return;
    const object = namedAfterSubject(concepts, c);
    for (const alternative of alternatives) {
      forEachCommon(gathered, index.contextPostings(alternative.terms[0] as string), (slot) => {
        // Once referred to, the concept scores: a later alternative leaves it as it is.
        const id = gathered[slot] as number;
        if (candidates.score(slot, c) > 0) return;
        if (!candidates.matchedAny(slot)) {
          // A sentence naming the person only by the role the article gave them ("De oud-president, die 30 jaar …") is about them.
          const record = index.sentences[id] as SentenceRecord;
          const aboutByPronoun = (owner && refersBackByPronoun(record.text)) || (timeAsked && record.features.saying);
          if (!aboutByPronoun && !(index.people.has(alternative.terms[0] as string) && namesByRole(index, id, alternative.terms[0] as string))) return;
          candidates.admit(slot);
        }
        const carried = onlyCarried(index, id, alternative.terms[0] as string, object, polar);
        const text = (index.sentences[id] as SentenceRecord).text;
        const evident = (evidentByReference(concept) && countsCarried(index, concept, asked, text)) || (statements && !concept.destination && opensOnWhatWasSaid(text));
        candidates.referTo(slot, c, CONTEXT_WEIGHT * alternative.weight * tfNorm(1, index.lengths[id] as number, index.averageLength), !carried && evident && ownerHolds(index, id, concepts, c));
      });
    }
  });
}

/**
 * Whether a sentence may match `concept` by what it refers back to. Not whose forces it speaks of:
 * Kazakhstan, which every paragraph is about, does not make its soldiers Kazakh.
 */
export function carriedFromContext(index: DossierIndex, concept: Concept): boolean {
  return !(concept.nationalOf && concept.alternatives.some((a) => a.terms.length === 1 && index.topicTerms.has(a.terms[0] as string)));
}

/** Names a list must give to settle who is among those it lists. */
const MIN_LISTED_NAMES = 3;

/** What a candidate sentence is known to match, per concept: the fast path's slots and the reference ranking read it alike. */
export interface MatchView {
  score(c: number): number;
  strong(c: number): boolean;
  /** The score of the sentence before it, when that is a candidate too (0 otherwise). */
  scoreBefore(c: number): number;
}

/**
 * What a sentence settles in a yes/no question beyond the words it says: the concepts it then
 * matches strongly, as little as a word referred back to. Two ways, in this order:
 * - a refusal of the request before it (`refusesRequestFor`) settles whether what was asked for
 *   was given: "Dat verzoek werd afgewezen" says no to "did the CSTO help Kyrgyzstan in 2010",
 *   though the deed, who was asked and when are in the request. The deed may be a phrase or a noun
 *   ("go into", "ingreep"); the request must name someone the question names (not only the refuser:
 *   "did Russia go in uninvited"). Not where the question is about the asking itself
 *   (`asksAboutAsking`): a refusal does not say who asked.
 * - a list of who did the deed ("Naast Rusland hebben ook Armenië, Wit-Rusland, Tadzjikistan en
 *   Kirgizië troepen toegezegd") settles whether the question's subject was among them ("is
 *   Uzbekistan sending troops too?"), where the sentence says the deed (a verb it matches strongly).
 * Returns, per sentence, the concepts settled; a function made once per question.
 */
export function settlingOf(index: DossierIndex, concepts: readonly Concept[], polar: boolean, asksAboutAsking: boolean): ((id: number, view: MatchView) => number[]) | undefined {
  if (!polar) return undefined;
  const verbs = indicesWhere(concepts, (concept) => concept.pos === 'v');
  const giving = termsOfWords(GIVING, index.analyzer.language);
  // The deed may be a phrase ("go into") or a word that is a noun too ("ingreep"): what it means decides.
  const gives = indicesWhere(concepts, (concept) => (concept.pos === 'v' || concept.pos === undefined || concept.pos === 'n') && !concept.alternative && (GIVING.has(fold(concept.label)) || concept.alternatives.some((a) => a.kind !== 'bridge' && a.terms.some((t) => giving.has(t)))));
  if (verbs.length === 0 && gives.length === 0) return undefined;
  const actors = listedActors(index, concepts, verbs);
  const named = [...peopleIn(index, concepts), ...namedActorsIn(index, concepts)];
  return (id, view) => {
    const settled = new Set<number>();
    // What was asked for is one of the question's words ("help", or "troops" for "militaire hulp"): giving it is what was refused.
    // The request refused is the one asked about: it names someone the question names ("the CSTO", "Kyrgyzstan"), not only the refuser ("Did Russia go in uninvited").
    const sameRequest = named.some((c) => view.scoreBefore(c) > 0);
    if (!asksAboutAsking && gives.length > 0 && sameRequest && concepts.some((concept) => concept.alternatives.some((a) => a.kind !== 'bridge' && refusesRequestFor(index, id, a)))) {
      concepts.forEach((_, c) => {
        if (!view.strong(c) && (gives.includes(c) || view.score(c) > 0 || view.scoreBefore(c) > 0)) settled.add(c);
      });
    }
    if (actors.length > 0 && verbs.some((c) => view.strong(c) || settled.has(c)) && listsNames(index, id)) {
      for (const c of actors) if (!view.strong(c)) settled.add(c);
    }
    return [...settled];
  };
}

/**
 * Who a list may settle: the question's subject, named first ("did Uzbekistan send …", "heeft
 * Oezbekistan …"), a name of the dossier or one it never says that no everyday language has
 * ("Uzbekistan": Oezbekistan; not "tanks"); not what was sent ("heeft Wit-Rusland ook
 * gevechtsvliegtuigen gestuurd"), where it went ("troops to Belarus") or was ("in Almaty").
 */
function listedActors(index: DossierIndex, concepts: readonly Concept[], verbs: readonly number[]): number[] {
  const subject = concepts[0];
  if (subject === undefined || (verbs[0] ?? 0) === 0 || subject.destination || subject.placed) return [];
  const word = fold(subject.label);
  const unsaid = subject.pos !== 'v' && !subject.label.includes(' ') && !subject.alternatives.some((a) => saidInDossier(index, a)) &&
    lookupGlossary(index.glossary, [word], 0, 1) !== undefined && index.lexicon.rank(word, 'en') === undefined && index.lexicon.rank(word, 'nl') === undefined;
  return unsaid || namedActorsIn(index, concepts).includes(0) ? [0] : [];
}

/**
 * The question's concepts naming a kind of which a list gives the members: "how many countries
 * pledged troops", "is Armenia among the countries that …" are answered by "Naast Rusland hebben
 * ook Armenië, Wit-Rusland, Tadzjikistan en Kirgizië troepen toegezegd", which says no "landen".
 */
export function listedKinds(concepts: readonly Concept[]): number[] {
  return indicesWhere(concepts, (concept) => concept.label.split(' ').every((word) => LISTED_KINDS.has(fold(word))));
}
const LISTED_KINDS: ReadonlySet<string> = new Set(['countries', 'landen', 'states', 'staten', 'nations', 'naties', 'member', 'members', 'leden', 'lidstaten', 'lidlanden']);

/** A list of names covers a kind the question names (`listedKinds`), as little as a word referred back to. */
function addListedKinds(index: DossierIndex, concepts: readonly Concept[], gathered: Uint32Array, candidates: Candidates): void {
  const kinds = listedKinds(concepts);
  if (kinds.length === 0) return;
  for (let slot = 0; slot < gathered.length; slot++) {
    const id = gathered[slot] as number;
    if (!candidates.matchedAny(slot) || !listsNames(index, id)) continue;
    for (const c of kinds) if (!candidates.strong(slot, c)) candidates.referTo(slot, c, Math.max(candidates.score(slot, c), CONTEXT_WEIGHT * tfNorm(1, index.lengths[id] as number, index.averageLength)), true);
  }
}

/** Whether sentence `id` lists at least `MIN_LISTED_NAMES` names ("Rusland, Armenië, Belarus … en Kirgizië"). */
export function listsNames(index: DossierIndex, id: number): boolean {
  let names = 0;
  index.typeFacts(id).some('listed', (t) => (index.names.has(t) ? ++names >= MIN_LISTED_NAMES : false));
  return names >= MIN_LISTED_NAMES;
}

/** The settling of a yes/no question (`settlingOf`) applied to the gathered candidates. */
function addSettled(index: DossierIndex, settle: (id: number, view: MatchView) => number[], gathered: Uint32Array, candidates: Candidates): void {
  for (let slot = 0; slot < gathered.length; slot++) {
    if (!candidates.matchedAny(slot)) continue;
    const id = gathered[slot] as number;
    const before = slot > 0 && gathered[slot - 1] === id - 1 ? slot - 1 : -1;
    const view: MatchView = { score: (c) => candidates.score(slot, c), strong: (c) => candidates.strong(slot, c), scoreBefore: (c) => (before >= 0 ? candidates.score(before, c) : 0) };
    const value = CONTEXT_WEIGHT * tfNorm(1, index.lengths[id] as number, index.averageLength);
    for (const c of settle(id, view)) candidates.referTo(slot, c, Math.max(candidates.score(slot, c), value), true);
  }
}

/** Deeds that give what was asked for (help, troops): a refusal says they were not done ("did the CSTO send troops"), not that anyone died. */
const GIVING: ReadonlySet<string> = new Set([
  'sturen', 'gestuurd', 'stuurde', 'stuurden', 'helpen', 'geholpen', 'hielp', 'hulp', 'ingrijpen', 'ingegrepen', 'ingreep', 'inzetten', 'ingezet', 'uitzenden', 'uitgezonden', 'intervenieren', 'steunen', 'gesteund',
  'send', 'sent', 'sends', 'sending', 'help', 'helped', 'helping', 'intervene', 'intervened', 'deploy', 'deployed',
]);

/** Words refusing what was asked ("Dat verzoek werd afgewezen", "they turned it down"). */
const REFUSAL = /(?<!\p{L})(?:afgewezen|wees\s+\p{L}+\s+af|wezen\s+\p{L}+\s+af|afwijzen|geweigerd|weigerde|weigerden|rejected|refused|turned\s+down|declined|denied)(?!\p{L})/iu;

/**
 * Whether sentence `id` opens on the request the sentence before made and refuses it ("Dat verzoek
 * werd afgewezen" after "verzocht Kirgizië de CSTO om militaire hulp"): it settles whether the
 * thing asked for was done ("did the CSTO help Kyrgyzstan"), the deed's word though it is not there.
 */
function refusesRequestFor(index: DossierIndex, id: number, alternative: Alternative): boolean {
  const record = index.sentences[id];
  if (!record || id === 0 || !opensOnWhatWasSaid(record.text) || !REFUSAL.test(record.text)) return false;
  return index.typeFacts(id - 1).some('requested', (t) => alternative.terms.includes(t));
}

/**
 * A naming word ("hoe noemt de CSTO de troepen", "the CSTO's label") is said by a sentence that
 * quotes a term ("Volgens de CSTO zijn de troepen een ‘vredesmacht’"): strong, and as little as
 * a word referred back to, for ranking.
 */
function addQuotedTerms(index: DossierIndex, concepts: readonly Concept[], gathered: Uint32Array, candidates: Candidates): void {
  concepts.forEach((concept, c) => {
    if (!asksWhatCalled(concept)) return;
    for (let slot = 0; slot < gathered.length; slot++) {
      const id = gathered[slot] as number;
      if (candidates.score(slot, c) > 0 || !candidates.matchedAny(slot) || !index.typeFacts(id).flag('term')) continue;
      candidates.referTo(slot, c, CONTEXT_WEIGHT * tfNorm(1, index.lengths[id] as number, index.averageLength));
    }
  });
}

/**
 * The concepts naming the dossier's topic, a name in its title ("Kazachstan" in "Onrust in
 * Kazachstan"), and not as a destination, which is said where it is one ("naar Kazachstan"). A
 * sentence that names no place or organisation, itself or in what it refers back to
 * (`DossierIndex.placeless`), implies it: strong evidence for a full answer, no score for ranking
 * ("bijna 8.000 mensen zijn gearresteerd" answers "aantal arrestaties kazachstan"; "enkele
 * buurlanden van Afghanistan vroegen om hulp" does not answer whether Kazakhstan asked).
 */
export function topicConcepts(index: DossierIndex, concepts: readonly Concept[]): number[] {
  // Nor whose forces: "Kazachse militairen" are not implied by a sentence about soldiers.
  return indicesWhere(concepts, (concept) => !concept.destination && !concept.nationalOf && concept.alternatives.some((a) => a.terms.length === 1 && index.topicTerms.has(a.terms[0] as string) && index.names.has(a.terms[0] as string)));
}

/**
 * Whether sentence `id` refers to the person `name` by a role the dossier gives them ("de
 * oud-president") or by a pronoun. `object`: the question names them after its subject ("did
 * Putin thank Tokayev"); a subject pronoun makes them the doer ("bedankte hij … Poetin"), the
 * other way round, so then only an object pronoun ("hem", "diens") refers.
 */
export function refersToPerson(index: DossierIndex, id: number, name: string, object = false): boolean {
  const record = index.sentences[id];
  if (!record) return false;
  // Cheap first: a pronoun in the text, a word of one of their roles in the sentence.
  if (object ? refersBackAsObject(record.text) : refersBackByPronoun(record.text) || continuesQuote(record.text, record.sentence)) return true;
  return namesByRole(index, id, name);
}

/** Whether sentence `id` names the person `name` by a bare role the dossier gives them ("de oud-president"). */
export function namesByRole(index: DossierIndex, id: number, name: string): boolean {
  const record = index.sentences[id];
  if (!record) return false;
  const theirs = rolesHeldBy(index, name).filter((role) => role.split(' ').every((term) => index.inverted.count(term, id) > 0));
  if (theirs.length === 0) return false;
  // A bare role only: "de Russische president Poetin" names Poetin, not the other president.
  return bareRolesOf(index, record).some((role) => theirs.includes(role));
}

/** The roles the dossier gives `name`, per dossier (its people are few; asked of every sentence a question looks at). */
const heldRoles = new WeakMap<DossierIndex, Map<string, readonly string[]>>();
function rolesHeldBy(index: DossierIndex, name: string): readonly string[] {
  const memo = kept(heldRoles, index, () => new Map());
  return remembered(memo, name, ROLE_MEMO_LIMIT, () => flatMap([...index.roles], ([role, holders]) => (holders.includes(name) ? [role] : [])));
}
const ROLE_MEMO_LIMIT = 10_000;

/** The roles a sentence says without a name beside them (roleMentions.ts), read once per sentence of a dossier (its names decide). */
const bareRoles = new WeakMap<DossierIndex, WeakMap<SentenceRecord, readonly string[]>>();
function bareRolesOf(index: DossierIndex, record: SentenceRecord): readonly string[] {
  const ofIndex = kept(bareRoles, index, () => new WeakMap());
  return kept(ofIndex, record, () => roleMentions(record.text, record.analysis.words, (word) => index.names.has(word)).bare);
}

/**
 * Whether a person the sentence only carries over from its paragraph is no evidence: not referred
 * to by a pronoun or a role the dossier gives them, in a yes/no question, or where the sentence
 * opens on another person — "Tokajev beloofde …" after two sentences quoting Poetin says nothing of
 * what Poetin promised. (An organisation is: "De CSTO …" leads a paragraph whose sentences go on
 * about it without its name.)
 */
export function onlyCarried(index: DossierIndex, id: number, name: string, object: boolean, polar: boolean): boolean {
  if (!index.people.has(name) || refersToPerson(index, id, name, object)) return false;
  if (polar) return true;
  const opener = index.sentences[id]?.analysis.words[0]?.term;
  return opener !== undefined && opener !== name && index.people.has(opener);
}

/**
 * Whether referring back can be strong evidence for a concept. Not for what happened: a pronoun
 * refers to someone, not to an event ("hij zei …" does not make the sentence about the arrests
 * before it) — unless the question's verb stands before a noun, describing who is referred to
 * ("the two dismissed officials": "Zij" after "ontsloeg hij twee vicevoorzitters"); not for a
 * destination, which is said where it is one ("naar Kazachstan").
 */
export function evidentByReference(concept: Concept): boolean {
  return !concept.destination && (concept.pos !== 'v' || concept.use === 'noun');
}

/**
 * Whether what a statement referred back to did is evidence ("Dat is slechts een klein deel …"
 * after the arrests): only where no figure nor doer has to be its — "Dat is slechts een klein deel
 * van het aantal tegenstanders" counts no arrests, nor says whom they were of — but where the
 * question compares two figures ("how do the arrests compare with the enemies Tokayev cited"): that
 * sentence is the comparison.
 */
export function statementsCarry(concepts: readonly Concept[], asked: ReadonlySet<Intent>, doer: Doer | undefined, compares: boolean): boolean {
  // Two measures set side by side, not one said twice ("gearresteerd … 8.000 arrestaties") nor one in the scene.
  const measures = new Set(mapped(concepts.filter((c) => c.measure && !c.background), (c) => c.alternatives[0]?.terms.join(' ')));
  return (!asked.has('figure') || (compares && measures.size >= 2)) && doer === undefined;
}

/**
 * Whether a thing carried over from the paragraph may be what a sentence counts, in a figure
 * question: "Het is niet bekend uit hoeveel militairen …" after "… om overheidsgebouwen … te
 * bewaken" does not count the buildings. A name may be (who the figure is of), and so may a thing
 * where the sentence opens on what was said ("Dat is slechts een klein deel …" after the arrests).
 */
export function countsCarried(index: DossierIndex, concept: Concept, asked: ReadonlySet<Intent>, text: string): boolean {
  if (!asked.has('figure') || opensOnWhatWasSaid(text)) return true;
  return concept.alternatives.some((a) => a.kind === 'variant' || a.terms.some((t) => index.names.has(t)));
}

/** Whether the question names concept `c` after something it is about ("did Putin thank Tokayev"): its object, not its subject. */
export function namedAfterSubject(concepts: readonly Concept[], c: number): boolean {
  return concepts.slice(0, c).some((concept) => concept.alternatives.length > 0);
}


/**
 * In a question naming who did something or to whom ("was Tokayev arrested", "who did Putin
 * thank", "who helped Nazarbayev"): that person's concept and the question's verbs' terms.
 */
export interface Doer {
  person: number;
  verbs: ReadonlySet<string>;
  verbList: readonly string[];
  /** The person is the one done to ("who helped Nazarbayev"), not the doer. */
  doneTo?: true;
  /** No person: an organisation or country the question names as doer or done to ("wanneer vroeg de CSTO Kirgizië"), so every other name may stand between. */
  byName?: true;
}

/** The concepts naming a person of the dossier, as typed or spelled. */
/**
 * For a yes/no question, whether a sentence says an alternative's words only as what was asked for:
 * that it happened is not said by "verzocht Kirgizië de CSTO om militaire hulp" ("did the CSTO help
 * Kyrgyzstan"), so the match is no strong evidence. Undefined where it does not apply: another
 * question, or one about the asking itself ("did Kyrgyzstan ask for help").
 */
export function askedForOnly(index: DossierIndex, concepts: readonly Concept[], polar: boolean): ((id: number, alternative: Alternative) => boolean) | undefined {
  if (!polar) return undefined;
  const requesting = termsOfWords(REQUEST_WORDS, index.analyzer.language);
  const asksAboutAsking = concepts.some((c) => c.label.split(' ').some((w) => REQUEST_WORDS.has(fold(w))) || c.alternatives.some((a) => a.kind !== 'bridge' && a.terms.some((t) => requesting.has(t))));
  if (asksAboutAsking) return undefined;
  return (id, alternative) => index.typeFacts(id).some('requested', (t) => alternative.terms.includes(t));
}

export function peopleIn(index: DossierIndex, concepts: readonly Concept[]): number[] {
  return indicesWhere(concepts, (concept) => concept.alternatives.some((a) => (a.kind === 'exact' || a.kind === 'variant') && a.terms.some((t) => index.people.has(t))));
}

/** The concepts naming an organisation or country of the dossier: a name it gives no role, as typed, spelled or translated ("Kyrgyzstan" → Kirgizië). */
export function namedActorsIn(index: DossierIndex, concepts: readonly Concept[]): number[] {
  const named = (a: Alternative): boolean => a.terms.length === 1 && (a.kind === 'exact' || a.kind === 'variant' || a.kind === 'glossary' || a.kind === 'typo') && index.names.has(a.terms[0] as string) && !index.people.has(a.terms[0] as string);
  return indicesWhere(concepts, (concept) => concept.alternatives.some(named));
}

/** The terms of the question's verbs: words that are mostly verbs, unless the question uses them as nouns ("for help"), and the verb its word order puts after a Dutch question word. */
function askedVerbTerms(concepts: readonly Concept[]): Set<string> {
  // Where word order shows the verb, that is the verb ("wanneer vroeg de CSTO Kirgizië om militaire hulp").
  const shown = concepts.filter((concept) => concept.use === 'verb');
  const verbs = shown.length > 0 ? shown : concepts.filter((concept) => concept.pos === 'v' && concept.use !== 'noun');
  return new Set(flatMap(verbs, (concept) => flatMap(concept.alternatives, (a) => a.terms)));
}

export function soleDoer(index: DossierIndex, concepts: readonly Concept[]): Doer | undefined {
  const people = peopleIn(index, concepts);
  // No person named: the organisation or country the question's word order makes the doer or the one done to.
  if (people.length === 0) {
    const verbs = askedVerbTerms(concepts);
    const actor = onlyOne(namedActorsIn(index, concepts).filter((c) => (concepts[c]?.doer || concepts[c]?.doneTo) && concepts[c]?.owner === undefined));
    if (actor === undefined || verbs.size === 0) return undefined;
    return { person: actor, verbs, verbList: [...verbs], byName: true, ...(concepts[actor]?.doneTo ? { doneTo: true as const } : {}) };
  }
  // Not when the question is about someone of theirs ("Nazarbayev's right-hand man", "Tokayev's government").
  // (A role after "as" is what the person acts as: "who replaced Tokayev as chairman".)
  // A role the glossary resolves to someone of the dossier is that person ("de Kazachse president": Tokajev).
  const standsForPerson = (concept: Concept): boolean => concept.alternatives.some((a) => a.kind === 'glossary' && a.terms.length === 1 && index.people.has(a.terms[0] as string));
  const aboutAnother = (concept: Concept): boolean => !concept.capacity && !standsForPerson(concept) && concept.alternatives.some((a) => a.terms.length === 1 && (a.forms ?? a.terms).some((form) => namesRole(form)));
  if (concepts.some((concept, c) => (people.includes(c) ? concept.owner !== undefined : aboutAnother(concept)))) return undefined;
  const verbs = askedVerbTerms(concepts);
  // Of several people, the one the question names as the doer ("when did Putin thank Tokayev").
  // One person is the doer unless the question makes something else the doer ("why did the Kremlin thank Tokayev").
  const otherDoer = concepts.some((concept, c) => concept.doer && !people.includes(c));
  const person = people.length === 1 && !otherDoer ? people[0] : onlyOne(people.filter((c) => concepts[c]?.doer || concepts[c]?.doneTo));
  if (person === undefined || verbs.size === 0) return undefined;
  return { person, verbs, verbList: [...verbs], ...(concepts[person]?.doneTo ? { doneTo: true as const } : {}) };
}


/**
 * Whether sentence `id` gives the name the role the question gives it: a destination where it is
 * one ("naar buurland Kazachstan", destinations.ts), a nationality's country not only as where
 * forces went ("kazakh soldiers"); the one who did or underwent what a yes/no
 * question asks with no other person or role between it and the verb: in "hij verving Nazarbajev
 * … en liet Nazarbajevs rechterhand arresteren" the right-hand man was arrested.
 */
export function rolesHold(index: DossierIndex, id: number, c: number, concept: Concept, alternative: Alternative, doer: Doer | undefined): boolean {
  const record = index.sentences[id];
  if (!record) return false;
  // Cheap first, before the sentence's words are unpacked: a preposition of direction, a verb asked.
  if (concept.destination && !mayHaveDestination(record.text)) return false;
  const asksDoer = doer?.person === c && doer.verbList.some((term) => index.inverted.count(term, id) > 0);
  // "Zij stonden bekend als vertrouwelingen van … Nazarbajev" after "Zondag ontsloeg hij …": the verb asked
  // is only referred back to, so a name of the sentence's own is not who did it.
  if (doer?.person === c && !asksDoer && doer.verbList.some((term) => record.context.includes(term))) return false;
  if (!concept.destination && !concept.nationalOf && !asksDoer) return true;
  const { words } = record.analysis;
  if (concept.destination && !alternative.terms.every((term) => standsAsDestination(record.text, words, term))) return false;
  // "kazakh soldiers": Kazakhstan as where troops went ("naar Kazachstan") does not make them Kazakh.
  if (concept.nationalOf && alternative.terms.every((term) => standsAsDestination(record.text, words, term))) return false;
  if (!asksDoer || !doer) return true;
  // The person by any of their names ("Noersoeltan Nazarbajev" is one person, not two).
  const own = new Set([...alternative.terms, ...singleTerms(concept)]);
  // Where word `i` starts and ends in the text, and the text between two words.
  const startOf = (i: number): number => (words[i] as (typeof words)[number]).start;
  const endOf = (i: number): number => (words[i] as (typeof words)[number]).end;
  const between = (a: number, b: number): string => record.text.slice(endOf(a), startOf(b));
  // The text right before word `i` (after the word before it).
  const before = (i: number): string => record.text.slice(words[i - 1]?.end ?? 0, startOf(i));
  const at = (test: (word: (typeof words)[number], i: number) => boolean): number[] => indicesWhere(words, test);
  const verbAt = at((w) => doer.verbs.has(w.term));
  if (verbAt.length === 0) return true;
  // "Dat verzoek werd afgewezen": a passive does not say who did it, so it cannot say an organisation
  // did not; unless it names its doer ("werd door Rusland afgewezen"), which must be the one asked.
  const passive = (v: number): boolean => PASSIVE_BEFORE.test(record.text.slice(0, startOf(v)));
  if (doer.byName && verbAt.some(passive)) return words.every((w, i) => !(AGENT_BEFORE.test(before(i)) && index.names.has(w.term) && !own.has(w.term)));
  // "de rechterhand van Nazarbajev": an owner, neither the one asked about nor someone between;
  // but "op verzoek van Tokayev" is who asked.
  const owned = (i: number): boolean => !verbAt.includes(i - 1) && OWNER_BEFORE.test(before(i));
  // An organisation's members are the organisation ("de leden van de CSTO helpen elkaar").
  const person = at((w, i) => own.has(w.term) && (doer.byName === true || !owned(i)));
  // Someone else: another person, or a role ("Nazarbajevs rechterhand") — not one apposed to the name ("Masimov, de rechterhand …").
  const apposed = (i: number): boolean => person.some((p) => p < i && i - p <= APPOSED_WITHIN && /^\s*,/u.test(record.text.slice(endOf(p))));
  // Names in one list with theirs ("Rusland, Armenië en Kirgizië hebben …") did it with them; so
  // did the countries an organisation's name is followed by ("CSTO-lidstaten Rusland, Armenië …").
  const isName = (i: number): boolean => index.names.has((words[i] as (typeof words)[number]).term);
  const listed = (i: number): boolean => person.some((p) => {
    const [from, to] = p < i ? [p, i] : [i, p];
    // A bare space only after an organisation's members ("CSTO-lidstaten Rusland"): "verzocht Kirgizië Rusland" is subject and object.
    const apposedMembers = (k: number): boolean => doer.byName === true && k === from && (words[k] as (typeof words)[number]).form.includes('-') && /^\s+$/u.test(between(k, k + 1));
    for (let k = from; k < to; k++) if ((k > from && !isName(k)) || !(LIST_GAP.test(between(k, k + 1)) || apposedMembers(k))) return false;
    return true;
  });
  // Of organisations and countries, one after a preposition is where or with whom ("naar Kazachstan", "met Kazachstan"), not who.
  const afterPreposition = (i: number): boolean => PREPOSITION_BEFORE.test(before(i));
  const another = (w: (typeof words)[number], i: number): boolean => !own.has(w.term) && (index.people.has(w.term) || (doer.byName === true && index.names.has(w.term) && !afterPreposition(i)));
  const others = at((w, i) => (another(w, i) || namesRole(w.form)) && !owned(i) && !apposed(i) && !listed(i));
  // "bedankte hij … Poetin": a subject pronoun right after the verb is its doer; a name after it is the one it was done to.
  const inverted = (v: number): boolean => SUBJECT_PRONOUN_NEXT.test(record.text.slice(endOf(v), words[v + 1]?.start ?? record.text.length));
  if (!doer.doneTo && verbAt.some((v) => inverted(v) && person.every((p) => p > v))) return false;
  // "Nazarbajev, …, die drie jaar geleden Tokajev aan de macht hielp": the relative pronoun is the
  // doer, standing for the name before it; a name between it and the verb is the one done to.
  const relativeAt = (p: number, v: number): number => {
    const found = RELATIVE.exec(between(p, v));
    return found ? endOf(p) + found.index : -1;
  };
  // The name before a relative pronoun, with no other name between, is its clause's doer.
  const antecedentOf = (p: number, v: number): boolean => {
    const relative = relativeAt(p, v);
    return relative >= 0 && !others.some((o) => o > p && startOf(o) < relative);
  };
  // "Tokajev lijkt Nazarbajev … uit te schakelen: hij verving Nazarbajev": a subject pronoun right
  // before the verb stands for the sentence's first name, its subject.
  const pronounBefore = (v: number): boolean => SUBJECT_PRONOUN_BEFORE.test(before(v));
  const subjectByPronoun = (p: number, v: number): boolean => p < v && pronounBefore(v) && !others.some((o) => o < p);
  // The one done to: only not where the sentence makes them the doer, of a relative clause
  // ("Nazarbajev, die … Tokajev aan de macht hielp") or through a pronoun ("Tokajev …: hij verving …").
  if (doer.doneTo) return !person.some((p) => verbAt.some((v) => p < v && (antecedentOf(p, v) || subjectByPronoun(p, v))));
  // And a name inside such a clause, after its pronoun, is not its doer.
  const inRelative = (p: number, v: number): boolean => p < v && others.some((o) => o < p && RELATIVE.test(between(o, p)));
  return person.some((p) => verbAt.some((v) => {
    if (inRelative(p, v)) return false;
    // "Dat verzoek werd afgewezen, omdat Rusland vond …": a name in another clause is not the doer.
    if (OTHER_CLAUSE.test(between(Math.min(p, v), Math.max(p, v)))) return false;
    // (A name after such a verb is the one it was done to.)
    if (pronounBefore(v)) return subjectByPronoun(p, v);
    const relative = p < v ? relativeAt(p, v) : -1;
    return !others.some((o) => (o - p) * (o - v) < 0 && !(relative >= 0 && startOf(o) > relative));
  }));
}

/** A subordinate clause opening between two words, after a comma ("…, omdat …", "…, because …"). */
const OTHER_CLAUSE = /,\s*(?:omdat|doordat|toen|terwijl|nadat|hoewel|want|because|while|although|since|after)\s/iu;
/** What stands between two names of one list: a comma, "en", "and", "of", "or". */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:en|and|of|or)\s+|\s*,\s*(?:en|and)\s+)$/iu;
/** A relative pronoun opening a clause about the word before it ("…, die …"). */
const RELATIVE = /(?:^|[\s,])(?:die|who)\s/iu;
/** A subject pronoun as the word before (pronouns are no index words: read from the text between two words); not "ze", an object as often ("dat Poetin ze bedankte"). */
const SUBJECT_PRONOUN_BEFORE = /(?:^|[\s:;,])(?:hij|zij|he|she)\s+$/iu;
/** A subject pronoun as the next word (pronouns are no index words: read from the text between two words). */
const SUBJECT_PRONOUN_NEXT = /^\s+(?:hij|zij|ze|he|she|they)\s/iu;

/**
 * For concept `c`, an owner the question names ("tokayev's right-hand man"): whether sentence `id`
 * leaves the owned thing (the next concept) to them. Not where another name owns it right there
 * ("Nazarbajevs rechterhand", "de rechterhand van Nazarbajev"), nor where it is the owner's own
 * title ("oud-president Nazarbajev" is no one of his): then the owner's name elsewhere in the
 * sentence, or carried over from before it, is no evidence. True for any other concept.
 */
export function ownerHolds(index: DossierIndex, id: number, concepts: readonly Concept[], c: number): boolean {
  const owner = concepts[c] as Concept;
  const owned = owner.owner === 'of-previous' ? concepts[c - 1] : concepts[c + 1];
  return !owner.owner || owned === undefined || !notTheirs(index, id, owner, owned);
}

/** A concept's one-word alternatives' terms, worked out once per concept (asked for every candidate). */
const singles = new WeakMap<Concept, ReadonlySet<string>>();
function singleTerms(concept: Concept): ReadonlySet<string> {
  return kept(singles, concept, () => new Set(mapped(concept.alternatives.filter((a) => a.terms.length === 1), (a) => a.terms[0] as string)));
}

/** Whether sentence `id` gives the owned thing to someone else: another name owns it there, or it is the owner's own title. */
function notTheirs(index: DossierIndex, id: number, owner: Concept, owned: Concept): boolean {
  const record = index.sentences[id];
  if (!record) return false;
  const ownedTerms = singleTerms(owned);
  if (![...ownedTerms].some((term) => index.inverted.count(term, id) > 0)) return false;
  const ownerTerms = singleTerms(owner);
  const { text } = record;
  const { words } = record.analysis;
  type Word = (typeof words)[number];
  // Another name: one of the dossier's names that is none of the owner's spellings.
  // Not a people adjective: "de vicevoorzitters van de Kazachse veiligheidsdienst" are the service's.
  const another = (word: Word | undefined, form: string): boolean => word !== undefined && index.names.has(form) && !isPeopleAdjective(form) && !ownerTerms.has(form) && !ownerTerms.has(word.term);
  // Another name owns the word at `i` right there.
  const ownedByName = (i: number): boolean => {
    const word = words[i] as Word;
    // "Nazarbajevs rechterhand": a name with a genitive s right before it.
    const before = words[i - 1];
    if (before && /s$/u.test(before.form) && another(before, before.form.slice(0, -1))) return true;
    // "de rechterhand van (de) Nazarbajev", "van de Russische president Poetin": the name after any
    // people adjective or role word; "van de Kazachse veiligheidsdienst" is owned by no name.
    const after = words[i + 1];
    if (after === undefined || !OWNER_BEFORE.test(text.slice(word.end, after.start))) return false;
    let k = i + 1;
    while (k < i + 1 + OWNER_WITHIN && words[k] && (isPeopleAdjective((words[k] as Word).form) || namesRole((words[k] as Word).form))) k++;
    // "van de Nationale Veiligheidsraad": the first word of the owner's own name.
    const next = words[k + 1];
    if (next && (ownerTerms.has(next.term) || ownerTerms.has(next.form))) return false;
    return another(words[k], words[k]?.form ?? '');
  };
  // The owner's own title, no one of theirs ("Nazarbayev's predecessor"): a role right before their
  // name ("oud-president Noersoeltan Nazarbajev"), or one the article gave them ("De oud-president").
  const ownTitle = (i: number): boolean => {
    const word = words[i] as Word;
    if (!isRole(word.form)) return false;
    if (index.roles.get(word.term)?.some((holder) => ownerTerms.has(holder))) return true;
    return holdersAfter(text, words, i, (form) => index.names.has(form)).some((holder) => ownerTerms.has(holder));
  };
  return words.some((word, i) => ownedTerms.has(word.term) && (ownTitle(i) || ownedByName(i)));
}

/** Whether sentence `id` gives concept `c` the role the question gives it: the destination or the doer (`rolesHold`), the owner (`ownerHolds`). */
export function holdsRoles(index: DossierIndex, id: number, concepts: readonly Concept[], c: number, alternative: Alternative, doer: Doer | undefined): boolean {
  return rolesHold(index, id, c, concepts[c] as Concept, alternative, doer) && ownerHolds(index, id, concepts, c);
}

/** How many people adjectives and role words may stand between "van" and the owner's name. */
const OWNER_WITHIN = 3;

/** A preposition of place or company right before a word ("naar", "met", "in de"); not "door", which names a passive's doer. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:naar|met|in|uit|bij|tegen|voor|op|aan|over|to|with|from|at|against|into|on)\s+(?:(?:de|het|the)\s+)?$/iu;
/** A passive auxiliary in the clause before a verb ("werd afgewezen", "werd door Rusland afgewezen", "was refused"). */
const PASSIVE_BEFORE = /(?:^|\s)(?:werd|werden|wordt|worden|was|were|been)\s[^,.;:]*$/iu;
/** "door", "by" (and an article) before a name: a passive's doer ("werd door Rusland afgewezen"). */
const AGENT_BEFORE = /(?:^|\s)(?:door|by)\s+(?:(?:de|het|the)\s+)?$/iu;
/** "van", "of" (and an article) before a name: it owns what comes before, it is not the one asked about. */
const OWNER_BEFORE = /(?:^|\s)(?:van|of)\s+(?:(?:de|het|the)\s+)?$/iu;
/** How far after a name (in words) an apposition's role may stand ("Masimov, de voormalige rechterhand"). */
const APPOSED_WITHIN = 3;

/** Which sentences match an alternative on strong evidence (evidence.ts). */
function isStrong(index: DossierIndex, alternative: Alternative): (id: number) => boolean {
  if (evidentByKind(alternative)) return () => true;
  if (!canBeEvidence(alternative) || !alternative.forms) return () => false;
  const forms = alternative.forms;
  const listed = listedForms(index.glossary);
  // Every word of the alternative stands in the sentence in one of its forms (evidence.ts `isFormOf`).
  const tests = mapped(alternative.terms, (term) => index.inverted.inForm(term, (written) => isFormOf(written, forms, listed)));
  if (alternative.negated) return (id) => tests.every((test) => test(id)) && negates(index, id, alternative.terms[0] as string);
  return (id) => tests.every((test) => test(id));
}

/** Whether sentence `id` puts a negation right before a word of `term` ("niet bekend"). */
function negates(index: DossierIndex, id: number, term: string): boolean {
  const record = index.sentences[id];
  return record !== undefined && negatesIn(record.text, record.analysis.words, term);
}

/** Whether `text` (its index words `words`) puts a negation among the stop words right before a word of `term`. */
export function negatesIn(text: string, words: readonly { term: string; start: number; end: number }[], term: string): boolean {
  return words.some((w, i) => w.term === term && NEGATION_BEFORE.test(text.slice(words[i - 1]?.end ?? 0, w.start)));
}
/** A negation among the stop words right before a word, perhaps with one more word between ("niet bekend", "niet meer bekend"). */
const NEGATION_BEFORE = new RegExp(`(?:^|\\s)(?:${[...NEGATIONS].join('|')})(?:\\s+\\S+)?\\s+$`, 'iu');
