/**
 * The honest first line when no sentence answers a question exactly: every surface says it before
 * it shows related sentences, and names what is missing. One wording for Slack, console and CLI.
 */
import type { Answer, AnswerKind } from './types.js';
import { mapped } from '../lists/loops.js';

const KIND: Record<AnswerKind, string> = {
  figure: 'a figure for it',
  age: 'an age',
  duration: 'how long',
  interval: 'how long before or after',
  clock: 'a time of day',
  when: 'a date or time',
  date: 'a date',
  who: 'who it is',
  owner: 'whose they are',
  name: 'a name',
  where: 'where',
  why: 'a reason',
  quote: 'a statement',
  which: 'which ones',
  source: 'who says so',
  condition: 'when it applies',
};

const list = (items: readonly string[], conjunction = 'or'): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`);

/** "No sentence answers this exactly (none mentions “journalists”; “arrested” is only in other sentences); closest:", or undefined when one does. */
export function gapNote(answer: Answer): string | undefined {
  if (!answer.gap || answer.results.length === 0) return undefined;
  const why: string[] = [];
  const elsewhere = new Set(answer.gap.elsewhere);
  const absent = answer.gap.missing.filter((m) => !elsewhere.has(m));
  const apart = answer.gap.missing.filter((m) => elsewhere.has(m));
  if (absent.length > 0) why.push(`none mentions ${list(mapped(absent, (m) => `“${m}”`))}`);
  // The dossier has these, just not with the rest of the question: "none mentions" would be untrue.
  if (apart.length > 0) why.push(`${list(mapped(apart, (m) => `“${m}”`), 'and')} ${apart.length === 1 ? 'is' : 'are'} only in other sentences`);
  if (answer.gap.types.length > 0) why.push(`none gives ${list(mapped(answer.gap.types, (k) => KIND[k]))}`);
  return `No sentence answers this exactly${why.length > 0 ? ` (${why.join('; ')})` : ''}; closest:`;
}
