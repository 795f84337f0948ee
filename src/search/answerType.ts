/**
 * Does a sentence give the kind of answer the question words ask for? A figure must count the
 * thing asked ("how many journalists were arrested" is not answered by "8.000 mensen zijn
 * gearresteerd" unless journalists are what it counts), an age must belong to the person asked,
 * `when` wants a time, `how long` a duration, `who`/`where` a name or a description, `why` a cause,
 * `what did X say` a statement. A sentence that says the asked thing is unknown answers too.
 */
import { isPeopleAdjective } from '../text/dutchAdjectives.js';
import type { Intent } from './query/questionWords.js';
import { describesMatch, type SentenceFeatures, type Terms } from './sentenceFeatures.js';
import type { SentenceRecord } from './sentenceIndex.js';

/**
 * What answersType reads of a sentence: its features — from the unpacked object, or straight from
 * the packed arrays for the thousands of candidates a common word brings — and, only for who and
 * name, the sentence itself.
 */
export interface TypeFacts {
  flag(name: 'time' | 'dated' | 'duration' | 'cause' | 'statement'): boolean;
  /** The sentence says this kind of answer (figure, when, why, …) is unknown. */
  unknown(kind: Intent): boolean;
  /** Some group (a figure with what it counts, an age with whose it is) holds a term of `terms`. */
  tiedTo(group: 'counts' | 'ages', terms: Terms): boolean;
  /** Some term of the list passes `test`. */
  some(list: 'names' | 'listed', test: (term: string) => boolean): boolean;
  sentence(): SentenceRecord;
}

/** The facts of a sentence whose features are at hand. */
export function factsOf(record: SentenceRecord, features: SentenceFeatures = record.features): TypeFacts {
  return {
    flag: (name) => features[name],
    unknown: (kind) => features.unknown.includes(kind),
    tiedTo: (group, terms) => features[group].some((group) => group.some((t) => terms.has(t))),
    some: (list, test) => features[list].some(test),
    sentence: () => record,
  };
}

/** Names a matched word ("de politiechef Jan Smit", "rechterhand Karim Masimov"): a name next to it that was not asked. */
const NAME_WINDOW = 2;

/** A name after a preposition is a place or an owner ("in Almaty", "van Nazarbajev"), not what someone is called. */
const AFTER_PREPOSITION = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)\s+$/iu;
/** Strictly, for "what is the name of": "van de Kazachse veiligheidsdienst" names no one either. */
const AFTER_PREPOSITION_OR_ARTICLE = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)(?:\s+(?:de|het|een|the|a))?\s+$/iu;

function namesMatch(record: SentenceRecord, matched: Terms): boolean {
  const { words } = record.analysis;
  const names = new Set(record.features.names);
  const isCalled = (k: number): boolean => {
    const word = words[k];
    return word !== undefined && names.has(word.term) && !matched.has(word.term) && !isPeopleAdjective(word.form) && !AFTER_PREPOSITION_OR_ARTICLE.test(record.text.slice(words[k - 1]?.end ?? 0, word.start));
  };
  return words.some((word, i) => {
    if (!matched.has(word.term) || names.has(word.term)) return false;
    for (let k = Math.max(0, i - NAME_WINDOW); k <= Math.min(words.length - 1, i + NAME_WINDOW); k++) if (k !== i && isCalled(k)) return true;
    return false;
  });
}

/**
 * `matched`: the index terms the sentence matched; `essential`: those of them that stand for what the
 * question is about (a figure must count one of those, not a framing word).
 */
/**
 * A name the question did not ask about, not a place or an owner after a preposition ("in Almaty").
 * Looser than `namesMatch`: "who" is also answered by a description ("het Kazachse leger").
 */
function namesSomeone(record: SentenceRecord, matched: Terms): boolean {
  const names = new Set(record.features.names);
  const { words } = record.analysis;
  return words.some((word, k) => names.has(word.term) && !matched.has(word.term) && !AFTER_PREPOSITION.test(record.text.slice(words[k - 1]?.end ?? 0, word.start)));
}

export function answersType(facts: TypeFacts, intent: Intent, matched: Terms, essential: Terms = matched): boolean {
  if (facts.unknown(intent === 'age' ? 'figure' : intent === 'duration' || intent === 'date' ? 'when' : intent)) return true;
  switch (intent) {
    case 'figure':
      // "How many troops did Armenia send" is not answered by what "Rusland, Armenië, … en Kirgizië" sent together.
      return facts.tiedTo('counts', essential) && !facts.some('listed', (t) => matched.has(t));
    case 'age':
      return facts.tiedTo('ages', essential);
    case 'duration':
      return facts.flag('duration');
    case 'when':
      return facts.flag('time');
    case 'date':
      return facts.flag('dated');
    case 'why':
      return facts.flag('cause');
    case 'quote':
      return facts.flag('statement');
    case 'who': {
      const record = facts.sentence();
      return describesMatch(record.text, record.analysis.words, matched) !== undefined || namesSomeone(record, matched);
    }
    case 'where':
      return facts.some('names', (n) => !matched.has(n));
    case 'name':
      return namesMatch(facts.sentence(), matched);
  }
}
