/**
 * The searchable form of one dossier: every answerable body sentence, analysed, and the postings
 * of its terms. Headings and captions are never indexed, so they can never be answers.
 */
import type { Article, Dossier } from '../knowledge/types.js';
import { analyzeText, type AnalyzedText, type AnalyzerContext } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { stem, type Language } from './analysis/stem.js';
import { isStopword } from './analysis/stopwords.js';
import { tokenize } from './analysis/tokenize.js';
import { buildSpelling, type Spelling } from './spelling.js';
import { sentenceFeatures, type SentenceFeatures } from './sentenceFeatures.js';
import { buildGlossaryIndex, contentWords, type GlossaryIndex } from './glossaryIndex.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { buildPostings, type Postings } from './postings.js';
import { packAnalyses, type PackedAnalyses } from './packedAnalyses.js';
import { packFeatures, type PackedFeatures } from './packedFeatures.js';

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
  /** Term → frequency in this sentence; compound and hyphen parts count half. */
  termCounts: ReadonlyMap<string, number>;
  /** Number of content words, for length normalisation. */
  length: number;
  features: SentenceFeatures;
  /**
   * What the sentence may refer back to: names and years from earlier in the paragraph (and the sentence
   * before it), and, when it has a pronoun subject, every word of the sentence before.
   */
  context: readonly string[];
}

export interface DossierIndex {
  dossier: Dossier;
  articles: ReadonlyMap<string, Article>;
  sentences: readonly SentenceRecord[];
  /** Every term's sentences, counts and written forms (postings.ts). */
  inverted: Postings;
  analyzer: AnalyzerContext;
  /** Folded words of the dossier's sentences: what name variants and typo corrections may land on. */
  words: ReadonlySet<string>;
  /** Document frequency of every indexed term (both fields), for vocabulary look-ups. */
  termFrequency: ReadonlyMap<string, number>;
  /** Mean `length` of the sentences. */
  averageLength: number;
  glossary: GlossaryIndex;
  /** The dossier's words and the glossary words that lead into it, for typos and "did you mean". */
  spelling: Spelling;
  /** General-language knowledge: word frequencies, English base forms, WordNet. */
  lexicon: Lexicon;
  /** Folded words the articles write as names: capitalised mid-sentence, never lowercase. */
  names: ReadonlySet<string>;
  /** Terms of the dossier's title: its topic, which every sentence implies. */
  topicTerms: ReadonlySet<string>;
  /** Ids of the sentences holding `term` in either field (memoised MiniSearch look-up). */
  postings(term: string): ReadonlySet<number>;
  /** Ids of the sentences that hold `term` in their `context` (what they refer back to). */
  contextPostings(term: string): readonly number[];
}

