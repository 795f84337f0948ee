/** The knowledge model: dossiers of articles, as loaded from `KNOWLEDGE_DIR`. */
import type { LooseLine, Paragraph } from '../text/segmentArticle.js';
import type { GlossaryConcept } from './glossaryFile.js';
import type { DossierConfig } from './dossierConfig.js';

export interface ArticleMeta {
  title: string;
  /** True when no headline was delivered and the title is the article's own first words. */
  titleDerived: boolean;
  /** Publication name; absent when the newsroom did not give it. */
  source?: string;
  /** `YYYY-MM` or `YYYY-MM-DD`; absent when unknown. */
  date?: string;
  url?: string;
  language: string;
}

export interface Article extends ArticleMeta {
  /** Stable id derived from the file path: `<dossier>/<file name without .md>`. */
  id: string;
  dossierId: string;
  /** Path of the source file, for messages. */
  file: string;
  paragraphs: Paragraph[];
  headings: LooseLine[];
  captions: LooseLine[];
}

/** A dossier: its settings from `dossier.yml`, its articles and its glossary. */
export interface Dossier extends DossierConfig {
  /** The folder name. */
  id: string;
  articles: Article[];
  /** The base glossary merged with the dossier's own additions. */
  glossary: GlossaryConcept[];
}

/**
 * Something wrong with one file; the rest of the knowledge still serves. An `error` means the file
 * was left out; a `warning` means it serves, but something in it was ignored.
 */
export interface Problem {
  file: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface Knowledge {
  dossiers: Dossier[];
  problems: Problem[];
}

/** An article's file name in its dossier's folder (`file` may carry a path). */
export function articleFileName(article: Pick<Article, 'file'>): string {
  return article.file.split(/[\\/]/u).pop() ?? article.file;
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}`;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
