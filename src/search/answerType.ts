/**
 * Does a sentence give the kind of answer the question words ask for? A figure must count the
 * thing asked ("how many journalists were arrested" is not answered by "8.000 mensen zijn
 * gearresteerd" unless journalists are what it counts), an age must belong to the person asked,
 * `when` wants a time, `how long` a duration, `who`/`where` a name or a description, `why` a cause,
 * `what did X say` a statement. A sentence that says the asked thing is unknown answers too.
 */
import { isPeopleAdjective } from '../text/dutchAdjectives.js';
import type { Intent } from './query/questionWords.js';
import { describesMatch } from './sentenceFeatures.js';
import type { SentenceRecord } from './sentenceIndex.js';

const tiedTo = (groups: readonly string[][], matched: ReadonlySet<string>): boolean => groups.some((terms) => terms.some((t) => matched.has(t)));

/** Names a matched word ("de politiechef Jan Smit", "rechterhand Karim Masimov"): a name next to it that was not asked. */
const NAME_WINDOW = 2;

/** A name after a preposition is a place or an owner ("in Almaty", "van Nazarbajev"), not what someone is called. */
const AFTER_PREPOSITION = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)\s+$/iu;
/** Strictly, for "what is the name of": "van de Kazachse veiligheidsdienst" names no one either. */
const AFTER_PREPOSITION_OR_ARTICLE = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)(?:\s+(?:de|het|een|the|a))?\s+$/iu;

function namesMatch(record: SentenceRecord, matched: ReadonlySet<string>): boolean {
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
function namesSomeone(record: SentenceRecord, matched: ReadonlySet<string>): boolean {
  const names = new Set(record.features.names);
  const { words } = record.analysis;
  return words.some((word, k) => names.has(word.term) && !matched.has(word.term) && !AFTER_PREPOSITION.test(record.text.slice(words[k - 1]?.end ?? 0, word.start)));
}

export function answersType(record: SentenceRecord, intent: Intent, matched: ReadonlySet<string>, essential: ReadonlySet<string> = matched): boolean {
  const f = record.features;
  if (f.unknown.includes(intent === 'age' ? 'figure' : intent === 'duration' || intent === 'date' ? 'when' : intent)) return true;
  switch (intent) {
    case 'figure':
      // "How many troops did Armenia send" is not answered by what "Rusland, Armenië, … en Kirgizië" sent together.
      return tiedTo(f.counts, essential) && !f.listed.some((t) => matched.has(t));
    case 'age':
      return tiedTo(f.ages, essential);
    case 'duration':
      return f.duration;
    case 'when':
      return f.time;
    case 'date':
      return f.dated;
    case 'why':
      return f.cause;
    case 'quote':
      return f.statement;
    case 'who':
      return describesMatch(record.text, record.analysis.words, matched) !== undefined || namesSomeone(record, matched);
    case 'where':
      return f.names.some((n) => !matched.has(n));
    case 'name':
      return namesMatch(record, matched);
  }
}
