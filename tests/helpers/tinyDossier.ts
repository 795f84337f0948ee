/** A small in-memory dossier for ranking tests: articles as lists of paragraphs. */
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import { parseGlossary } from '../../src/knowledge/glossaryFile.js';
import type { FigureNote, TopicConfig } from '../../src/knowledge/dossierConfig.js';
import type { Article, Dossier } from '../../src/knowledge/types.js';
import { loadLexicon } from '../../src/search/lexicon/loadLexicon.js';
import { buildDossierIndex, type DossierIndex } from '../../src/search/sentenceIndex.js';

export interface TinyOptions {
  /** The dossier's title (default "Tiny"): its words are the topic every sentence implies. */
  title?: string;
  topics?: TopicConfig[];
  figureNotes?: FigureNote[];
  /** Article date per article name (`YYYY-MM-DD`, `YYYY-MM` or `unknown`). */
  dates?: Record<string, string>;
}

export function tinyIndex(articles: Record<string, string[]>, glossaryYaml = '', options: TinyOptions = {}): DossierIndex {
  const parsed: Article[] = Object.entries(articles).map(([name, paragraphs]) => {
    const { article, problems } = parseArticle({
      id: `tiny/${name}`,
      dossierId: 'tiny',
      file: `${name}.md`,
      text: `---\ntitle: ${name}\nsource: Testkrant\ndate: ${options.dates?.[name] ?? `2022-01-0${name.length % 9 || 1}`}\n---\n${paragraphs.join('\n\n')}\n`,
      defaultLanguage: 'nl',
    });
    if (!article) throw new Error(problems.map((p) => p.message).join('; '));
    return article;
  });
  const dossier: Dossier = { id: 'tiny', command: '/tiny', title: options.title ?? 'Tiny', language: 'nl', examples: [], topics: options.topics ?? [], figureNotes: options.figureNotes ?? [], articles: parsed, glossary: parseGlossary(glossaryYaml).concepts };
  return buildDossierIndex(dossier, loadLexicon());
}
