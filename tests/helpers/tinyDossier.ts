/** A small in-memory dossier for ranking tests: articles as lists of paragraphs. */
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import { parseGlossary } from '../../src/knowledge/glossaryFile.js';
import type { Article, Dossier } from '../../src/knowledge/types.js';
import { loadLexicon } from '../../src/search/lexicon/loadLexicon.js';
import { buildDossierIndex, type DossierIndex } from '../../src/search/sentenceIndex.js';

export function tinyIndex(articles: Record<string, string[]>, glossaryYaml = ''): DossierIndex {
  const parsed: Article[] = Object.entries(articles).map(([name, paragraphs]) => {
    const { article, problems } = parseArticle({
      id: `tiny/${name}`,
      dossierId: 'tiny',
      file: `${name}.md`,
      text: `---\ntitle: ${name}\nsource: Testkrant\ndate: 2022-01-0${name.length % 9 || 1}\n---\n${paragraphs.join('\n\n')}\n`,
      defaultLanguage: 'nl',
    });
    if (!article) throw new Error(problems.map((p) => p.message).join('; '));
    return article;
  });
  const dossier: Dossier = { id: 'tiny', command: '/tiny', title: 'Tiny', language: 'nl', examples: [], topics: [], articles: parsed, glossary: parseGlossary(glossaryYaml).concepts };
  return buildDossierIndex(dossier, loadLexicon());
}
