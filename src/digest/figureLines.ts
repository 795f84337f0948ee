/**
 * Figures as lines of text, shared by the Slack and terminal digests: per topic and group, each
 * figure with where it comes from; differing sources side by side, never reduced to one.
 */
import type { Citation } from '../answer/types.js';
import type { FigureGroup, TopicFigures } from '../figures/extractFigures.js';

export interface FigureLine {
  /** `Doden — security forces`. */
  label: string;
  sourcesDiffer: boolean;
  figures: Array<{ text: string; sentence: string; citation: Citation }>;
}

export function figureLines(topics: readonly TopicFigures[]): FigureLine[] {
  return topics.flatMap((topic) =>
    topic.groups.map((group: FigureGroup) => ({
      label: group.group ? `${topic.label} — ${group.group}` : topic.label,
      sourcesDiffer: group.sourcesDiffer,
      figures: group.figures.map((f) => ({ text: f.mention.text, sentence: f.sentence, citation: f.citation })),
    })),
  );
}

