/** The dossier's articles, one mrkdwn line each: for `/… sources` and the digest's "new articles". */
import type { SourceSummary } from '../../reply/replyTo.js';
import { escapeText, linkTarget } from './mrkdwn.js';
import { mapped } from '../../lists/loops.js';

export function sourceLines(sources: readonly SourceSummary[]): string[] {
  return mapped(sources, (s) => {
    const title = s.url ? `<${linkTarget(s.url)}|${escapeText(s.title)}>` : escapeText(s.title);
    return `• *${title}*${s.titleDerived ? ' (opening words)' : ''} — ${escapeText(s.source ?? 'source unknown')} · ${escapeText(s.date ?? 'date unknown')} · ${s.sentences} sentences`;
  });
}
