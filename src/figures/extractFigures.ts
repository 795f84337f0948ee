/**
 * The figures reporters track, per measure of the dossier (dossier.yml `topics`), each with what
 * an editor needs before publishing it:
 *
 * - what it counts: the noun right after the number ("bijna 8.000 mensen zijn gearresteerd" counts
 *   arrests; "ruim 900 strafzaken tegen mensen die zijn opgepakt" counts criminal cases, not arrests);
 * - whose figure (the measure's groups: security forces, population, …);
 * - who says so and how firmly (provenance.ts), when (moment.ts), whether it was withdrawn;
 * - whether it is a single event ("drie officieren werden dood aangetroffen"), which is no toll;
 * - the desk's corrections from dossier.yml (`figures:`), found by a verbatim piece of the sentence.
 *
 * Figures of one measure and group are compared like with like (compareFigures.ts). Pure over
 * the index.
 */
import { citationOf } from '../answer/answer.js';
import type { Citation } from '../answer/types.js';
import type { FigureNote, TopicConfig } from '../knowledge/dossierConfig.js';
import type { Term } from '../search/analysis/analyzeText.js';
import { fold } from '../search/analysis/fold.js';
import { looksAttributive } from '../text/dutchAdjectives.js';
import { paragraphNeighbours, type DossierIndex, type SentenceRecord } from '../search/sentenceIndex.js';
import { compareFigures } from './compareFigures.js';
import { momentOf, type Moment } from './moment.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { readNumbers, type NumberMention } from './readNumbers.js';
import { flatMap, mapped } from '../lists/loops.js';
import { kept } from '../lists/remembered.js';

export type FigureStatus = 'stands' | 'retracted' | 'superseded';

export interface Figure {
  topic: string;
  group?: string;
  mention: NumberMention;
  /** The figure with what it counts, verbatim: "bijna 8.000 mensen", "164 doden". */
  text: string;
  /** The sentence verbatim. */
  sentence: string;
  citation: Citation;
  provenance: Provenance;
  moment: Moment;
  /** The words that make it a single event rather than a count for the measure ("dood aangetroffen"). */
  event?: string;
  /** `retracted`: withdrawn by whoever gave it; `superseded`: the old value of a correction. */
  status: FigureStatus;
  /** The desk's correction (dossier.yml). */
  desk?: { pinned: boolean; label?: string; note?: string };
}

export interface FigureGroup {
  /** Whose figures these are; undefined when the topic has no groups or none applies. */
  group?: string;
  /** Pinned first, then standing figures by date, then events, then withdrawn ones. */
  figures: Figure[];
  /** True when two sources give counts that cannot both be true for the same period. */
  sourcesDiffer: boolean;
  disagreements: Array<[Figure, Figure]>;
  /** Later figures of the same claimant: "16 → 26". */
  updates: Array<{ from: Figure; to: Figure }>;
}

export interface TopicFigures {
  topic: string;
  label: string;
  groups: FigureGroup[];
}

/** Figures of one measure and group compared pairwise, at most. */
const MAX_COMPARED = 300;
/** Content words from the counted noun to the measure's word: `dertien leden van het veiligheidsapparaat zijn gedood` is 3. */
const WINDOW = 6;
/** Nouns that count people in general: the measure's word may follow ("8.000 mensen zijn gearresteerd"). */
const PEOPLE = new Set(['mensen', 'personen', 'leden', 'man', 'vrouwen', 'mannen', 'kinderen', 'people', 'persons', 'members']);
/** A single event, not a toll: "werden dood aangetroffen", "pleegde zelfmoord", "overleed aan". */
const EVENT = /\b(?:(?:dood|levenloos)\s+(?:aangetroffen|gevonden)|pleegde(?:n)?\s+zelfmoord|overle(?:ed|den)\s+aan|found\s+dead|committed\s+suicide)\b/iu;
/** A figure right after these words is the new value of a correction ("gecorrigeerd naar 225"). */
const NEW_VALUE = /\b(?:naar|tot|op)\s+$/iu;

