/**
 * Slack mrkdwn helpers. Everything echoed — the user's question, article text, titles — is escaped
 * so `<!channel>`, `<!here>` or `<@U…>` can never notify anyone and `&`, `<`, `>` show as typed.
 */
import type { AnswerResult, Citation } from '../../answer/types.js';
import { citationFields } from '../../answer/citationFields.js';
import { mapped } from '../../lists/loops.js';

export function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** The sentence with its matched words in bold; the words themselves unchanged. */
export function highlightedSentence(result: AnswerResult): string {
  let out = '';
  let at = 0;
  for (const [start, end] of result.highlights) {
    out += `${escapeText(result.text.slice(at, start))}*${escapeText(result.text.slice(start, end))}*`;
    at = end;
  }
  return out + escapeText(result.text.slice(at));
}

/** `Label · source · date · ¶n`, with a link when the article has a URL. */
export function citationText(citation: Citation): string {
  const parts = mapped(citationFields(citation, { markDerived: true }), escapeText);
  if (citation.url) parts.push(`<${linkTarget(citation.url)}|open article>`);
  return parts.join(' · ');
}

/** A URL as the target of a mrkdwn link: escaped, and a `|` encoded, since `|` starts the label. */
export function linkTarget(url: string): string {
  return escapeText(url).replace(/\|/gu, '%7C');
}
