/**
 * Does a sentence give the kind of answer the question words ask for? A figure must count the
 * thing asked ("how many journalists were arrested" is not answered by "8.000 mensen zijn
 * gearresteerd" unless journalists are what it counts), an age must belong to the person asked,
 * `when` wants a time, `how long` a duration, `who`/`where` a name or a description, `why` a cause,
 * `what did X say` a statement. A sentence that says the asked thing is unknown answers too.
 */
import type { Intent } from './query/questionWords.js';
import { appositionRestates, describesMatch, namesMatch, namesOwner, namesSomeone, PHRASE_BREAK, placedBesideMatch, placesName, spokenByAnother, type SentenceFeatures, type Terms } from './sentenceFeatures.js';
import type { SentenceRecord } from './sentenceIndex.js';

/**
 * What answersType reads of a sentence: its features — from the unpacked object, or straight from
 * the packed arrays for the thousands of candidates a common word brings — and, only for who and
 * name, the sentence itself.
 */
/** The term lists of `SentenceFeatures` that type checks read. */
export type TermList = 'names' | 'listed' | 'apposed' | 'besideRole' | 'someone' | 'besideName' | 'timed' | 'datedTerms' | 'vague' | 'requested' | 'reasoned' | 'places' | 'sources' | 'reported';

/** The dossier's words for people as a group or a kind (agents.ts), and which sentences hold one. */
export interface Agents {
  has(term: string): boolean;
  /** Cheap, for bounds: whether sentence `id` holds any of them. */
  inSentence(id: number): boolean;
}

export const NO_AGENTS: Agents = { has: () => false, inSentence: () => false };

export interface TypeFacts {
  flag(name: 'time' | 'dated' | 'duration' | 'interval' | 'clock' | 'cause' | 'statement' | 'reason' | 'condition' | 'term' | 'saying'): boolean;
  /** The sentence says this kind of answer (figure, when, why, …) is unknown. */
  unknown(kind: Intent): boolean;
  /**
   * Some group (a figure with what it counts, an age with whose it is) holds a term of `terms`,
   * not only after a term `heads` and a preposition ("164 doden onder de bevolking" counts deaths).
   */
  tiedTo(group: 'counts' | 'ages', terms: Terms, heads?: (term: string) => boolean, excluded?: Terms): boolean;
  /** Some term of the list passes `test`. */
  some(list: TermList, test: (term: string) => boolean): boolean;
  sentence(): SentenceRecord;
  /** The dossier's words for people as a group or a kind. */
  readonly agents: Agents;
  /** Whether the sentence holds one of them (cheap, from the sentence's id). */
  holdsAgent(): boolean;
  /** The words of the measures the dossier tracks (measures.ts): deaths, arrests, … */
  readonly measureWords: Terms;
}

export const NO_TERMS: Terms = { has: () => false };

/** Whether `group` holds a term of `terms`, not only after a term `heads` and a preposition (`PHRASE_BREAK`). */
export function groupTiedTo(size: number, termAt: (k: number) => string, terms: Terms, heads: (term: string) => boolean = () => false, excluded?: Terms): boolean {
  if (excluded) for (let k = 0; k < size; k++) if (excluded.has(termAt(k))) return false;
  let headed = false;
  for (let k = 0; k < size; k++) {
    const term = termAt(k);
    if (terms.has(term)) return true;
    if (term === PHRASE_BREAK) {
      if (headed) return false;
    } else if (heads(term)) headed = true;
  }
  return false;
}

/** The facts of a sentence whose features are at hand. */
export function factsOf(record: SentenceRecord, features: SentenceFeatures = record.features, agents: Agents = NO_AGENTS, measureWords: Terms = NO_TERMS): TypeFacts {
  return {
    agents,
    measureWords,
    holdsAgent: () => agents.inSentence(record.id),
    flag: (name) => features[name],
    unknown: (kind) => features.unknown.includes(kind),
    tiedTo: (group, terms, heads, excluded) => features[group].some((g) => groupTiedTo(g.length, (k) => g[k] as string, terms, heads, excluded)),
    some: (list, test) => features[list].some(test),
    sentence: () => record,
  };
}

/**
 * `matched`: the index terms the sentence matched; `essential`: those of them that stand for what the
 * question is about (a figure must count one of those, not a framing word).
 */
