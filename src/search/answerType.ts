/**
 * Does a sentence give the kind of answer the question words ask for? A figure must count the
 * thing asked ("how many journalists were arrested" is not answered by "8.000 mensen zijn
 * gearresteerd" unless journalists are what it counts), an age must belong to the person asked,
 * `when` wants a time, `how long` a duration, `who`/`where` a name or a description, `why` a cause,
 * `what did X say` a statement. A sentence that says the asked thing is unknown answers too.
 */
import type { Intent } from './query/questionWords.js';
import { describesMatch } from './sentenceFeatures.js';
import type { SentenceRecord } from './sentenceIndex.js';

const tiedTo = (groups: readonly string[][], matched: ReadonlySet<string>): boolean => groups.some((terms) => terms.some((t) => matched.has(t)));

export function answersType(record: SentenceRecord, intent: Intent, matched: ReadonlySet<string>): boolean {
  const f = record.features;
  if (f.unknown.includes(intent === 'age' ? 'figure' : intent === 'duration' ? 'when' : intent)) return true;
  switch (intent) {
    case 'figure':
      return tiedTo(f.counts, matched);
    case 'age':
      return tiedTo(f.ages, matched);
    case 'duration':
      return f.duration;
    case 'when':
      return f.time;
    case 'why':
      return f.cause;
    case 'quote':
      return f.statement;
    case 'who':
      return describesMatch(record.text, record.analysis.words, matched) !== undefined || f.names.some((n) => !matched.has(n));
    case 'where':
      return f.names.some((n) => !matched.has(n));
  }
}
