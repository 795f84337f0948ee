/**
 * What a user typed after a dossier's command (or after mentioning the bot): a subcommand or a
 * question. Shared by Slack and the console, so both understand the same words.
 */

import { cleanQuestion } from '../search/query/cleanQuestion.js';
import { SUBCOMMANDS } from './commands.js';

export type Request =
  | { kind: 'help' }
  | { kind: 'sources' }
  | { kind: 'digest' }
  | { kind: 'figures'; topic?: string }
  | { kind: 'ask'; query: string }
  | { kind: 'too_long'; length: number };

/** Longer than this is a pasted text, not a question: refused politely rather than searched. */
export const MAX_QUESTION_CHARS = 500;

/** A subcommand by any of its words (commands.ts). */
const BY_WORD = new Map(SUBCOMMANDS.flatMap((s) => s.words.map((word) => [word, s] as const)));

export function parseRequest(text: string): Request {
  // Refuse a pasted text by what was typed, before cleaning costs anything.
  // Its length as typed: whitespace included, it is what the user sent.
  if (text.length > MAX_QUESTION_CHARS * 4) return { kind: 'too_long', length: text.length };
  const trimmed = cleanQuestion(text);
  if (trimmed === '') return { kind: 'help' };
  // A subcommand's topic is held to the same limit as a question.
  if (trimmed.length > MAX_QUESTION_CHARS) return { kind: 'too_long', length: trimmed.length };
  const [first = '', ...rest] = trimmed.split(/\s+/u);
  const subcommand = BY_WORD.get(first.toLowerCase());
  if (subcommand?.takesTopic) return rest.length > 0 ? { kind: subcommand.kind, topic: rest.join(' ') } : { kind: subcommand.kind };
  if (rest.length === 0 && (subcommand?.kind === 'help' || subcommand?.kind === 'sources' || subcommand?.kind === 'digest')) return { kind: subcommand.kind };
  return { kind: 'ask', query: trimmed };
}
