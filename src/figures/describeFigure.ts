/**
 * What a figure line says, in one wording for every surface (digest, `/… figures`, console):
 *
 *   164 doden — De autoriteiten, op sociale media · afgelopen weekeinde (8–9 Jan 2022) · RETRACTED: “trokken die informatie later in”
 *
 * the figure with what it counts, who says so (or "no source named"), when, and every reason not
 * to print it as a plain fact: withdrawn, corrected, hedged, a single event. Plain text; surfaces
 * add their own markup. Pure.
 */
import type { Figure } from './extractFigures.js';
import type { Moment } from './moment.js';
import type { Withdrawal } from './provenance.js';

export interface FigureDescription {
  /** The figure with what it counts, verbatim ("bijna 8.000 mensen"). */
  value: string;
  /** Who says so: the claimant and channel in the article's words, or that it names none. */
  source: string;
  /** When, in the article's words, with the dates they stand for. */
  when: string;
  /** Reasons not to print it as a plain fact, most serious first. */
  warnings: string[];
  /** The desk's own words about it (dossier.yml). */
  desk: string[];
}

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const asDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** "8 Jan 2022", or "8–9 Jan 2022" for a span. */
export function dateSpan(from: string, to: string = from): string {
  if (from === to) return SHORT.format(asDate(from));
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  return sameMonth ? `${Number(from.slice(8, 10))}–${SHORT.format(asDate(to))}` : `${DAY_MONTH.format(asDate(from))} – ${SHORT.format(asDate(to))}`;
}

function whenOf(moment: Moment, articleDate: string | null): string {
  if (moment.basis === 'sentence' && moment.from) return `${moment.text} (${dateSpan(moment.from, moment.to)})`;
  if (moment.text) return `${moment.text} (${articleDate ? `article of ${articleDate}` : 'article undated'})`;
  if (moment.from) return `as of ${dateSpan(moment.from)} (article date)`;
  return articleDate ? `article of ${articleDate}` : 'date unknown';
}

/** Why a figure is not a plain fact, in the article's words: one wording for figure lines and answers. */
export const withdrawalWarning = (withdrawal: Withdrawal): string => `${withdrawal.kind === 'retracted' ? 'RETRACTED' : 'CORRECTED since'}: “${withdrawal.text}”`;
export const hedgeWarning = (hedge: string): string => `hedged: “${hedge}”`;

export function describeFigure(figure: Figure): FigureDescription {
  const { provenance } = figure;
  const warnings: string[] = [];
  // A correction's new value stands: only what was withdrawn carries the withdrawal.
  if (figure.status !== 'stands' && provenance.withdrawal) warnings.push(withdrawalWarning(provenance.withdrawal));
  if (figure.event) warnings.push(`a single event (“${figure.event}”), not a toll`);
  if (provenance.hedge) warnings.push(hedgeWarning(provenance.hedge));
  const desk: string[] = [];
  if (figure.desk?.pinned) desk.push('pinned by the desk');
  if (figure.desk?.label) desk.push(`desk: ${figure.desk.label}`);
  if (figure.desk?.note) desk.push(`desk note: ${figure.desk.note}`);
  const unnamed = `no source named${provenance.nearby ? ` (the sentence before cites ${provenance.nearby})` : ''}`;
  const source = provenance.claimant ? [provenance.claimant, provenance.channel].filter(Boolean).join(', ') : [unnamed, provenance.channel].filter(Boolean).join(', ');
  return { value: figure.text, source, when: whenOf(figure.moment, figure.citation.date), warnings, desk };
}

/** The description as one line of plain text. */
export function figureLineText(d: FigureDescription): string {
  return [`${d.value} — ${d.source}`, d.when, ...d.warnings, ...d.desk].join(' · ');
}
