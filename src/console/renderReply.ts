/** Reply → readable terminal text: what the console shows where Slack would show blocks. */
import type { Reply } from '../reply/replyTo.js';
import { renderAnswer, PLAIN, type TextStyle } from './renderAnswer.js';
import { figureLines } from '../digest/figureLines.js';
import { figureLineText } from '../figures/describeFigure.js';
import { figureSeries, seriesTable } from '../figures/figureSeries.js';
import { plainCitation } from '../answer/citationFields.js';
import { renderDigest } from './renderDigest.js';
import { usageLines } from '../reply/commands.js';
import { flatMap, mapped } from '../lists/loops.js';

export function renderReply(reply: Reply, style: TextStyle = PLAIN): string {
  const { dossier } = reply;
  switch (reply.kind) {
    case 'answer': {
      const text = renderAnswer(reply.answer, dossier.title, style, reply.offset);
      return reply.answer.results.length === 0 ? `${text}\nTry other words, or ${dossier.command} help.` : text;
    }
    case 'help': {
      const examples = mapped(dossier.examples, (e) => `  ${dossier.command} ${e}`);
      const usages = [
        ...mapped(usageLines(dossier.command), (line) => [line.usage, line.description]),
        ['@bot <question>', 'as a mention in Slack (answered in the thread)'],
        ['more', 'the next sentences of the last answer (console)'],
        ['quit', 'end the console (or Ctrl-D)'],
      ];
      const width = Math.max(...mapped(usages, ([usage]) => (usage ?? '').length)) + 2;
      return [
        reply.reason === 'no-question' ? 'I did not find a question in that. Ask with a few words, in English or Dutch.' : `${dossier.title}${dossier.description ? ` — ${dossier.description}` : ''}`,
        '',
        ...mapped(usages, ([usage, meaning]) => `  ${(usage ?? '').padEnd(width)}${meaning}`),
        '',
        ...(examples.length > 0 ? ['Examples:', ...examples] : []),
      ].join('\n');
    }
    case 'sources':
      return [
        `${dossier.title} — ${reply.sources.length} articles`,
        ...mapped(reply.sources, (s) => `  • ${s.title}${s.titleDerived ? ' (opening words)' : ''} — ${s.source ?? 'source unknown'} · ${s.date ?? 'date unknown'} · ${s.sentences} sentences${s.url ? ` · ${s.url}` : ''}`),
      ].join('\n');
    case 'figures': {
      const lines = figureLines(reply.topics);
      if (lines.length === 0) return reply.asked ? `No figures for “${reply.asked}” in ${dossier.title}.` : `No figures tracked in ${dossier.title}.`;
      return [
        `Figures in ${dossier.title}${reply.asked ? ` — ${reply.asked}` : ''}`,
        ...flatMap(lines, (line) => [
          `  • ${line.label}${line.sourcesDiffer ? `  ⚠ SOURCES DIFFER: ${line.disagreements.join('; ')}` : ''}`,
          ...mapped(line.updates, (update) => `      updated: ${update}`),
          ...flatMap(line.figures, (f) => [`      ${figureLineText(f.description)}`, `        “${f.sentence}” (${plainCitation(f.citation)})`]),
        ]),
        ...flatMap(figureSeries(reply.topics), (series) => [`  How ${series.label} moved:`, ...mapped(seriesTable(series), (row) => `      ${row}`)]),
      ].join('\n');
    }
    case 'digest':
      return reply.digest ? renderDigest(reply.digest) : 'The digest preview is not available here.';
    case 'too_long':
      return `That question is ${reply.length} characters long; please ask in at most ${reply.max}.`;
    case 'editorial':
      // The console knows no editor: changes go through Slack (with a preview and an audit trail) or the ingest tool.
      return reply.action === 'add'
        ? `Articles are added in Slack (${dossier.command} add <link>, by an editor) or here with: npm run ingest -- <link | file> --dossier ${dossier.id}`
        : `Articles are removed in Slack (${dossier.command} remove <article>, by an editor), or by moving the file out of ${dossier.id}/ in the knowledge folder.`;
  }
}
