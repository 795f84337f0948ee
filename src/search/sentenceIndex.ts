/**
 * The searchable form of one dossier: every answerable body sentence as a MiniSearch document.
 * Headings and captions are never indexed, so they can never be answers.
 */
import MiniSearch from 'minisearch';
import type { Article, Dossier } from '../knowledge/types.js';
import { analyzeText, type AnalyzedText, type AnalyzerContext } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { stem, type Language } from './analysis/stem.js';
import { isStopword } from './analysis/stopwords.js';
import { tokenize } from './analysis/tokenize.js';
import { sentenceFeatures, type SentenceFeatures } from './sentenceFeatures.js';
import { buildGlossaryIndex, contentWords, type GlossaryIndex } from './glossaryIndex.js';

export interface SentenceRecord {
  /** Position in `DossierIndex.sentences`. */
  id: number;
  articleId: string;
  /** 1-based body paragraph number in the article. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** The sentence exactly as written. */
  text: string;
  /** The section heading the sentence falls under. */
  heading?: string;
  /** Analysed terms, for highlighting and ranking without re-analysing. */
  analysis: AnalyzedText;
  features: SentenceFeatures;
}

export interface DossierIndex {
  dossier: Dossier;
  articles: ReadonlyMap<string, Article>;
  sentences: readonly SentenceRecord[];
  search: MiniSearch<SentenceRecord>;
  analyzer: AnalyzerContext;
  /** Document frequency of every indexed term (both fields), for vocabulary look-ups. */
  termFrequency: ReadonlyMap<string, number>;
  glossary: GlossaryIndex;
}

export const INDEX_FIELDS = ['words', 'parts'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

/**
 * Folded words a dossier "knows": everything in its sentences plus extra words (its glossary), used
 * to recognise compound parts and possessives.
 */
function buildAnalyzer(language: Language, texts: Iterable<string>, extraWords: Iterable<string>): AnalyzerContext {
  const vocabulary = new Set<string>();
  const lowercase = new Set<string>();
  const add = (word: string): void => {
    const folded = fold(word);
    if (folded.length >= 3 && !/\p{N}/u.test(folded) && !isStopword(folded, [language])) vocabulary.add(folded);
    if (!/^\p{Lu}/u.test(word)) lowercase.add(folded);
  };
  for (const text of texts) for (const token of tokenize(text)) if (!token.isNumber) add(token.surface);
  for (const word of extraWords) add(word);
  const stems = new Set([...vocabulary].map((word) => stem(word, language)));
  const properNouns = new Set([...vocabulary].filter((word) => !lowercase.has(word)));
  return { language, vocabulary, properNouns, compoundParts: { isWord: (word) => vocabulary.has(word), hasStem: (word) => stems.has(stem(word, language)) } };
}

function asLanguage(code: string): Language {
  return code === 'en' ? 'en' : 'nl';
}

export function buildDossierIndex(dossier: Dossier): DossierIndex {
  const language = asLanguage(dossier.language);
  const bodies = dossier.articles.flatMap((article) => article.paragraphs.flatMap((p) => p.sentences));
  // The glossary's words in the dossier language teach the compound splitter real Dutch words.
  const glossaryWords = dossier.glossary.flatMap((c) => (c.terms[language] ?? []).flatMap(contentWords));
  const analyzer = buildAnalyzer(language, bodies, glossaryWords);

  const sentences: SentenceRecord[] = [];
  for (const article of dossier.articles) {
    for (const paragraph of article.paragraphs) {
      paragraph.sentences.forEach((text, i) => {
        sentences.push({
          id: sentences.length,
          articleId: article.id,
          paragraph: paragraph.number,
          sentence: i + 1,
          text,
          ...(paragraph.heading === undefined ? {} : { heading: paragraph.heading }),
          analysis: analyzeText(text, analyzer),
          features: sentenceFeatures(text),
        });
      });
    }
  }

  const search = new MiniSearch<SentenceRecord>({
    fields: [...INDEX_FIELDS],
    // Documents are analysed once above; MiniSearch only receives the finished terms.
    extractField: (doc, field) => (field === 'id' ? doc.id : doc.analysis[field as IndexField].map((t) => t.term).join(' ')),
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  search.addAll(sentences);

  const termFrequency = new Map<string, number>();
  for (const record of sentences) {
    const terms = new Set([...record.analysis.words, ...record.analysis.parts].map((t) => t.term));
    for (const term of terms) termFrequency.set(term, (termFrequency.get(term) ?? 0) + 1);
  }
  const glossary = buildGlossaryIndex(dossier.glossary, language, termFrequency);
  return { dossier, articles: new Map(dossier.articles.map((a) => [a.id, a])), sentences, search, analyzer, termFrequency, glossary };
}
