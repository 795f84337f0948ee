/** One article file's text → an Article, or the reasons it cannot serve. Pure: no I/O. */
import { segmentArticle } from '../text/segmentArticle.js';
import { parseArticleMeta } from './articleMeta.js';
import { splitFrontMatter } from './frontMatter.js';
import type { Article, Problem } from './types.js';
import { mapped } from '../lists/loops.js';

export interface ArticleSource {
  /** Stable article id, `<dossier>/<name>`. */
  id: string;
  dossierId: string;
  /** Path shown in messages. */
  file: string;
  text: string;
  defaultLanguage: string;
}

export function parseArticle(source: ArticleSource): { article?: Article; problems: Problem[] } {
  const { file } = source;
  const error = (message: string, line?: number): Problem => ({ file, ...(line === undefined ? {} : { line }), message, severity: 'error' });
  const split = splitFrontMatter(source.text);
  if (!split.ok) return { problems: [error(split.message, split.line)] };

  const meta = parseArticleMeta(split.value, source.defaultLanguage);
  if (!meta.ok) return { problems: mapped(meta.errors, (p) => error(p.message, p.line)) };
  const warnings: Problem[] = mapped(meta.warnings, (p) => ({ file, ...(p.line === undefined ? {} : { line: p.line }), message: p.message, severity: 'warning' }));

  if (split.value.body.trim() === '') return { problems: [error('the article has no text after the front matter', split.value.bodyLine)] };
  const segmented = segmentArticle(split.value.body, split.value.bodyLine);
  if (segmented.paragraphs.length === 0) {
    return { problems: [error('no body text found: every line looks like a heading or photo caption', split.value.bodyLine)] };
  }
  const article: Article = {
    ...meta.meta,
    // A `date …` prefix glued to the text is metadata too; front matter wins when both exist.
    ...(meta.meta.date === undefined && segmented.prefix.date ? { date: segmented.prefix.date } : {}),
    id: source.id,
    dossierId: source.dossierId,
    file,
    paragraphs: segmented.paragraphs,
    headings: segmented.headings,
    captions: segmented.captions,
  };
  return { article, problems: warnings };
}