export function answersType(facts: TypeFacts, intent: Intent, matched: Terms, essential: Terms = matched, wholes: Terms = NO_TERMS): boolean {
  // A figure left open is of what it counts ("Hoeveel mensen … is onbekend"), read below as a figure's.
  if (intent !== 'figure' && leavesOpen(facts, intent)) return true;
  switch (intent) {
    case 'figure':
      // "How many troops did Armenia send" is not answered by what "Rusland, Armenië, … en Kirgizië" sent together;
      // "how many people live in Kazakhstan" not by "164 doden onder de bevolking": that figure counts another measure first.
      // Nor by the figure the question itself states ("hoeveel van die 20.000 bandieten …"): that is the whole, a part is asked.
      return facts.tiedTo('counts', essential, (t) => facts.measureWords.has(t), wholes) && !facts.some('listed', (t) => matched.has(t));
    case 'age':
      return facts.tiedTo('ages', essential);
    case 'duration':
      return facts.flag('duration');
    // "How long before …": a length of time, or the time between ("een dag eerder").
    case 'interval':
      return facts.flag('duration') || facts.flag('interval');
    // "Hoe laat": an hour, not a day.
    case 'clock':
      return facts.flag('clock');
    // The time must be that of what the question is about: in a clause with one of its words.
    case 'when':
      return facts.flag('time') && (facts.some('timed', (t) => matched.has(t)) || saysWhenItWasSaid(facts, matched));
    case 'date':
      return facts.flag('dated') && (facts.some('datedTerms', (t) => matched.has(t)) || saysWhenItWasSaid(facts, matched));
    // A cause of what was asked: not a sentence giving it as the cause of something else.
    case 'why':
      return facts.flag('cause') && (facts.flag('reason') || facts.some('reasoned', (t) => matched.has(t)));
    // "Er kon alleen een beroep op worden gedaan bij een ‘buitenlandse aanval’": a condition, a case, an exception.
    case 'condition':
      return facts.flag('condition');
    // "Enkele buurlanden van Afghanistan" does not say which neighbours.
    case 'which':
      return !facts.some('vague', (t) => matched.has(t));
    case 'quote': {
      if (!facts.flag('statement')) return false;
      const record = facts.sentence();
      return !spokenByAnother(record.text, record.analysis.words, new Set(record.features.names), matched);
    }
    case 'who': {
      // Cheap first: most sentences about a person could not say who anyone is.
      if (!mayAnswer(facts, intent, matched)) return false;
      const record = facts.sentence();
      const { words } = record.analysis;
      const description = describesMatch(record.text, words, matched);
      if (description === 'role' || (description === 'apposition' && !appositionRestates(record.text, words, matched))) return true;
      // A group or kind of people answers as a name does ("daar zijn politie en andere soorten
      // militairen voor geschikt"), but not who a person the question names alone is ("who is Tokayev").
      const someone = new Set(record.features.names);
      const aboutNamesOnly = words.every((word) => !matched.has(word.term) || someone.has(word.term));
      if (!aboutNamesOnly) for (const word of words) if (facts.agents.has(word.term)) someone.add(word.term);
      return namesSomeone(record.text, words, someone, matched);
    }
    // Whose they are: a name they belong to ("vertrouwelingen van oud-president … Nazarbajev").
    case 'owner': {
      if (!mayAnswer(facts, intent, matched)) return false;
      const record = facts.sentence();
      return namesOwner(record.text, record.analysis.words, new Set(record.features.names), matched);
    }
    // A place (`givesPlace`) in the clause of what the question asked about.
    case 'where': {
      if (!givesPlace(facts, matched)) return false;
      const record = facts.sentence();
      const { words } = record.analysis;
      const names = new Set(record.features.names);
      const places = new Set(record.features.places);
      // Asked only where someone named is: that name placed, not any place in its clause.
      const onlyNamed = words.some((w) => matched.has(w.term)) && words.every((w) => !matched.has(w.term) || names.has(w.term));
      return onlyNamed ? placesName(record.text, words, names, places, matched) : placedBesideMatch(record.text, words, names, places, matched);
    }
    // Who says so: a source the sentence gives ("volgens de politie", "aldus Poetin", "De politie zegt …"),
    // whether or not the question named it, or a statement by someone it names.
    case 'source':
      return facts.some('sources', () => true) || (facts.flag('statement') && facts.some('names', () => true));
    case 'name': {
      if (!mayAnswer(facts, intent, matched)) return false;
      const record = facts.sentence();
      return namesMatch(record.text, record.analysis.words, new Set(record.features.names), matched);
    }
  }
}

