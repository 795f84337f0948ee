/** Removes the bot's own mention (`<@U123>`) from a message; other text stays as written. */
export function stripMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'gu') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/u;
  return text.replace(mention, ' ').replace(/\s+/gu, ' ').trim();
}
