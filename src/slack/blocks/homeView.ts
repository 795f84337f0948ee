/** The App Home tab: the dossiers, their articles and last update, and how to ask. Pure. */
import type { DossierIndex } from '../../search/sentenceIndex.js';
import { summarizeSources } from '../../reply/replyTo.js';
import type { HomeView, KnownBlock } from './blockTypes.js';
import { fitBlock, groupLines, MAX_BLOCKS } from './limits.js';
import { escapeText } from './mrkdwn.js';
import { usageLines } from '../../reply/commands.js';
import { sourceLines } from './sourceLines.js';
import { mapped } from '../../lists/loops.js';

/** The most recent known article date of a dossier, or undefined when no date is known. */
export function lastUpdate(index: DossierIndex): string | undefined {
  return mapped(index.dossier.articles, (a) => a.date).filter((d): d is string => d !== undefined).sort().at(-1);
}

export function homeView(dossiers: readonly DossierIndex[]): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Dossier bot' } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Ask a dossier a question in English or Dutch and get the best matching sentences *verbatim*, each with its article, source, date and paragraph. Nothing is generated or paraphrased.',
      },
    },
  ];
  if (dossiers.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '_No dossiers are loaded yet._' } });
  for (const index of dossiers) {
    const { dossier } = index;
    const updated = lastUpdate(index);
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeText(dossier.title)}* — \`${dossier.command}\`\n${dossier.articles.length} articles, ${index.sentences.length} sentences · last update ${escapeText(updated ?? 'unknown')}${dossier.description ? `\n${escapeText(dossier.description)}` : ''}`,
      },
    });
    for (const group of groupLines(sourceLines(summarizeSources(dossier)))) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: group } });
    if (dossier.examples.length > 0) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Try: ${mapped(dossier.examples, (e) => `\`${dossier.command} ${escapeText(e)}\``).join(' · ')}` }] });
    }
  }
  blocks.push({ type: 'divider' });
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: [
        '*How to ask*',
        ...mapped(usageLines('/<dossier>'), (line) => `• \`${escapeText(line.usage)}\` — ${escapeText(line.description)}${line.kind === 'ask' ? '; only you see it, *Share in channel* posts it' : ''}`),
        '• Mention me in a channel for an answer in the thread, or send me a direct message.',
      ].join('\n'),
    },
  });
  // A dossier.yml's description and examples have no length limit of their own: Slack's apply here.
  const fitted = mapped(blocks, fitBlock);
  return { type: 'home', blocks: fitted.length <= MAX_BLOCKS ? fitted : [...fitted.slice(0, MAX_BLOCKS - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '… more dossiers than fit here; use `/<dossier> sources`.' }] }] };
}
