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
  if (text.length > MAX_QUESTION_CHARS * 4) return { kind: 'too_long', length: text.trim().length };
  const trimmed = cleanQuestion(text);
  if (trimmed === '') return { kind: 'help' };
  const [first = '', ...rest] = trimmed.split(/\s+/u);
  const subcommand = BY_WORD.get(first.toLowerCase());
  if (subcommand?.kind === 'figures') return rest.length > 0 ? { kind: 'figures', topic: rest.join(' ') } : { kind: 'figures' };
  if (rest.length === 0 && (subcommand?.kind === 'help' || subcommand?.kind === 'sources' || subcommand?.kind === 'digest')) return { kind: subcommand.kind };
  if (trimmed.length > MAX_QUESTION_CHARS) return { kind: 'too_long', length: trimmed.length };
  return { kind: 'ask', query: trimmed };
}
