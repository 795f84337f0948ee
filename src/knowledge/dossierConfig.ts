/**
 * A dossier's `dossier.yml`: its slash command, title and language. A missing or broken file is
 * reported and the dossier still serves under defaults derived from its folder name.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface DossierConfig {
  command: string;
  title: string;
  language: string;
  description?: string;
  examples: string[];
}

export interface ConfigProblem {
  line?: number;
  message: string;
}

/** Slack allows lowercase command names of up to 32 characters including the slash. */
const COMMAND = /^\/[a-z0-9_-]{1,31}$/u;

export function defaultConfig(folder: string): DossierConfig {
  const name = folder.toLowerCase().replace(/[^a-z0-9_-]+/gu, '-').slice(0, 31);
  return { command: `/${name}`, title: folder, language: 'nl', examples: [] };
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
    const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? { line: lineCounter.linePos(node.range[0]).line } : {};
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
  return { config, problems };
}
