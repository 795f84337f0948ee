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
import { mapped } from '../lists/loops.js';

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

/**
 * Folded words numbered in order of first appearance, so an article's share is a few typed arrays
 * and merging the shares is integer work. Only ever grows: an analysis updated from an earlier one
 * numbers on in the earlier one's table, whose shares stay valid.
 */
export class WordNumbers {
  readonly words: string[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.words.push(word);
      this.numbers.set(word, n);
    }
    return n;
  }

  find(word: string): number | undefined {
    return this.numbers.get(word);
  }
}

/** One article's share of its dossier's known words, as numbers of a `WordNumbers`. */
export interface ArticleWords {
  /** Folded words of its sentences (numbers aside), in order of first appearance. */
  words: Uint32Array;
  /** Those of them written lowercase somewhere in the article. */
  lowercase: Uint32Array;
  /** Those capitalised where a sentence does not start, in order of first appearance. */
  midCapitals: Uint32Array;
}

/** Every article's share, in article order, and the numbers they are written in. */
export interface DossierWords {
  numbers: WordNumbers;
  articles: readonly ArticleWords[];
}

/** Collects an article's words sentence by sentence (so a long article can be read in steps). */
export class ArticleWordsReader {
  private readonly words = new Set<number>();
  private readonly lowercase = new Set<number>();
  private readonly midCapitals = new Set<number>();

  constructor(private readonly numbers: WordNumbers) {}

  add(sentence: string): void {
    tokenize(sentence).forEach((token, i) => {
      if (token.isNumber) return;
      const n = this.numbers.numberOf(fold(token.surface));
      this.words.add(n);
      // Names are told by their capital in the articles (the glossary writes everything lowercase).
      if (!STARTS_WITH_CAPITAL.test(token.surface)) this.lowercase.add(n);
      else if (i > 0) this.midCapitals.add(n);
    });
  }

  finish(): ArticleWords {
    return { words: Uint32Array.from(this.words), lowercase: Uint32Array.from(this.lowercase), midCapitals: Uint32Array.from(this.midCapitals) };
  }
}

/** A folded word the analyzer may use as a compound part or possessive base. */
function isVocabularyWord(folded: string, language: Language): boolean {
  return folded.length >= 3 && !HAS_DIGIT.test(folded) && !isStopword(folded, [language]);
}

/** The dossier's known words from its articles' shares (in article order) and extra words (its glossary's). */
export function knownWords(language: Language, { numbers, articles }: DossierWords, extraWords: Iterable<string>): KnownWords {
  const { words } = numbers;
  const inCorpus = new Uint8Array(words.length);
  const lowercase = new Uint8Array(words.length);
  const isMidCapital = new Uint8Array(words.length);
  const corpusWords: string[] = [];
  const midCapitals: number[] = [];
  for (const article of articles) {
    for (const n of article.words) {
      if (inCorpus[n] === 1) continue;
      inCorpus[n] = 1;
      corpusWords.push(words[n] as string);
    }
    for (const n of article.lowercase) lowercase[n] = 1;
    for (const n of article.midCapitals) {
      if (isMidCapital[n] === 1) continue;
      isMidCapital[n] = 1;
      midCapitals.push(n);
    }
  }
  const vocabulary = new Set<string>();
  for (const word of corpusWords) if (isVocabularyWord(word, language)) vocabulary.add(word);
  for (const word of extraWords) {
    const folded = fold(word);
    if (isVocabularyWord(folded, language)) vocabulary.add(folded);
  }
  const isLowercase = (word: string): boolean => {
    const n = numbers.find(word);
    return n !== undefined && lowercase[n] === 1;
  };
  return {
    vocabulary: [...vocabulary],
    properNouns: [...vocabulary].filter((word) => !isLowercase(word)),
    stems: [...new Set(mapped([...vocabulary], (word) => stem(word, language)))],
    corpusWords,
    // A name is capitalised where a sentence does not start, and never written lowercase.
    names: mapped(midCapitals.filter((n) => lowercase[n] !== 1), (n) => words[n] as string),
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