/** Sentence words (and word parts, for `CSTO-militairen`) as folded forms, in order. */
function wordsOf(record: SentenceRecord): Term[] {
  return [...record.analysis.words, ...record.analysis.parts].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Which measure word a figure counts: the first noun after the number is what it counts; when that
 * is a measure word it is the measure, when it is people or a group the measure word may follow.
 * Returns the measure word and the counted noun, or undefined when the figure counts something else.
 */
function countedMeasure(after: readonly Term[], topicForms: ReadonlySet<string>, groupForms: ReadonlySet<string>): { noun: Term; measure: Term } | undefined {
  let i = 0;
  while (i + 1 < after.length && looksAttributive(after[i]?.form ?? '') && !topicForms.has(after[i]?.form ?? '') && !groupForms.has(after[i]?.form ?? '')) i++;
  const noun = after[i];
  if (!noun) return undefined;
  if (topicForms.has(noun.form)) return { noun, measure: noun };
  if (!PEOPLE.has(noun.form) && !groupForms.has(noun.form)) return undefined;
  const at = after.findIndex((w, k) => k > i && k - i <= WINDOW && topicForms.has(w.form));
  return at < 0 ? undefined : { noun, measure: after[at] as Term };
}

function figuresIn(record: SentenceRecord, topic: TopicConfig, index: DossierIndex, facts: () => SentenceFacts): Figure[] {
  const topicForms = new Set(mapped(topic.words, fold));
  const words = wordsOf(record);
  if (!words.some((w) => topicForms.has(w.form))) return [];
  const groupForms = new Set(flatMap(topic.groups, (g) => mapped(g.words, fold)));
  const figures: Figure[] = [];
  for (const mention of readNumbers(record.text)) {
    const after = words.filter((w) => w.start >= mention.numberEnd);
    const counted = countedMeasure(after, topicForms, groupForms);
    if (!counted) continue;
    const group = groupOf(topic, words, mention, counted.measure.start);
    const { provenance, moment, event } = facts();
    const status: FigureStatus = provenance.withdrawal?.kind === 'retracted'
      ? 'retracted'
      : provenance.withdrawal?.kind === 'corrected' && !NEW_VALUE.test(record.text.slice(0, mention.start))
        ? 'superseded'
        : 'stands';
    figures.push({
      topic: topic.name,
      ...(group ? { group } : {}),
      mention,
      text: quoteClosed(record.text, mention.start, Math.max(mention.end, counted.noun.end)),
      sentence: record.text,
      citation: citationOf(index, record),
      provenance,
      moment,
      ...(event ? { event } : {}),
      status,
    });
  }
  return figures;
}

/** The slice, with the closing quote of a quote it opens ("tientallen ‘relschoppers’"). */
function quoteClosed(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  const opened = (slice.match(/[‘“]/gu) ?? []).length - (slice.match(/[’”]/gu) ?? []).length;
  return opened > 0 && /^[’”]/u.test(text.slice(end)) ? text.slice(start, end + 1) : slice;
}

interface SentenceFacts {
  provenance: Provenance;
  moment: Moment;
  event?: string;
}

/**
 * Whose figure: a group word between the number and the measure word ("dertien leden van het
 * veiligheidsapparaat zijn gedood"), else the group word nearest to the number in the sentence.
 */
function groupOf(topic: TopicConfig, words: readonly Term[], mention: NumberMention, topicAt: number): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const group of topic.groups) {
    const forms = new Set(mapped(group.words, fold));
    for (const word of words) {
      if (!forms.has(word.form)) continue;
      const between = word.start >= mention.start && word.start <= topicAt;
      const distance = between ? -1 : Math.abs(word.start - mention.start);
      if (!best || distance < best.distance) best = { name: group.name, distance };
    }
  }
  return best?.name;
}

/** Whether a desk note is about this figure: its sentence piece, and its figure when it names one. */
export function noteMatches(note: FigureNote, figure: Pick<Figure, 'sentence' | 'mention'>): boolean {
  if (!figure.sentence.includes(note.sentence)) return false;
  return note.figure === undefined || fold(figure.mention.text).includes(fold(note.figure));
}

/** The desk's corrections: hidden figures go, moved ones change measure or group, the rest are marked. */
function applyNotes(figures: Figure[], notes: readonly FigureNote[], topics: readonly TopicConfig[]): Figure[] {
  const kept: Figure[] = [];
  for (const figure of figures) {
    const mine = notes.filter((n) => noteMatches(n, figure));
    if (mine.some((n) => n.hide)) continue;
    let moved = figure;
    for (const note of mine) {
      const topic = note.topic ? topics.find((t) => t.name === note.topic) : undefined;
      if (topic) moved = { ...moved, topic: topic.name };
      if (note.group) moved = { ...moved, group: note.group };
    }
    if (mine.length > 0) {
      const label = mine.find((n) => n.label)?.label;
      const note = mapped(mine, (n) => n.note).filter(Boolean).join(' ');
      moved = { ...moved, desk: { pinned: mine.some((n) => n.pin), ...(label ? { label } : {}), ...(note ? { note } : {}) } };
    }
    kept.push(moved);
  }
  return kept;
}

