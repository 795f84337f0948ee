/**
 * A dossier's `dossier.yml`: its slash command, title and language. A missing or broken file is
 * reported and the dossier still serves under defaults derived from its folder name.
 */
import { LineCounter, parseDocument } from 'yaml';
import { lineOfKey } from './yamlLines.js';

/** A figure the digest tracks: sentences with one of `words` and a number before it. */
export interface TopicConfig {
  name: string;
  label: string;
  words: string[];
  /** Whose figure it is (`security forces`: [veiligheidsdiensten, agenten]), so like is compared with like. */
  groups: Array<{ name: string; words: string[] }>;
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
}

export interface ConfigProblem {
  line?: number;
  message: string;
}

/** Slack allows lowercase command names of up to 32 characters including the slash. */
const COMMAND = /^\/[a-z0-9_-]{1,31}$/u;

export function defaultConfig(folder: string): DossierConfig {
  const name = folder.toLowerCase().replace(/[^a-z0-9_-]+/gu, '-').slice(0, 31);
  return { command: `/${name}`, title: folder, language: 'nl', examples: [], topics: [] };
}

export function parseDossierConfig(text: string, folder: string): { config: DossierConfig; problems: ConfigProblem[] } {
  const config = defaultConfig(folder);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    return { config, problems: [{ line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const data: unknown = document.toJS();
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
  return { config, problems };
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map((v: string) => v.trim().toLowerCase()).filter(Boolean) : undefined;

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
