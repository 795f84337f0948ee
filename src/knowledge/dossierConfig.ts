/**
 * A dossier's `dossier.yml`: its slash command, title and language. A missing or broken file is
 * reported and the dossier still serves under defaults derived from its folder name.
 */
import { LineCounter, parseDocument } from 'yaml';
import { lineOfKey, refuseBeforeParsing, valuesOf } from './yamlLines.js';
import { mapped } from '../lists/loops.js';

/** A figure the digest tracks: sentences with one of `words` and a number before it. */
export interface TopicConfig {
  name: string;
  label: string;
  words: string[];
  /** Whose figure it is (`security forces`: [veiligheidsdiensten, agenten]), so like is compared with like. */
  groups: Array<{ name: string; words: string[] }>;
}

/**
 * The desk's correction of one figure, found by a verbatim piece of its sentence (so it survives
 * re-ingest and reloads): hide it, pin it as the desk's figure, rename it, move it to another
 * measure or group, or add a note.
 */
export interface FigureNote {
  /** A verbatim piece of the figure's sentence. */
  sentence: string;
  /** Which figure of the sentence, as written ("164", "bijna 8.000"); all of them when absent. */
  figure?: string;
  hide?: boolean;
  pin?: boolean;
  label?: string;
  topic?: string;
  group?: string;
  note?: string;
  /** Line in dossier.yml, for messages. */
  line?: number;
}

export interface DossierConfig {
  /** Slash command including the slash, e.g. `/kazakhstan`. */
  command: string;
  title: string;
  language: string;
  description?: string;
  /** Example questions for help texts. */
  examples: string[];
  /** Figures the digest tracks. */
  topics: TopicConfig[];
  /** The desk's corrections of single figures. */
  figureNotes: FigureNote[];
}

export interface ConfigProblem {
  line?: number;
  message: string;
}

/** Slack allows lowercase command names of up to 32 characters including the slash. */
const COMMAND = /^\/[a-z0-9_-]{1,31}$/u;

export function defaultConfig(folder: string): DossierConfig {
  const name = folder.toLowerCase().replace(/[^a-z0-9_-]+/gu, '-').slice(0, 31);
  return { command: `/${name}`, title: folder, language: 'nl', examples: [], topics: [], figureNotes: [] };
}

export function parseDossierConfig(text: string, folder: string): { config: DossierConfig; problems: ConfigProblem[] } {
  const config = defaultConfig(folder);
  const refused = refuseBeforeParsing(text);
  if (refused) return { config, problems: [{ line: 1, message: `${refused}; using defaults` }] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    return { config, problems: [{ line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const values = valuesOf(document);
  if (!values.ok) return { config, problems: [{ line: 1, message: `${values.message}; using defaults` }] };
  const data = values.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config, problems: [{ line: 1, message: 'dossier.yml must be key: value lines (command, title, language)' }] };
  }
  const fields = data as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const lineOf = (key: string): { line?: number } => {
    const line = lineOfKey(document, lineCounter, key);
    return line === undefined ? {} : { line };
  };

  if (typeof fields.command === 'string' && COMMAND.test(fields.command.trim())) config.command = fields.command.trim();
  else problems.push({ ...lineOf('command'), message: `'command' must be a slash command like /${folder} (lowercase, at most 32 characters); using ${config.command}` });
  if (typeof fields.title === 'string' && fields.title.trim()) config.title = fields.title.trim();
  else problems.push({ ...lineOf('title'), message: `missing 'title'; using '${folder}'` });
  if (fields.language !== undefined) {
    if (typeof fields.language === 'string' && /^[a-z]{2}$/u.test(fields.language)) config.language = fields.language;
    else problems.push({ ...lineOf('language'), message: "'language' must be a two-letter code such as nl" });
  }
  if (typeof fields.description === 'string') config.description = fields.description.trim();
  if (Array.isArray(fields.examples)) config.examples = fields.examples.filter((e): e is string => typeof e === 'string');
  if (fields.topics !== undefined) {
    const topics = parseTopics(fields.topics);
    if (topics) config.topics = topics;
    else problems.push({ ...lineOf('topics'), message: "'topics' must map topic names to { label, words: [...], groups: { name: [...] } }; figures are off" });
  }
  if (fields.figures !== undefined) {
    const notes = parseFigureNotes(fields.figures, document, lineCounter);
    config.figureNotes = notes.notes;
    problems.push(...notes.problems);
  }
  return { config, problems };
}

const NOTE_KEYS = new Set(['sentence', 'figure', 'hide', 'pin', 'label', 'topic', 'group', 'note']);

/** `figures:` — a list of corrections; a broken entry is reported with its line and the others still apply. */
function parseFigureNotes(value: unknown, document: ReturnType<typeof parseDocument>, lineCounter: LineCounter): { notes: FigureNote[]; problems: ConfigProblem[] } {
  const notes: FigureNote[] = [];
  const problems: ConfigProblem[] = [];
  const node = document.get('figures', true) as { items?: Array<{ range?: [number, number, number] }> } | undefined;
  const lineOfItem = (i: number): { line?: number } => {
    const start = node?.items?.[i]?.range?.[0];
    return start === undefined ? {} : { line: lineCounter.linePos(start).line };
  };
  if (!Array.isArray(value)) return { notes, problems: [{ ...lineOfItem(0), message: "'figures' must be a list of corrections (- sentence: …, hide/pin/label/topic/group/note)" }] };
  value.forEach((raw, i) => {
    const at = lineOfItem(i);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ ...at, message: 'a figure correction must be key: value lines starting with sentence:' });
      return;
    }
    const entry = raw as Record<string, unknown>;
    const unknown = Object.keys(entry).filter((k) => !NOTE_KEYS.has(k));
    const text = (key: string): string | undefined => (typeof entry[key] === 'string' || typeof entry[key] === 'number' ? String(entry[key]).trim() || undefined : undefined);
    const sentence = text('sentence');
    if (!sentence) {
      problems.push({ ...at, message: "a figure correction needs 'sentence': a verbatim piece of the figure's sentence; ignored" });
      return;
    }
    if (unknown.length > 0) problems.push({ ...at, message: `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in a figure correction (use ${[...NOTE_KEYS].join(', ')})` });
    const note: FigureNote = { sentence, ...at };
    for (const key of ['figure', 'label', 'topic', 'group', 'note'] as const) {
      const value = text(key);
      if (value) note[key] = value;
    }
    if (entry.hide === true) note.hide = true;
    if (entry.pin === true) note.pin = true;
    notes.push(note);
  });
  return { notes, problems };
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? mapped(value, (v: string) => v.trim().toLowerCase()).filter(Boolean) : undefined;

function parseTopics(value: unknown): TopicConfig[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const topics: TopicConfig[] = [];
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    const topic = (raw ?? {}) as { label?: unknown; words?: unknown; groups?: unknown };
    const words = strings(topic.words);
    if (!words || words.length === 0) return undefined;
    const groups: TopicConfig['groups'] = [];
    if (topic.groups !== undefined) {
      if (typeof topic.groups !== 'object' || topic.groups === null) return undefined;
      for (const [group, list] of Object.entries(topic.groups as Record<string, unknown>)) {
        const groupWords = strings(list);
        if (!groupWords) return undefined;
        groups.push({ name: group, words: groupWords });
      }
    }
    topics.push({ name, label: typeof topic.label === 'string' ? topic.label : name, words, groups });
  }
  return topics;
}