const order = (f: Figure): number => (f.desk?.pinned ? 0 : f.status !== 'stands' ? 3 : f.event ? 2 : 1);

function byStanding(a: Figure, b: Figure): number {
  return order(a) - order(b) || (a.moment.from ?? '9999').localeCompare(b.moment.from ?? '9999') || a.citation.articleId.localeCompare(b.citation.articleId) || a.mention.start - b.mention.start;
}

function groupFigures(name: string | undefined, figures: Figure[]): FigureGroup {
  const sorted = [...figures].sort(byStanding);
  // Compared: what stands and counts the measure; a pinned figure is the desk's own and compared too.
  const comparable = mapped(sorted.filter((f) => f.status === 'stands' && !f.event), (f) => ({
    figure: f,
    ...(f.mention.value === undefined ? {} : { value: f.mention.value }),
    ...(f.mention.atLeast === undefined ? {} : { atLeast: f.mention.atLeast }),
    ...(f.mention.qualifier ? { qualifier: f.mention.qualifier } : {}),
    ...(f.provenance.claimant ? { claimant: f.provenance.claimant } : {}),
    articleId: f.citation.articleId,
    ...(f.moment.from ? { from: f.moment.from, to: f.moment.to ?? f.moment.from } : {}),
  }));
  // Pairs grow with the square: a measure with thousands of figures (a pasted table) compares its first few hundred.
  const { disagreements, updates } = compareFigures(comparable.slice(0, MAX_COMPARED));
  return {
    ...(name ? { group: name } : {}),
    figures: sorted,
    sourcesDiffer: disagreements.length > 0,
    disagreements: mapped(disagreements, ([a, b]) => [a.figure, b.figure]),
    updates: mapped(updates, (u) => ({ from: u.from.figure, to: u.to.figure })),
  };
}

/**
 * An index never changes once built: its figures are worked out once (the `/… figures` reply, its
 * chart and the digest all ask), and freed with the index when a reload replaces it.
 */
const extracted = new WeakMap<DossierIndex, TopicFigures[]>();

/** Figures of every measure of the dossier, grouped, compared like with like, with the desk's corrections. */
export function extractFigures(index: DossierIndex, topics: readonly TopicConfig[] = index.dossier.topics): TopicFigures[] {
  if (topics !== index.dossier.topics) return extractNow(index, topics);
  return kept(extracted, index, () => extractNow(index, topics));
}

function extractNow(index: DossierIndex, topics: readonly TopicConfig[]): TopicFigures[] {
  const cache = new Map<number, SentenceFacts>();
  const factsOf = (record: SentenceRecord) => (): SentenceFacts => {
    let facts = cache.get(record.id);
    if (!facts) {
      const event = EVENT.exec(record.text)?.[0];
      facts = {
        provenance: provenanceOf(record.text, paragraphNeighbours(index, record)),
        moment: momentOf(record.text, index.articles.get(record.articleId)?.date),
        ...(event ? { event } : {}),
      };
      cache.set(record.id, facts);
    }
    return facts;
  };
  const found = flatMap(topics, (topic) => flatMap(index.sentences, (record) => figuresIn(record, topic, index, factsOf(record))));
  const figures = applyNotes(found, index.dossier.figureNotes ?? [], topics);
  return mapped(topics, (topic) => {
    const own = figures.filter((f) => f.topic === topic.name);
    const names = [...new Set([...mapped(topic.groups, (g) => g.name), ...flatMap(own, (f) => (f.group ? [f.group] : []))]), undefined];
    const groups = mapped(names, (name) => groupFigures(name, own.filter((f) => f.group === name))).filter((g) => g.figures.length > 0);
    return { topic: topic.name, label: topic.label, groups };
  });
}

/** Desk corrections that match no figure (a sentence edited away, a typo in dossier.yml). */
export function unmatchedNotes(index: DossierIndex): FigureNote[] {
  const topics = index.dossier.topics;
  const all = flatMap(topics, (topic) => flatMap(index.sentences, (record) => figuresIn(record, topic, index, () => ({ provenance: {}, moment: { basis: 'unknown' } }))));
  return (index.dossier.figureNotes ?? []).filter((note) => !all.some((f) => noteMatches(note, f)) || (note.topic !== undefined && !topics.some((t) => t.name === note.topic)));
}
