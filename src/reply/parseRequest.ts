/**
 * What a user typed after a dossier's command (or after mentioning the bot): a subcommand or a
 * question. Shared by Slack and the console, so both understand the same words.
 */

import { cleanQuestion } from '../search/query/cleanQuestion.js';

export type Request =
  | { kind: 'help' }
  | { kind: 'sources' }
  | { kind: 'digest' }
  | { kind: 'figures'; topic?: string }
  | { kind: 'ask'; query: string }
  | { kind: 'too_long'; length: number };

/** Longer than this is a pasted text, not a question: refused politely rather than searched. */
export const MAX_QUESTION_CHARS = 500;

const HELP = new Set(['', 'help', 'hulp', '?', 'uitleg', 'usage']);
const SOURCES = new Set(['sources', 'bronnen', 'artikelen', 'articles']);

export function parseRequest(text: string): Request {
  // Refuse a pasted text by what was typed, before cleaning costs anything.
  if (text.length > MAX_QUESTION_CHARS * 4) return { kind: 'too_long', length: text.trim().length };
  const trimmed = cleanQuestion(text);
  const word = trimmed.toLowerCase();
  if (HELP.has(word)) return { kind: 'help' };
  if (SOURCES.has(word)) return { kind: 'sources' };
  if (word === 'digest') return { kind: 'digest' };
  const figures = /^(?:figures|cijfers)(?:\s+(.+))?$/iu.exec(trimmed);
  if (figures) return figures[1] ? { kind: 'figures', topic: figures[1].trim() } : { kind: 'figures' };
  if (trimmed.length > MAX_QUESTION_CHARS) return { kind: 'too_long', length: trimmed.length };
  return { kind: 'ask', query: trimmed };
}
