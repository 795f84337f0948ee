/** An answer as readable terminal text: each sentence verbatim, then its citation. */
import type { Answer, AnswerResult, Citation } from '../answer/types.js';
import { citationFields } from '../answer/citationFields.js';
import { gapNote } from '../answer/gapNote.js';

export interface TextStyle {
  /** Wraps matched words, e.g. ANSI bold on a terminal; identity for plain text. */
  strong: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN: TextStyle = { strong: (t) => t, dim: (t) => t };
export const ANSI: TextStyle = { strong: (t) => `\u001b[1m${t}\u001b[22m`, dim: (t) => `\u001b[2m${t}\u001b[22m` };

/** `label · source · date · ¶n`, saying plainly what the newsroom did not give. */
export function citationLine(citation: Citation): string {
  return [...citationFields(citation, { markDerived: true }), ...(citation.url ? [citation.url] : [])].join(' · ');
}

export function highlighted(result: AnswerResult, style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const [start, end] of result.highlights) {
    out += result.text.slice(at, start) + style.strong(result.text.slice(start, end));
    at = end;
  }
  return out + result.text.slice(at);
}

/** `offset`: results before this page ("more"), so numbering goes on where the last page ended. */
export function renderAnswer(answer: Answer, dossierTitle: string, style: TextStyle = PLAIN, offset = 0): string {
  const notes: string[] = [];
  if (answer.unmatched.length > 0) notes.push(`Not in this dossier: ${answer.unmatched.join(', ')}.`);
  if (answer.suggestions.length > 0) notes.push(`Did you mean: ${answer.suggestions.join(', ')}?`);
  if (answer.results.length === 0) {
    return [`No sentence in “${dossierTitle}” answers “${answer.query}”.`, ...notes].join('\n');
  }
  const shown = answer.results.length;
  const lines = [`${answer.query} — ${shown} sentence${shown === 1 ? '' : 's'} from “${dossierTitle}”${answer.more > 0 ? ` (${answer.more} more)` : ''}`, ''];
  const gap = gapNote(answer);
  if (gap) lines.push(gap, '');
  answer.results.forEach((result, i) => {
    lines.push(`${offset + i + 1}. ${result.match === 'partial' ? style.dim('(related) ') : ''}${highlighted(result, style)}`);
    for (const caveat of result.caveats) lines.push(`   ⚠ ${caveat}`);
    lines.push(`   ${style.dim(`— ${citationLine(result.citation)}`)}`);
  });
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
}
