/**
 * Whatever an editor hands in — a link, a saved web page, a text file — → a knowledge file ready
 * to write, or the reason it cannot be one. One path for `npm run ingest` and for Slack, so both
 * refuse the same things in the same words. Nothing is written here.
 */
import { parseArticle } from '../knowledge/parseArticle.js';
import type { Dossier } from '../knowledge/types.js';
import { decodeUtf8 } from '../knowledge/decodeUtf8.js';
import { splitFrontMatter } from '../knowledge/frontMatter.js';
import { articleText, extractHtml } from './extractHtml.js';
import { fetchPage, type FetchPageOptions } from './fetchPage.js';
import { prepareArticle, type IngestFlags, type IngestReport } from './prepareArticle.js';
import { flatMap, mapped } from '../lists/loops.js';

export type ArticleSource = { kind: 'link'; url: string } | { kind: 'text' | 'html'; bytes: Uint8Array };

export interface Draft {
  /** The file's name in the dossier's folder. */
  fileName: string;
  /** The article's id once written (`<dossier>/<file without .md>`). */
  id: string;
  content: string;
  report: IngestReport;
  /** The date was stated by the web page (not a flag, not the text). */
  dateFromPage: boolean;
  /** The article's opening sentences, for a preview. */
  opening: string[];
}

export type Drafted = { ok: true; draft: Draft } | { ok: false; reason: string };

/** File types an editor may hand in through Slack: text as delivered, or a saved web page. */
const ACCEPTED_FILES = /\.(?:txt|md|markdown|html?)$/iu;

/** Whether a file by this name is a type an article comes in. */
export const acceptsFile = (name: string): boolean => ACCEPTED_FILES.test(name);

/** A shared file's content read as what its name says: a web page or text. */
export function sourceOfFile(name: string, bytes: Uint8Array): ArticleSource {
  return { kind: /\.html?$/iu.test(name) ? 'html' : 'text', bytes };
}
const OPENING_SENTENCES = 3;

/** Title, source, date and link from a text's front matter, and the text after it; undefined without one. */
function statedInFrontMatter(bytes: Uint8Array): { flags: IngestFlags; body: string } | undefined {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok || !/^---\r?\n/u.test(decoded.text)) return undefined;
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return undefined;
  const flags: IngestFlags = {};
  for (const key of ['title', 'source', 'date', 'url'] as const) {
    const value = split.value.document.get(key);
    // "unknown" is what the loader writes for what a file does not state: not a value.
    if ((typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '' && String(value) !== 'unknown') flags[key] = String(value).trim();
  }
  return { flags, body: split.value.body };
}

export async function draftArticle(source: ArticleSource, flags: IngestFlags, dossier: Dossier, existingFiles: ReadonlySet<string>, fetchOptions: FetchPageOptions = {}): Promise<Drafted> {
  let raw: Uint8Array;
  /** A web page's HTML, from a link or a saved `.html` file. */
  let html: string | undefined;
  let pageUrl: string | undefined;
  if (source.kind === 'link') {
    const page = await fetchPage(source.url, fetchOptions);
    if (!page.ok) return page;
    raw = Buffer.from(page.html);
    html = page.html;
    pageUrl = page.url;
  } else {
    raw = source.bytes;
    // A knowledge file (say, one restored from `.removed/`): what its front matter states are its flags.
    if (source.kind === 'text') {
      const stated = statedInFrontMatter(raw);
      if (stated) {
        raw = Buffer.from(stated.body);
        flags = { ...stated.flags, ...flags };
      }
    }
    if (source.kind === 'html') {
      const decoded = decodeUtf8(raw);
      if (!decoded.ok) return { ok: false, reason: `not UTF-8 HTML (${decoded.message})` };
      html = decoded.text;
    }
  }
  // A web page: the article and what the page states about it (flags typed by the editor win).
  let fileFlags: IngestFlags = flags;
  let dateFromPage = false;
  if (html !== undefined) {
    const extracted = extractHtml(html, flags.url ?? pageUrl);
    if (!extracted.ok) return extracted;
    const { paragraphs: _paragraphs, ...stated } = extracted.article;
    fileFlags = { ...stated, ...flags };
    dateFromPage = flags.date === undefined && stated.date !== undefined;
    raw = Buffer.from(articleText(extracted.article));
  }
  const prepared = prepareArticle(raw, fileFlags, dossier, existingFiles);
  if (!prepared.ok) return prepared;
  const id = `${dossier.id}/${prepared.fileName.replace(/\.md$/u, '')}`;
  // Never offer what the loader would not serve.
  const check = parseArticle({ id, dossierId: dossier.id, file: prepared.fileName, text: prepared.content, defaultLanguage: dossier.language });
  if (!check.article) return { ok: false, reason: mapped(check.problems, (p) => p.message).join('; ') };
  const opening = flatMap(check.article.paragraphs, (p) => p.sentences).slice(0, OPENING_SENTENCES);
  return { ok: true, draft: { fileName: prepared.fileName, id, content: prepared.content, report: prepared.report, dateFromPage, opening } };
}
