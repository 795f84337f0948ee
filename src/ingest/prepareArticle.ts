/**
 * Raw article text as newsrooms deliver it → a knowledge file: front matter from the flags and
 * from what the text itself states (a `date 2022-01` prefix), the body exactly as written. Refuses,
 * with a reason, empty or binary input and text already in the dossier. Pure: no file access.
 */
import { stringify } from 'yaml';
import { decodeUtf8 } from '../knowledge/decodeUtf8.js';
import { isValidDate } from '../knowledge/articleMeta.js';
import { articleFileName, type Dossier } from '../knowledge/types.js';
import { deriveLabel } from '../text/deriveLabel.js';
import { splitMetadataPrefix } from '../text/metadataPrefix.js';
import { segmentArticle } from '../text/segmentArticle.js';
import { COMBINING_MARKS } from '../text/letterClasses.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface IngestFlags {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

export interface IngestReport {
  title: string;
  titleDerived: boolean;
  source?: string;
  date?: string;
  /** Where the date came from. */
  dateFrom?: 'flag' | 'text';
  url?: string;
  paragraphs: number;
  sentences: number;
  headings: string[];
  captions: string[];
  /** Articles of the dossier that share sentences with this one (too few to refuse it as a duplicate). */
  overlaps: Array<{ file: string; title: string; shared: number }>;
  /** An article of the dossier with the same link: most likely an earlier version of this one. */
  sameLink?: { file: string; title: string };
}

export type Prepared = { ok: true; fileName: string; content: string; report: IngestReport } | { ok: false; reason: string };

/** Share of a new article's sentences already in an existing one that makes it a duplicate. */
const DUPLICATE_SHARE = 0.8;

const normalizeSentence = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The articles of the dossier a new text shares sentences with; refused as a duplicate, naming
 * the article, when most of its sentences are already there.
 */
export function compareWithDossier(sentences: readonly string[], dossier: Dossier): { ok: true; overlaps: IngestReport['overlaps'] } | { ok: false; reason: string } {
  const fresh = new Set(mapped(sentences, normalizeSentence));
  const overlaps: IngestReport['overlaps'] = [];
  for (const article of dossier.articles) {
    const known = new Set(mapped(flatMap(article.paragraphs, (p) => p.sentences), normalizeSentence));
    const shared = [...fresh].filter((s) => known.has(s)).length;
    if (shared / fresh.size >= DUPLICATE_SHARE) {
      return { ok: false, reason: `this text is already in the dossier as ${articleFileName(article)} (“${article.title}”; ${shared} of ${fresh.size} sentences identical)` };
    }
    if (shared > 0) overlaps.push({ file: articleFileName(article), title: article.title, shared });
  }
  return { ok: true, overlaps };
}

function sameLinkAs(url: string | undefined, dossier: Dossier): { sameLink: { file: string; title: string } } | Record<string, never> {
  const earlier = url === undefined ? undefined : dossier.articles.find((a) => a.url === url);
  return earlier ? { sameLink: { file: articleFileName(earlier), title: earlier.title } } : {};
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const cut = slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/u, '');
  return cut || 'artikel';
}

export function prepareArticle(raw: Uint8Array, flags: IngestFlags, dossier: Dossier, existingFiles: ReadonlySet<string>): Prepared {
  if (raw.includes(0)) return { ok: false, reason: 'this is a binary file (it contains NUL bytes); ingest takes plain text' };
  const decoded = decodeUtf8(raw);
  if (!decoded.ok) return { ok: false, reason: `this is not plain UTF-8 text (line ${decoded.line}: ${decoded.message})` };
  const text = decoded.text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };

  const { metadata, text: body } = splitMetadataPrefix(text.trimStart());
  const segmented = segmentArticle(body);
  if (segmented.paragraphs.length === 0) return { ok: false, reason: 'no article text found: every line looks like a heading or photo caption' };

  if (flags.date !== undefined && !isValidDate(flags.date)) return { ok: false, reason: `--date must be YYYY-MM-DD or YYYY-MM, got '${flags.date}'` };
  if (flags.url !== undefined && !/^https?:\/\/\S+$/u.test(flags.url)) return { ok: false, reason: `--url must be an http(s) link, got '${flags.url}'` };

  const sentences = flatMap(segmented.paragraphs, (p) => p.sentences);
  const compared = compareWithDossier(sentences, dossier);
  if (!compared.ok) return compared;
  const { overlaps } = compared;

  const title = flags.title?.trim() || deriveLabel(sentences[0] ?? '');
  const titleDerived = !flags.title?.trim();
  const date = flags.date ?? metadata.date;
  const front: Record<string, unknown> = {
    title,
    ...(titleDerived ? { title_derived: true } : {}),
    source: flags.source?.trim() || 'unknown',
    date: date ?? 'unknown',
    ...(flags.url ? { url: flags.url } : {}),
    language: dossier.language,
  };
  const comment = titleDerived ? '# No headline was delivered: the title is the article\'s own first words.\n' : '';
  const content = `---\n${comment}${stringify(front, { lineWidth: 0 })}---\n${body.trim()}\n`;

  let fileName = `${slugify(title)}.md`;
  for (let n = 2; existingFiles.has(fileName); n++) fileName = `${slugify(title)}-${n}.md`;
  return {
    ok: true,
    fileName,
    content,
    report: {
      title,
      titleDerived,
      ...(flags.source?.trim() ? { source: flags.source.trim() } : {}),
      ...(date ? { date, dateFrom: flags.date ? 'flag' : 'text' } : {}),
      ...(flags.url ? { url: flags.url } : {}),
      paragraphs: segmented.paragraphs.length,
      sentences: sentences.length,
      headings: mapped(segmented.headings, (h) => h.text),
      captions: mapped(segmented.captions, (c) => c.text),
      overlaps,
      ...sameLinkAs(flags.url, dossier),
    },
  };
}