export const INDEX_FIELDS = ['words', 'parts'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

/** Sentences analysed (or indexed) between two pauses of a stepwise build. */
const STEP = 100;

/**
 * Folded words a dossier "knows": everything in its sentences plus extra words (its glossary), used
 * to recognise compound parts and possessives.
 */
function* buildAnalyzer(language: Language, texts: Iterable<string>, extraWords: Iterable<string>): Generator<void, { analyzer: AnalyzerContext; corpusWords: Set<string>; names: Set<string> }> {
  const vocabulary = new Set<string>();
  const corpusWords = new Set<string>();
  const lowercase = new Set<string>();
  const midSentenceCapitals = new Set<string>();
  const add = (word: string): void => {
    const folded = fold(word);
    if (folded.length >= 3 && !/\p{N}/u.test(folded) && !isStopword(folded, [language])) vocabulary.add(folded);
  };
  let seen = 0;
  for (const text of texts) {
    if (++seen % STEP === 0) yield;
    tokenize(text).forEach((token, i) => {
      if (token.isNumber) return;
      add(token.surface);
      corpusWords.add(fold(token.surface));
      // Names are told by their capital in the articles (the glossary writes everything lowercase).
      if (!/^\p{Lu}/u.test(token.surface)) lowercase.add(fold(token.surface));
      else if (i > 0) midSentenceCapitals.add(fold(token.surface));
    });
  }
  for (const word of extraWords) add(word);
  const stems = new Set([...vocabulary].map((word) => stem(word, language)));
  const properNouns = new Set([...vocabulary].filter((word) => !lowercase.has(word)));
  const analyzer = { language, vocabulary, properNouns, compoundParts: { isWord: (word: string) => vocabulary.has(word), hasStem: (word: string) => stems.has(stem(word, language)) } };
  // A name is capitalised where a sentence does not start, and never written lowercase.
  const names = new Set([...midSentenceCapitals].filter((word) => !lowercase.has(word)));
  return { analyzer, corpusWords, names };
}

function asLanguage(code: string): Language {
  return code === 'en' ? 'en' : 'nl';
}

/** Builds the index in one go (tests, tools). */
export function buildDossierIndex(dossier: Dossier, lexicon: Lexicon): DossierIndex {
  const steps = indexSteps(dossier, lexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the index in steps of a few milliseconds, giving the event loop back in between: a reload
 * of a large dossier never holds up the acks of a running app.
 */
export async function buildDossierIndexInSteps(dossier: Dossier, lexicon: Lexicon): Promise<DossierIndex> {
  const steps = indexSteps(dossier, lexicon);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The build, as a generator that pauses every `STEP` sentences. */
function* indexSteps(dossier: Dossier, lexicon: Lexicon): Generator<void, DossierIndex> {
  const language = asLanguage(dossier.language);
  const bodies = dossier.articles.flatMap((article) => article.paragraphs.flatMap((p) => p.sentences));
  // The glossary's words in the dossier language teach the compound splitter real Dutch words.
  const glossaryWords = dossier.glossary.flatMap((c) => (c.terms[language] ?? []).flatMap(contentWords));
  const { analyzer, corpusWords: words, names } = yield* buildAnalyzer(language, bodies, glossaryWords);

  const sentences: SentenceRecord[] = [];
  // Analyses are held as objects only while the postings are built; afterwards packed into typed
  // arrays (packedAnalyses.ts) and unpacked for the sentences that are ranked or shown.
  const analyses: AnalyzedText[] = [];
  const isName = (word: string): boolean => names.has(word);
  // Filled once every sentence is analysed; sentences are only asked for details after that.
  let packed: PackedAnalyses | undefined;
  let packedFeatures: PackedFeatures | undefined;
  const details = detailsCache((record) => {
    const analysis = packed?.analysis(record.id) ?? analyzeText(record.text, analyzer);
    return { analysis, features: packedFeatures?.features(record.id) ?? sentenceFeatures(record.text, analysis, isName), termCounts: countTerms(analysis) };
  });
  const allFeatures: SentenceFeatures[] = [];
  for (const article of dossier.articles) {
    let previous: readonly string[] = [];
    let previousWords: readonly string[] = [];
    for (const paragraph of article.paragraphs) {
      // Names and years from earlier in the paragraph, and from the sentence before it: "Zondag
      // ontsloeg hij …" is still about Tokajev, "Dat verzoek werd afgewezen" still about 2010.
      const context = new Set<string>(previous);
      for (const [i, text] of paragraph.sentences.entries()) {
        if (sentences.length % STEP === STEP - 1) yield;
        const analysis = analyzeText(text, analyzer);
        const features = sentenceFeatures(text, analysis, isName);
        const own = [...analysis.words.filter((t) => names.has(t.form)).map((t) => t.term), ...features.years];
        // A pronoun subject refers to what the sentence before was about ("… dat zij blijven").
        const refersBack = PRONOUN.test(text) ? previousWords : [];
        const refersTo = [...new Set([...context, ...refersBack])].filter((term) => !own.includes(term));
        analyses.push(analysis);
        allFeatures.push(features);
        sentences.push(new Sentence(sentences.length, article.id, paragraph.number, i + 1, text, paragraph.heading, analysis.words.length, refersTo.length > 0 ? refersTo : NO_CONTEXT, details));
        for (const term of own) context.add(term);
        previous = own;
        previousWords = analysis.words.map((t) => t.term);
      }
    }
  }

  const inverted = buildPostings(analyses);
  packed = packAnalyses(analyses);
  packedFeatures = packFeatures(allFeatures);
  analyses.length = 0;
  allFeatures.length = 0;
  yield;

  const termFrequency = new Map(inverted.terms());
  const glossary = buildGlossaryIndex(dossier.glossary, language, termFrequency);
  const averageLength = sentences.reduce((sum, s) => sum + s.length, 0) / (sentences.length || 1);
  const spelling = buildSpelling([...words, ...glossary.words]);
  // The index never changes once built, so a term's sentences can be remembered as a set; the memo
  // is bounded by the index's own vocabulary (only known terms reach it).
  const memo = new Map<string, ReadonlySet<number>>();
  const postings = (term: string): ReadonlySet<number> => {
    let ids = memo.get(term);
    if (!ids) {
      ids = new Set(inverted.ids(term));
      if (termFrequency.has(term)) memo.set(term, ids);
    }
    return ids;
  };
  const topicTerms = new Set(analyzeText(dossier.title, analyzer).words.map((t) => t.term));
  // Built on first use, in one pass: most questions never need it.
  let byContext: Map<string, number[]> | undefined;
  const contextPostings = (term: string): readonly number[] => {
    if (!byContext) {
      byContext = new Map();
      for (const record of sentences) {
        for (const t of record.context) {
          const ids = byContext.get(t);
          if (ids) ids.push(record.id);
          else byContext.set(t, [record.id]);
        }
      }
    }
    return byContext.get(term) ?? [];
  };
  return { dossier, articles: new Map(dossier.articles.map((a) => [a.id, a])), sentences, inverted, analyzer, words, termFrequency, averageLength, glossary, spelling, lexicon, names, topicTerms, postings, contextPostings };
}

/** The sentences before and after `record` in its paragraph, where Dutch puts who said it or that it was withdrawn. */
export function paragraphNeighbours(index: Pick<DossierIndex, 'sentences'>, record: SentenceRecord): { previous?: string; next?: string } {
  const near = (offset: number): string | undefined => {
    const other = index.sentences[record.id + offset];
    return other && other.articleId === record.articleId && other.paragraph === record.paragraph ? other.text : undefined;
  };
  const previous = near(-1);
  const next = near(1);
  return { ...(previous === undefined ? {} : { previous }), ...(next === undefined ? {} : { next }) };
}

const NO_CONTEXT: readonly string[] = Object.freeze([]);

/** What is worked out again from a sentence's text when it is needed (see `Sentence`). */
interface Details {
  analysis: AnalyzedText;
  features: SentenceFeatures;
  termCounts: ReadonlyMap<string, number>;
}

/** Sentences whose details are kept: more than a question ranks and shows, far fewer than a large dossier holds. */
const DETAILS_KEPT = 4096;

/** The details of the most recently used sentences, worked out on demand (least recently used go first). */
function detailsCache(work: (record: SentenceRecord) => Details): (record: SentenceRecord) => Details {
  const kept = new Map<number, Details>();
  return (record) => {
    let found = kept.get(record.id);
    if (found) {
      kept.delete(record.id);
    } else {
      found = work(record);
      if (kept.size >= DETAILS_KEPT) kept.delete(kept.keys().next().value as number);
    }
    kept.set(record.id, found);
    return found;
  };
}

/**
 * A sentence of the index. Its analysis, features and term counts are derived from its text on
 * first use and kept in a bounded cache: the same every time (the analyzer is fixed once built),
 * without holding them for 100,000 sentences of which a question looks at a few dozen.
 */
class Sentence implements SentenceRecord {
  declare readonly heading?: string;
  constructor(
    readonly id: number,
    readonly articleId: string,
    readonly paragraph: number,
    readonly sentence: number,
    readonly text: string,
    heading: string | undefined,
    readonly length: number,
    readonly context: readonly string[],
    private readonly details: (record: SentenceRecord) => Details,
  ) {
    if (heading !== undefined) Object.defineProperty(this, 'heading', { value: heading, enumerable: true });
  }

  get analysis(): AnalyzedText {
    return this.details(this).analysis;
  }

  get features(): SentenceFeatures {
    return this.details(this).features;
  }

  get termCounts(): ReadonlyMap<string, number> {
    return this.details(this).termCounts;
  }
}

const PRONOUN = /(?:^|[^\p{L}])(?:hij|zij|ze|hem|diens|he|she|they)(?![\p{L}])/iu;

/** Parts (compound pieces, hyphen parts) weigh half a whole word. */
const PART_WEIGHT = 0.5;

function countTerms(analysis: AnalyzedText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of analysis.words) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  for (const t of analysis.parts) counts.set(t.term, (counts.get(t.term) ?? 0) + PART_WEIGHT);
  return counts;
}
