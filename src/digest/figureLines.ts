/**
 * Figures as lines, shared by the Slack and terminal digests and `/… figures`: per measure and
 * group, each figure described the same way everywhere (describeFigure.ts), where sources differ
 * which figures disagree, and how a claimant's figure moved. Pure.
 */
import type { Citation } from '../answer/types.js';
import { dateSpan, describeFigure, type FigureDescription } from '../figures/describeFigure.js';
import { MAX_PAIRS } from '../figures/compareFigures.js';
import type { Figure, FigureGroup, TopicFigures } from '../figures/extractFigures.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface FigureLine {
  /** `Doden — security forces`. */
  label: string;
  sourcesDiffer: boolean;
  /** "16 doden ≠ bijna 8 doden": pairs that cannot both be true for the same period. */
  disagreements: string[];
  /** "16 doden (7 Jan 2022) → 26 doden (10 Jan 2022), de politie". */
  updates: string[];
  figures: Array<{ description: FigureDescription; sentence: string; citation: Citation; standing: boolean }>;
}

/** Pairs listed by name before "and N more". */
const SHOWN = 3;
const shown = (pairs: string[]): string[] => (pairs.length <= SHOWN ? pairs : [...pairs.slice(0, SHOWN), `and ${pairs.length - SHOWN}${pairs.length >= MAX_PAIRS ? '+' : ''} more`]);

const when = (f: Figure): string => (f.moment.from ? ` (${dateSpan(f.moment.from, f.moment.to)})` : '');

export function figureLines(topics: readonly TopicFigures[]): FigureLine[] {
  return flatMap(topics, (topic) =>
    mapped(topic.groups, (group: FigureGroup) => ({
      label: group.group ? `${topic.label} — ${group.group}` : topic.label,
      sourcesDiffer: group.sourcesDiffer,
      disagreements: shown(mapped(group.disagreements, ([a, b]) => `${a.text} ≠ ${b.text}`)),
      updates: mapped(group.updates, ({ from, to }) => `${from.text}${when(from)} → ${to.text}${when(to)}, ${to.provenance.claimant ?? ''}`.replace(/, $/u, '')),
      figures: mapped(group.figures, (f) => ({ description: describeFigure(f), sentence: f.sentence, citation: f.citation, standing: f.status === 'stands' && !f.event })),
    })),
  );
}
