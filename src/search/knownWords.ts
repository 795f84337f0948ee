/**
 * The words a dossier "knows": every folded word of its sentences plus its glossary's, which
 * analyzeText.ts reads to split compounds and recognise possessives, and the words its articles
 * write as names. Each article's share is worked out on its own (`ArticleWords`), so that adding or
 * removing one article merges the shares again instead of reading every sentence
 * (analyseDossier.ts); merged in article order they give exactly what one pass over all the
 * sentences gives. Pure.
 */
import type { AnalyzerContext } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { stem, type Language } from './analysis/stem.js';
import { isStopword } from './analysis/stopwords.js';
import { tokenize } from './analysis/tokenize.js';
import { HAS_DIGIT, STARTS_WITH_CAPITAL } from '../text/letterClasses.js';

/** What a dossier knows, in the order the words first appear (the snapshot keeps these arrays). */
export interface KnownWords {
  /** The analyzer's words, proper nouns and the stems of its words (analyzeText.ts). */
  vocabulary: string[];
  properNouns: string[];
  stems: string[];
  /** Folded words of the sentences, and those of them the articles write as names. */
  corpusWords: string[];
  names: string[];
}

/** One article's share of its dossier's known words. */
export interface ArticleWords {
  /** Folded words of its sentences (numbers aside), in order of first appearance. */
  words: string[];
  /** Those of them written lowercase somewhere in the article. */
  lowercase: string[];
  /** Those capitalised where a sentence does not start, in order of first appearance. */
  midCapitals: string[];
}

/** Collects an article's words sentence by sentence (so a long article can be read in steps). */
export class ArticleWordsReader {
  private readonly words = new Set<string>();
  private readonly lowercase = new Set<string>();
  private readonly midCapitals = new Set<string>();

  add(sentence: string): void {
    tokenize(sentence).forEach((token, i) => {
      if (token.isNumber) return;
      const folded = fold(token.surface);
      this.words.add(folded);
      // Names are told by their capital in the articles (the glossary writes everything lowercase).
      if (!STARTS_WITH_CAPITAL.test(token.surface)) this.lowercase.add(folded);
      else if (i > 0) this.midCapitals.add(folded);
    });
  }

  finish(): ArticleWords {
    return { words: [...this.words], lowercase: [...this.lowercase], midCapitals: [...this.midCapitals] };
  }
}

/** A folded word the analyzer may use as a compound part or possessive base. */
function isVocabularyWord(folded: string, language: Language): boolean {
  return folded.length >= 3 && !HAS_DIGIT.test(folded) && !isStopword(folded, [language]);
}

/** The dossier's known words from its articles' shares (in article order) and extra words (its glossary's). */
export function knownWords(language: Language, articles: Iterable<ArticleWords>, extraWords: Iterable<string>): KnownWords {
  const corpusWords = new Set<string>();
  const lowercase = new Set<string>();
  const midCapitals = new Set<string>();
  for (const article of articles) {
    for (const word of article.words) corpusWords.add(word);
    for (const word of article.lowercase) lowercase.add(word);
    for (const word of article.midCapitals) midCapitals.add(word);
  }
  const vocabulary = new Set<string>();
  for (const word of corpusWords) if (isVocabularyWord(word, language)) vocabulary.add(word);
  for (const word of extraWords) {
    const folded = fold(word);
    if (isVocabularyWord(folded, language)) vocabulary.add(folded);
  }
  return {
    vocabulary: [...vocabulary],
    properNouns: [...vocabulary].filter((word) => !lowercase.has(word)),
    stems: [...new Set([...vocabulary].map((word) => stem(word, language)))],
    corpusWords: [...corpusWords],
    // A name is capitalised where a sentence does not start, and never written lowercase.
    names: [...midCapitals].filter((word) => !lowercase.has(word)),
  };
}

/** The analyzer over known words. */
export function analyzerOf(language: Language, known: Pick<KnownWords, 'vocabulary' | 'properNouns' | 'stems'>): AnalyzerContext {
  const vocabulary = new Set(known.vocabulary);
  const stems = new Set(known.stems);
  return { language, vocabulary, properNouns: new Set(known.properNouns), compoundParts: { isWord: (word: string) => vocabulary.has(word), hasStem: (word: string) => stems.has(stem(word, language)) } };
}

export function languageOf(dossier: { language: string }): Language {
  return dossier.language === 'en' ? 'en' : 'nl';
}
