/**
 * How a measure moved: the dated figures of one measure and group that stand and count it (no
 * single events, nothing withdrawn), by source. Only a measure with two or more dated values has a
 * series; undated figures are never placed on a time line. Pure.
 */
import type { TopicFigures } from './extractFigures.js';
import { dateSpan } from './describeFigure.js';
import { mapped } from '../lists/loops.js';

export interface SeriesPoint {
  /** `YYYY-MM-DD`: the day the figure is for. */
  date: string;
  /** The value plotted: the figure's value, or the least an indefinite amount means. */
  value: number;
  /** Who gives it: the claimant, else the article's source, else "no source named". */
  source: string;
  /** The figure as written ("ruim 10.000 mensen"). */
  text: string;
}

export interface FigureSeries {
  /** "Arrestaties", "Doden — security forces". */
  label: string;
  points: SeriesPoint[];
}

export function figureSeries(topics: readonly TopicFigures[]): FigureSeries[] {
  const series: FigureSeries[] = [];
  for (const topic of topics) {
    for (const group of topic.groups) {
      const points = mapped(group.figures
        .filter((f) => f.status === 'stands' && !f.event && f.moment.from !== undefined && (f.mention.value ?? f.mention.atLeast) !== undefined), (f): SeriesPoint => ({
          date: f.moment.from as string,
          value: (f.mention.value ?? f.mention.atLeast) as number,
          source: f.provenance.claimant ?? f.citation.source ?? 'no source named',
          text: f.text,
        }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
      if (points.length >= 2) series.push({ label: group.group ? `${topic.label} — ${group.group}` : topic.label, points });
    }
  }
  return series;
}

/** A series as a text table: the console's view, and the fallback where no image can be shown. */
export function seriesTable(series: FigureSeries): string[] {
  const width = Math.max(...mapped(series.points, (p) => dateSpan(p.date).length));
  const valueWidth = Math.max(...mapped(series.points, (p) => p.text.length));
  return mapped(series.points, (p) => `${dateSpan(p.date).padEnd(width)}  ${p.text.padEnd(valueWidth)}  ${p.source}`);
}
