/**
 * What a user typed after a dossier's command (or after mentioning the bot): a subcommand or a
 * question. Shared by Slack and the console, so both understand the same words.
 */

import { cleanQuestion } from '../search/query/cleanQuestion.js';
import { SUBCOMMANDS } from './commands.js';
import { flatMap, mapped } from '../lists/loops.js';

export type Request =
  | { kind: 'help' }
  | { kind: 'sources' }
  | { kind: 'digest' }
  | { kind: 'figures'; topic?: string }
  /** `link`: the web address as typed, Slack's `<…|label>` wrapping removed. */
  | { kind: 'add'; link?: string }
  /** `article`: a file name or words of its title. */
  | { kind: 'remove'; article?: string }
  | { kind: 'ask'; query: string }
  | { kind: 'too_long'; length: number };

/** Longer than this is a pasted text, not a question: refused politely rather than searched. */
export const MAX_QUESTION_CHARS = 500;

/** A subcommand by any of its words (commands.ts). */
const BY_WORD = new Map(flatMap(SUBCOMMANDS, (s) => mapped(s.words, (word) => [word, s] as const)));

export function parseRequest(text: string): Request {
  // Refuse a pasted text by what was typed, before cleaning costs anything.
  // Its length as typed: whitespace included, it is what the user sent.
  if (text.length > MAX_QUESTION_CHARS * 4) return { kind: 'too_long', length: text.length };
  const trimmed = cleanQuestion(text);
  // A link is what `add` is about, read from the text as typed: cleaning drops links from questions.
  const link = firstLink(text);
  // A link on its own is an article to add: there is no question in it.
  if (trimmed === '') return link ? { kind: 'add', link } : { kind: 'help' };
  // A subcommand's topic is held to the same limit as a question.
  if (trimmed.length > MAX_QUESTION_CHARS) return { kind: 'too_long', length: trimmed.length };
  const [first = '', ...rest] = trimmed.split(/\s+/u);
  const subcommand = BY_WORD.get(first.toLowerCase());
  if (subcommand?.kind === 'add') return link ? { kind: 'add', link } : rest.length > 0 ? { kind: 'add', link: rest.join(' ') } : { kind: 'add' };
  if (subcommand?.kind === 'remove') return rest.length > 0 ? { kind: 'remove', article: rest.join(' ') } : { kind: 'remove' };
  if (subcommand?.kind === 'figures') return rest.length > 0 ? { kind: subcommand.kind, topic: rest.join(' ') } : { kind: subcommand.kind };
  if (rest.length === 0 && (subcommand?.kind === 'help' || subcommand?.kind === 'sources' || subcommand?.kind === 'digest')) return { kind: subcommand.kind };
  return { kind: 'ask', query: trimmed };
}

/** A link as Slack sends it (`<https://…>`, `<https://…|label>`) or as typed; linear-time patterns. */
const SLACK_LINK = /<(https?:\/\/[^\s<>|]+)(?:\|[^<>]*)?>/iu;
const BARE_LINK = /(?<![\p{L}\p{N}])https?:\/\/[^\s<>]+/iu;

/** Slack escapes `&`, `<` and `>` in what it sends: a link's `?a=1&amp;b=2` is `?a=1&b=2`. */
const unescapeLink = (link: string): string => link.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

function firstLink(text: string): string | undefined {
  const link = SLACK_LINK.exec(text)?.[1] ?? BARE_LINK.exec(text)?.[0].replace(/[.,;:!?)\]'"’”]+$/u, '');
  return link === undefined ? undefined : unescapeLink(link);
}
