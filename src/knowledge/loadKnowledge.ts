/**
 * Reads every dossier under the knowledge folder. Each sub-folder is a dossier: a `dossier.yml`
 * and one Markdown file per article. A broken file is reported (file, line, why) and skipped; every
 * other file still serves.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { decodeUtf8 } from './decodeUtf8.js';
import { MAX_ARTICLE_BYTES, MAX_YAML_BYTES, megabytes, readCapped } from './readCapped.js';
import { mergeGlossaries, parseGlossary, type GlossaryConcept } from './glossaryFile.js';
import { defaultConfig, parseDossierConfig, type DossierConfig } from './dossierConfig.js';
import { parseArticle } from './parseArticle.js';
import type { ParsedArticles } from './parsedArticles.js';
import type { Article, Dossier, Knowledge, Problem } from './types.js';
import { mapped } from '../lists/loops.js';

/** Article files read at once. */
const READ_AHEAD = 32;

/** A path as people should see it in messages: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** A file's text, a problem saying why it cannot serve, or `missing` when it does not exist. */
async function readText(file: string, maxBytes: number): Promise<{ text?: string; problem?: Problem; missing?: true }> {
  try {
    const capped = await readCapped(file, maxBytes);
    if ('tooLarge' in capped) return { problem: { file: displayPath(file), message: `too large (${megabytes(capped.tooLarge)}; at most ${megabytes(maxBytes)}), left out`, severity: 'error' } };
    const decoded = decodeUtf8(capped.bytes);
    if (decoded.ok) return { text: decoded.text };
    return { problem: { file: displayPath(file), line: decoded.line, message: decoded.message, severity: 'error' } };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    return { problem: { file: displayPath(file), message: `cannot be read (${code ?? String(cause)})`, severity: 'error' } };
  }
}

async function loadConfig(folder: string, id: string, problems: Problem[]): Promise<DossierConfig> {
  const file = path.join(folder, 'dossier.yml');
  const { text, problem, missing } = await readText(file, MAX_YAML_BYTES);
  if (missing) problems.push({ file: displayPath(file), message: `missing; serving the dossier as ${defaultConfig(id).command}`, severity: 'warning' });
  if (problem) problems.push(problem);
  if (missing || problem) return defaultConfig(id);
  const parsed = parseDossierConfig(text ?? '', id);
  for (const p of parsed.problems) problems.push({ file: displayPath(file), ...(p.line === undefined ? {} : { line: p.line }), message: p.message, severity: 'warning' });
  return parsed.config;
}

/** A glossary file if present; problems in it are warnings, since answers still work without it. */
async function loadGlossary(file: string, problems: Problem[]): Promise<GlossaryConcept[]> {
  const { text, problem } = await readText(file, MAX_YAML_BYTES);
  if (problem) problems.push(problem);
  if (text === undefined) return [];
  const parsed = parseGlossary(text);
  for (const p of parsed.problems) problems.push({ file: displayPath(file), ...(p.line === undefined ? {} : { line: p.line }), message: p.message, severity: 'warning' });
  return parsed.concepts;
}

async function loadDossier(root: string, id: string, base: GlossaryConcept[], problems: Problem[], parsedArticles?: ParsedArticles): Promise<Dossier> {
  const folder = path.join(root, id);
  const config = await loadConfig(folder, id, problems);
  const glossary = mergeGlossaries(base, await loadGlossary(path.join(folder, 'glossary.yml'), problems));
  const files = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  const names = files.filter((name) => name.endsWith('.md'));
  // Raw text dropped into the folder is not served; say so rather than ignore it silently.
  for (const name of files.filter((n) => !n.endsWith('.md') && !['dossier.yml', 'glossary.yml'].includes(n))) {
    problems.push({ file: displayPath(path.join(folder, name)), message: 'not an article (articles are .md files with front matter; add raw text with npm run ingest)', severity: 'warning' });
  }
  const articles: Article[] = [];
  // Read a batch at a time (a large dossier is thousands of files: waiting for each in turn is most
  // of a load), then parsed in name order, so articles and problems come out the same every time.
  const texts: Array<Awaited<ReturnType<typeof readText>>> = [];
  for (let from = 0; from < names.length; from += READ_AHEAD) {
    texts.push(...(await Promise.all(mapped(names.slice(from, from + READ_AHEAD), (name) => readText(path.join(folder, name), MAX_ARTICLE_BYTES)))));
  }
  for (const [i, name] of names.entries()) {
    const file = path.join(folder, name);
    const { text, problem } = texts[i] ?? {};
    if (problem) problems.push(problem);
    if (text === undefined) continue; // broken, or removed since the folder was listed
    const source = {
      id: `${id}/${name.slice(0, -'.md'.length)}`,
      dossierId: id,
      file: displayPath(file),
      text: text ?? '',
      defaultLanguage: config.language,
    };
    const parsed = parsedArticles ? parsedArticles.parse(source) : parseArticle(source);
    problems.push(...parsed.problems);
    if (parsed.article) articles.push(parsed.article);
  }
  return { id, ...config, articles, glossary };
}

/** `parsed`: articles parsed by the last load, reused where a file is unchanged (and filled with this load's). */
export async function loadKnowledge(root: string, parsed?: ParsedArticles): Promise<Knowledge> {
  const problems: Problem[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    return { dossiers: [], problems: [{ file: displayPath(root), message: `knowledge folder cannot be read (${code})`, severity: 'error' }] };
  }
  const folders = mapped(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_')), (e) => e.name).sort();
  // Every .yml file at the top of the knowledge folder is a base glossary (glossary.yml, glossary-basic.yml, …).
  const glossaryFiles = mapped(entries.filter((e) => e.isFile() && e.name.endsWith('.yml')), (e) => e.name).sort();
  const base = mergeGlossaries(...(await Promise.all(mapped(glossaryFiles, (name) => loadGlossary(path.join(root, name), problems)))));
  const dossiers: Dossier[] = [];
  for (const id of folders) dossiers.push(await loadDossier(root, id, base, problems, parsed));
  const commands = new Map<string, string>();
  for (const dossier of dossiers) {
    const other = commands.get(dossier.command);
    if (other) problems.push({ file: displayPath(path.join(root, dossier.id, 'dossier.yml')), message: `command ${dossier.command} is also used by dossier '${other}'`, severity: 'error' });
    commands.set(dossier.command, dossier.id);
  }
  return { dossiers, problems };
}
