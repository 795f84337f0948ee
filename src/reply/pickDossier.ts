/**
 * Which dossier a free-form message is for. Mentions, DMs and the console have no slash command,
 * so a message may start with one (`/kazakhstan troops`, `kazakhstan troops`); otherwise the
 * first dossier answers.
 */
import type { Library } from '../answer/library.js';
import type { DossierIndex } from '../search/sentenceIndex.js';

export function pickDossier(library: Library, text: string): { index: DossierIndex | undefined; text: string } {
  const match = /^\/?([\p{L}\p{N}_-]+)(?:\s+([\s\S]*))?$/u.exec(text.trim());
  const named = match?.[1] ? library.byCommand(match[1]) ?? library.byId(match[1].toLowerCase()) : undefined;
  if (named) return { index: named, text: match?.[2] ?? '' };
  return { index: library.dossiers[0], text: text.trim() };
}

/** Removes the bot's own mention (`<@U123>`) from a message; other text stays as written. */
export function stripMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'gu') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/u;
  return text.replace(mention, ' ').replace(/\s+/gu, ' ').trim();
}
