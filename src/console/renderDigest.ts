/** The digest as terminal text (`npm run digest -- --dry-run`). */
import type { Digest } from '../digest/composeDigest.js';
import type { FigureNote } from '../knowledge/dossierConfig.js';
import { figureLines } from '../digest/figureLines.js';
import { figureLineText } from '../figures/describeFigure.js';
import { figureSeries, seriesTable } from '../figures/figureSeries.js';
import { plainCitation } from '../answer/citationFields.js';
import { longDate } from '../time/localTime.js';
import { mapped } from '../lists/loops.js';

export const staleNote = (note: FigureNote): string => `“${note.sentence}”${note.line === undefined ? '' : ` (line ${note.line})`}`;

export function renderDigest(digest: Digest): string {
  const out = [`Dossier digest — ${longDate(digest.date)}${digest.since ? ` (since ${digest.since})` : ''}`];
  for (const part of digest.dossiers) {
    out.push('', `${part.dossier.title} (${part.dossier.command})`);
    if (part.newArticles.length === 0) out.push('  New: nothing new arrived since the last digest.');
    else out.push(`  New since the last digest (${part.newArticles.length}):`, ...mapped(part.newArticles, (a) => `    • ${a.title} — ${a.source ?? 'source unknown'} · ${a.date ?? 'date unknown'}`));
    const figures = figureLines(part.figures);
    if (figures.length > 0) {
      out.push('  Figures:');
      for (const line of figures) {
        out.push(`    • ${line.label}${line.sourcesDiffer ? `  ⚠ SOURCES DIFFER: ${line.disagreements.join('; ')}` : ''}`);
        for (const update of line.updates) out.push(`        updated: ${update}`);
        for (const f of line.figures) out.push(`        ${figureLineText(f.description)}`, `          “${f.sentence}” (${plainCitation(f.citation)})`);
      }
    }
    for (const series of figureSeries(part.figures)) out.push(`  How ${series.label} moved:`, ...mapped(seriesTable(series), (row) => `    ${row}`));
    if (part.mostAsked.length > 0) out.push(`  Most asked: ${mapped(part.mostAsked, (q) => `“${q.query}” (${q.count}×)`).join(', ')}`);
    if (part.unanswered.length > 0) out.push(`  No good answer yet (to do for editors): ${mapped(part.unanswered, (q) => `“${q.query}” (${q.count}×)`).join(', ')}`);
    if (part.staleNotes.length > 0) out.push(`  Figure corrections in dossier.yml that match no figure (to do for editors): ${mapped(part.staleNotes, staleNote).join(', ')}`);
  }
  const commands = mapped(digest.dossiers, (d) => `${d.dossier.command} <question>`).join(', ');
  out.push('', `Ask with ${commands || 'a dossier command'}, mention @Dossier bot in a thread, or send it a direct message.`);
  return out.join('\n');
}
