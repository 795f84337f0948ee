/**
 * Validates an article's front matter. Unknown stays unknown: `source: unknown`, `date: unknown`
 * or an absent key all mean "the newsroom did not say", and nothing is filled in.
 */
import type { ArticleMeta } from './types.js';
import { lineOfFrontMatterKey, type FrontMatter } from './frontMatter.js';
import { valuesOf } from './yamlLines.js';
import { isValidDate } from '../time/calendarDate.js';

export { isValidDate };

export interface FieldProblem {
  line?: number;
  message: string;
}

/** `warnings` are served anyway (e.g. an unknown key); `errors` leave the article out. */
export type MetaResult =
  | { ok: true; meta: ArticleMeta; warnings: FieldProblem[] }
  | { ok: false; errors: FieldProblem[] };

const UNKNOWN = new Set(['', 'unknown', 'onbekend']);
const KNOWN_KEYS = new Set(['title', 'title_derived', 'source', 'date', 'url', 'language']);

function optionalText(value: unknown): string | undefined | Error {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return new Error('must be text');
  const text = String(value).trim();
  return UNKNOWN.has(text.toLowerCase()) ? undefined : text;
}

export function parseArticleMeta(frontMatter: FrontMatter, defaultLanguage: string): MetaResult {
  const values = valuesOf(frontMatter.document);
  if (!values.ok) return { ok: false, errors: [{ line: frontMatter.firstLine, message: values.message }] };
  const data = values.data;
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const at = (key: string, message: string, list = problems): void => {
    const line = lineOfFrontMatterKey(frontMatter, key);
    list.push({ ...(line === undefined ? {} : { line }), message });
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ line: frontMatter.firstLine, message: 'front matter must be key: value lines (title, source, date, …)' }] };
  }
  const fields = data as Record<string, unknown>;

  const title = optionalText(fields.title);
  if (title instanceof Error || title === undefined) {
    at('title', "missing 'title' (if the newsroom gave no headline, use the article's first words and set title_derived: true)");
  }
  const source = optionalText(fields.source);
  if (source instanceof Error) at('source', "'source' must be text, e.g. de Volkskrant");

  const date = optionalText(fields.date);
  if (date instanceof Error || (date !== undefined && !isValidDate(date))) {
    at('date', `unknown date format '${String(fields.date)}': use YYYY-MM-DD or YYYY-MM (or 'unknown')`);
  }
  const url = optionalText(fields.url);
  if (url instanceof Error || (url !== undefined && !/^https?:\/\/\S+$/u.test(url))) {
    at('url', `'url' must be an http(s) link, got '${String(fields.url)}'`);
  }
  const language = optionalText(fields.language) ?? defaultLanguage;
  if (language instanceof Error || !/^[a-z]{2}$/u.test(language)) at('language', "'language' must be a two-letter code such as nl or en");
  const titleDerived = fields.title_derived ?? false;
  if (typeof titleDerived !== 'boolean') at('title_derived', "'title_derived' must be true or false");
  for (const key of Object.keys(fields)) {
    if (!KNOWN_KEYS.has(key)) at(key, `unknown key '${key}' ignored (known: ${[...KNOWN_KEYS].join(', ')})`, warnings);
  }

  if (problems.length > 0) return { ok: false, errors: problems };
  return {
    ok: true,
    warnings,
    meta: {
      title: title as string,
      titleDerived: titleDerived as boolean,
      ...(source ? { source: source as string } : {}),
      ...(date ? { date: date as string } : {}),
      ...(url ? { url: url as string } : {}),
      language: language as string,
    },
  };
}
