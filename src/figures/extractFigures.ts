/**
 * The figures reporters track, per topic of the dossier (dossier.yml `topics`): a number written
 * before one of the topic's words in the same sentence (`bijna 8.000 mensen zijn gearresteerd`,
 * `minstens dertien leden van het veiligheidsapparaat zijn gedood`), tied to its sentence and
 * citation. When articles give different figures for the same topic and group, they are shown
 * side by side as "sources differ", never reduced to one.
 */
import { citationOf } from '../answer/answer.js';
import type { Citation } from '../answer/types.js';
import type { TopicConfig } from '../knowledge/dossierConfig.js';
import { fold } from '../search/analysis/fold.js';
import type { DossierIndex, SentenceRecord } from '../search/sentenceIndex.js';
import { readNumbers, type NumberMention } from './readNumbers.js';

export interface Figure {
  topic: string;
  group?: string;
  mention: NumberMention;
  /** The sentence verbatim. */
  sentence: string;
  citation: Citation;
}

export interface FigureGroup {
  /** Whose figures these are; undefined when the topic has no groups or none applies. */
  group?: string;
  figures: Figure[];
  /** True when two or more articles give different figures here. */
  sourcesDiffer: boolean;
}

export interface TopicFigures {
  topic: string;
  label: string;
  groups: FigureGroup[];
}

/** Content words from the number to the topic word: `dertien leden van het veiligheidsapparaat zijn gedood` is 3. */
const WINDOW = 6;

/** Sentence words (and word parts, for `CSTO-militairen`) as folded forms, in order. */
function formsOf(record: SentenceRecord): Array<{ form: string; start: number }> {
  return [...record.analysis.words, ...record.analysis.parts].map((t) => ({ form: t.form, start: t.start })).sort((a, b) => a.start - b.start);
}

/**
 * Topic and group words are matched by their written forms, which editors list with their
 * inflections: stems would let `militaire voertuigen` count as `militairen`.
 */
function figuresIn(record: SentenceRecord, topic: TopicConfig, index: DossierIndex): Figure[] {
  const topicForms = new Set(topic.words.map(fold));
  const words = formsOf(record);
  if (!words.some((w) => topicForms.has(w.form))) return [];
  const figures: Figure[] = [];
  for (const mention of readNumbers(record.text)) {
    // The topic word must follow the number closely: "16 doden", "8.000 mensen zijn gearresteerd".
    const after = words.filter((w) => w.start >= mention.numberEnd);
    const at = after.findIndex((w) => topicForms.has(w.form));
    if (at < 0 || at > WINDOW) continue;
    const group = groupOf(topic, words, mention, after[at]?.start ?? mention.end);
    figures.push({ topic: topic.name, ...(group ? { group } : {}), mention, sentence: record.text, citation: citationOf(index, record) });
  }
  return figures;
}

/**
 * Whose figure: a group word between the number and the topic word ("dertien leden van het
 * veiligheidsapparaat zijn gedood"), else the group word nearest to the number in the sentence.
 */
function groupOf(topic: TopicConfig, words: ReadonlyArray<{ form: string; start: number }>, mention: NumberMention, topicAt: number): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const group of topic.groups) {
    const forms = new Set(group.words.map(fold));
    for (const word of words) {
      if (!forms.has(word.form)) continue;
      const between = word.start >= mention.start && word.start <= topicAt;
      const distance = between ? -1 : Math.abs(word.start - mention.start);
      if (!best || distance < best.distance) best = { name: group.name, distance };
    }
  }
  return best?.name;
}

const amount = (f: Figure): number | undefined => f.mention.value ?? f.mention.atLeast;

/** Figures of every topic of the dossier, grouped, with "sources differ" where articles disagree. */
export function extractFigures(index: DossierIndex, topics: readonly TopicConfig[] = index.dossier.topics): TopicFigures[] {
  return topics.map((topic) => {
    const figures = index.sentences.flatMap((record) => figuresIn(record, topic, index));
    const names = [...topic.groups.map((g) => g.name), undefined];
    const groups = names
      .map((name): FigureGroup => {
        const inGroup = figures.filter((f) => f.group === name);
        const byArticle = new Map<string, Set<number | undefined>>();
        for (const f of inGroup) byArticle.set(f.citation.articleId, (byArticle.get(f.citation.articleId) ?? new Set()).add(amount(f)));
        const sets = [...byArticle.values()].map((s) => [...s].sort().join(','));
        return { ...(name ? { group: name } : {}), figures: inGroup, sourcesDiffer: byArticle.size > 1 && new Set(sets).size > 1 };
      })
      .filter((g) => g.figures.length > 0);
    return { topic: topic.name, label: topic.label, groups };
  });
}