/** The sentence says the asked thing is unknown or not said: an age is a figure, a date a time, who or a name a which ("zei niet welk centrum"). */
function leavesOpen(facts: TypeFacts, intent: Intent): boolean {
  switch (intent) {
    case 'age':
      return facts.unknown('figure');
    case 'duration':
    case 'interval':
    case 'date':
    case 'clock':
      return facts.unknown('when');
    case 'who':
    case 'owner':
    case 'name':
      return facts.unknown('who') || facts.unknown('which') || facts.unknown('name');
    default:
      return facts.unknown(intent);
  }
}

/**
 * Whether the sentence could give the asked type, from its facts alone: never false where
 * `answersType` is true, so ranking can bound a candidate without its text. Exact but for who,
 * name, owner, quote and where, where it asks only whether a description, a name, a statement or a place
 * stands where one could.
 */
export function mayAnswer(facts: TypeFacts, intent: Intent, matched: Terms, counted: Terms = matched): boolean {
  switch (intent) {
    case 'who':
      return leavesOpen(facts, 'who') || facts.some('apposed', (term) => matched.has(term)) || facts.some('besideRole', (term) => matched.has(term)) || facts.some('someone', (term) => !matched.has(term)) || facts.holdsAgent();
    case 'name':
      return leavesOpen(facts, 'name') || facts.some('besideName', (term) => matched.has(term));
    // Whom it belongs to needs the sentence: a name the question did not give is the bound.
    case 'owner':
      return leavesOpen(facts, 'owner') || facts.some('names', (term) => !matched.has(term));
    // Whose statement it is needs the sentence: a statement at all is the bound.
    case 'quote':
      return leavesOpen(facts, 'quote') || facts.flag('statement');
    // Whether the place is of what was asked needs the sentence: a place at all is the bound.
    case 'where':
      return leavesOpen(facts, 'where') || givesPlace(facts, matched);
    default:
      // What a figure or an age belongs to is among the matched terms (`counted`: with their measures' words) whatever the question's essentials are.
      return answersType(facts, intent, matched, counted);
  }
}

/** A name the question did not give, or a place it did not ("in het buitenland", "op sociale media"). */
const givesPlace = (facts: TypeFacts, matched: Terms): boolean => facts.some('names', (n) => !matched.has(n)) || facts.some('places', (p) => !matched.has(p));

/**
 * Whether the sentence could give the type whatever the question matched: never false where
 * `mayAnswer` is true. For the specific types (a figure, an age, a time, a duration, a cause, a condition) it
 * picks out the few sentences a question's less weighty words may be looked up in (retrieve.ts);
 * for the others it is true.
 */
export function couldEverGive(facts: TypeFacts, intent: Intent): boolean {
  if (leavesOpen(facts, intent)) return true;
  const any = { has: (): boolean => true };
  switch (intent) {
    case 'figure':
      return facts.tiedTo('counts', any);
    case 'age':
      return facts.tiedTo('ages', any);
    case 'duration':
      return facts.flag('duration');
    case 'interval':
      return facts.flag('duration') || facts.flag('interval');
    // "Hoe laat": an hour, not a day.
    case 'clock':
      return facts.flag('clock');
    case 'when':
      return facts.flag('time');
    case 'date':
      return facts.flag('dated');
    case 'why':
      return facts.flag('cause');
    case 'condition':
      return facts.flag('condition');
    default:
      return true;
  }
}

/**
 * "Hij zei maandag dat …" after "Tokajev heeft het geweld … omschreven als een poging tot een
 * staatsgreep": the day is when he said it, and so when the statement before was made — where the
 * question asks about that statement, none of its words in what this one reports.
 */
function saysWhenItWasSaid(facts: TypeFacts, matched: Terms): boolean {
  return facts.flag('saying') && !facts.some('reported', (t) => matched.has(t));
}

/** Whether the sentence defines a matched word with an apposition ("Nazarbajev, de …"): what "who is X" wants most. */
export function definesMatch(facts: TypeFacts, matched: Terms): boolean {
  return facts.some('apposed', (term) => matched.has(term));
}

/** Whether the sentence enumerates names the question did not ask ("Rusland, Armenië … en Kirgizië"): who, all of them. */
export function listsOthers(facts: TypeFacts, matched: Terms): boolean {
  return facts.some('listed', (term) => !matched.has(term));
}
