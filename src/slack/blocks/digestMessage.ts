/** The daily digest as a Slack message, within Block Kit's limits, with fallback text. Pure. */
import { section, context } from './elements.js';
import type { Digest, DossierDigest } from '../../digest/composeDigest.js';
import { figureLines } from '../../digest/figureLines.js';
import { longDate } from '../../time/localTime.js';
import type { KnownBlock } from './blockTypes.js';
import { finishMessage, groupLines, type SlackMessage } from './limits.js';
import { figureSeries, seriesTable } from '../../figures/figureSeries.js';
import { figureMrkdwn } from './figureText.js';
import { citationText, escapeText } from './mrkdwn.js';
import { sourceLines } from './sourceLines.js';
import { flatMap, mapped } from '../../lists/loops.js';

/** New articles listed by name before "… and N more". */
const MAX_NEW_ARTICLES = 25;


function dossierBlocks(part: DossierDigest): KnownBlock[] {
  const { dossier } = part;
  const blocks: KnownBlock[] = [{ type: 'divider' }, section(`*${escapeText(dossier.title)}* — \`${dossier.command}\``)];

  if (part.newArticles.length === 0) blocks.push(section('*New:* nothing new arrived since the last digest.'));
  else {
    const lines = sourceLines(part.newArticles.slice(0, MAX_NEW_ARTICLES));
    if (part.newArticles.length > MAX_NEW_ARTICLES) lines.push(`… and ${part.newArticles.length - MAX_NEW_ARTICLES} more (\`${dossier.command} sources\`)`);
    for (const group of groupLines([`*New since the last digest (${part.newArticles.length}):*`, ...lines])) blocks.push(section(group));
  }

  const figures = figureLines(part.figures);
  if (figures.length > 0) {
    const lines = mapped(figures, (line) => {
      const head = `• *${escapeText(line.label)}*${line.sourcesDiffer ? ` ⚠️ _sources differ: ${escapeText(line.disagreements.join('; '))}_` : ''}`;
      const updates = mapped(line.updates, (u) => `   updated: ${escapeText(u)}`);
      const values = mapped(line.figures, (f) => `   ${figureMrkdwn(f.description)} (${citationText(f.citation)})`);
      return [head, ...updates, ...values].join('\n');
    });
    for (const group of groupLines(['*Figures*', ...lines])) blocks.push(section(group));
  }

  // The table is the fallback; the chart follows in the digest's thread (postDigest.ts).
  for (const series of figureSeries(part.figures)) blocks.push(section(`*How ${escapeText(series.label)} moved* (chart in the thread):\n\`\`\`${escapeText(seriesTable(series).join('\n'))}\`\`\``));

  const asked = mapped(part.mostAsked, (q) => `“${escapeText(q.query)}” (${q.count}×)`).join(' · ');
  const todo = mapped(part.unanswered, (q) => `“${escapeText(q.query)}” (${q.count}×)`).join(' · ');
  if (asked) blocks.push(section(`*Most asked:* ${asked}`));
  if (todo) blocks.push(section(`*No good answer yet* (to do for editors): ${todo}`));
  const stale = mapped(part.staleNotes, (n) => `“${escapeText(n.sentence)}”${n.line === undefined ? '' : ` (line ${n.line})`}`).join(' · ');
  if (stale) blocks.push(section(`*Figure corrections in dossier.yml that match no figure* (to do for editors): ${stale}`));
  return blocks;
}

export function digestMessage(digest: Digest): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: `Dossier digest — ${longDate(digest.date)}` } }];
  for (const part of digest.dossiers) blocks.push(...dossierBlocks(part));
  const commands = mapped(digest.dossiers, (d) => `\`${d.dossier.command} <question>\``).join(', ');
  blocks.push(context(`Ask with ${commands || 'a dossier command'}, mention @Dossier bot in a thread, or send it a direct message. Answers are sentences copied from the articles, with their citations.`));

  const text = [
    `Dossier digest ${digest.date}`,
    ...mapped(digest.dossiers, (d) => {
      const differ = flatMap(d.figures, (t) => mapped(t.groups.filter((g) => g.sourcesDiffer), (g) => (g.group ? `${t.label} (${g.group})` : t.label)));
      return `${d.dossier.title}: ${d.newArticles.length === 0 ? 'nothing new' : `${d.newArticles.length} new article${d.newArticles.length === 1 ? '' : 's'}`}${differ.length ? `; sources differ on ${differ.join(', ')}` : ''}`;
    }),
  ].join('\n');
  return finishMessage({ text, blocks });
}
