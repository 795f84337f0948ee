/**
 * A dossier's analysis (IndexData), as a generator that pauses every hundred sentences: from
 * scratch, or from an earlier analysis of the same dossier when a few articles were added, edited or
 * removed. Then the known words are merged again from each article's share (knownWords.ts), the
 * articles that keep their analysis are copied (reusableArticles.ts says which, and why that is
 * exact) and only the others are analysed. Either way the result equals a fresh analysis of the
 * dossier as it is now, array for array.
 */
import type { Article, Dossier } from '../knowledge/types.js';
import { analyzeText, type AnalyzedText, type AnalyzerContext } from './analysis/analyzeText.js';
import { contentWords } from './glossaryIndex.js';
import { IndexDataBuilder } from './indexDataBuilder.js';
import { analyzerOf, ArticleWordsReader, knownWords, languageOf, WordNumbers, type ArticleWords, type DossierWords } from './knownWords.js';
import { changedWords, keepsAnalysis, unchangedArticles } from './reusableArticles.js';
import { sentenceFeatures } from './sentenceFeatures.js';
import { RoleBindings, roleMentions } from './roleMentions.js';
import type { IndexData } from './sentenceIndex.js';
import { flatMap, mapped } from '../lists/loops.js';

/** Sentences analysed (or read) between two pauses. */
const STEP = 100;
/** Sentences copied between two pauses: copying is a few hundred times cheaper than analysing. */
const COPY_STEP = 10_000;

/** What an analysis of a dossier produced, and what a later one can start from. */
export interface Analysis {
  data: IndexData;
  /** Each article's share of the known words (worked out again when absent, as after a snapshot). */
  words?: DossierWords;
}

/** A dossier as it was analysed, and that analysis. */
export interface EarlierAnalysis extends Analysis {
  dossier: Dossier;
}

export interface Analysed {
  analysis: Required<Analysis>;
  /** Sentences analysed, and copied from the earlier analysis. */
  analysedSentences: number;
  copiedSentences: number;
}

/** The glossary's words in the dossier language: they teach the compound splitter real words. */
function glossaryWords(dossier: Dossier): string[] {
  const language = languageOf(dossier);
  return flatMap(dossier.glossary, (c) => flatMap((c.terms[language] ?? []), contentWords));
}

const sentenceCount = (article: Article): number => article.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);

/**
 * Per article of `dossier`: where its sentences are in the earlier analysis, if it has the same
 * text there. Undefined when the earlier analysis is of no use: another language or glossary
 * (every word may analyse differently), or fewer than half the sentences unchanged (analysing
 * afresh costs as much).
 */
function unchangedIn(dossier: Dossier, earlier: EarlierAnalysis | undefined): Array<{ at: number; first: number; end: number } | undefined> | undefined {
  if (!earlier || languageOf(earlier.dossier) !== languageOf(dossier)) return undefined;
  const before = glossaryWords(earlier.dossier);
  const now = glossaryWords(dossier);
  if (before.length !== now.length || before.some((word, i) => word !== now[i])) return undefined;
  const starts: number[] = [];
  let total = 0;
  for (const article of earlier.dossier.articles) {
    starts.push(total);
    total += sentenceCount(article);
  }
  if (total !== earlier.data.lengths.length) return undefined;
  const found = mapped(unchangedArticles(earlier.dossier.articles, dossier.articles), (at) => (at === undefined ? undefined : { at, first: starts[at] as number, end: (starts[at] as number) + sentenceCount(earlier.dossier.articles[at] as Article) }));
  const kept = found.reduce((sum, range) => sum + (range ? range.end - range.first : 0), 0);
  const all = dossier.articles.reduce((sum, article) => sum + sentenceCount(article), 0);
  return kept * 2 >= all && kept > 0 ? found : undefined;
}

/** Counts sentences analysed and copied, and says when to pause. */
class Pace {
  analysed = 0;
  copied = 0;

  /** One more sentence analysed; true when it is time to pause. */
  analysedOne(): boolean {
    return ++this.analysed % STEP === 0;
  }
}

/** The analysis of `dossier`, reusing what `earlier` (an analysis of it before a change) still holds. */
export function* analyseSteps(dossier: Dossier, earlier?: EarlierAnalysis): Generator<void, Analysed> {
  const language = languageOf(dossier);
  const unchanged = unchangedIn(dossier, earlier);
  const pace = new Pace();

  // Each article's share of the known words: kept for unchanged articles, read for the others.
  const earlierWords = unchanged ? earlier?.words : undefined;
  const numbers = earlierWords?.numbers ?? new WordNumbers();
  const shares: ArticleWords[] = [];
  let read = 0;
  for (const [i, article] of dossier.articles.entries()) {
    const kept = unchanged?.[i];
    const share = kept ? earlierWords?.articles[kept.at] : undefined;
    if (share) {
      shares.push(share);
      continue;
    }
    const reader = new ArticleWordsReader(numbers);
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        reader.add(sentence);
        if (++read % STEP === 0) yield;
      }
    }
    shares.push(reader.finish());
  }
  const words: DossierWords = { numbers, articles: shares };
  yield;
  const known = knownWords(language, words, glossaryWords(dossier));
  const analyzer = analyzerOf(language, known);
  const names = new Set(known.names);
  yield;

  // Which unchanged articles keep their analysis under the new known words.
  let keeps = (_i: number): boolean => false;
  if (earlier && unchanged) {
    const changed = yield* changedWords({ known: earlier.data, analyzer: analyzerOf(language, earlier.data) }, { known, analyzer }, known.corpusWords);
    const isChanged = new Uint8Array(numbers.words.length);
    for (const word of changed) {
      const n = numbers.find(word);
      // A word in no article of the dossier now changes nothing in it.
      if (n !== undefined) isChanged[n] = 1;
    }
    keeps = (i) => unchanged[i] !== undefined && keepsAnalysis(shares[i] as ArticleWords, changed.size === 0 ? undefined : isChanged);
    yield;
  }

  const builder = new IndexDataBuilder();
  // Kept articles that follow each other in the earlier analysis are copied as one run.
  let run: { first: number; end: number } | undefined;
  for (const [i, article] of dossier.articles.entries()) {
    const kept = unchanged?.[i];
    const keep = kept !== undefined && keeps(i);
    if (keep && run?.end === kept.first && kept.end - run.first <= COPY_STEP) {
      run.end = kept.end;
      continue;
    }
    if (earlier && run) {
      builder.copy(earlier.data, run.first, run.end);
      pace.copied += run.end - run.first;
      run = undefined;
      yield;
    }
    if (keep) run = { first: kept.first, end: kept.end };
    else yield* analyseArticle(article, analyzer, names, builder, pace);
  }
  if (earlier && run) {
    builder.copy(earlier.data, run.first, run.end);
    pace.copied += run.end - run.first;
  }
  yield;
  const data = yield* builder.finish(known);
  return { analysis: { data, words }, analysedSentences: pace.analysed, copiedSentences: pace.copied };
}

/** A pronoun subject: the sentence refers to what the one before it was about (module level: see letterClasses.ts). */
const PRONOUN = /(?:^|[^\p{L}])(?:hij|zij|ze|hem|diens|he|she|they)(?![\p{L}])/iu;
/** A sentence that is a quote with no speaker of its own ("“De maatregelen … laten plaatsvinden.”" after "…”, aldus Poetin"): the speaker goes on. */
const CONTINUED_QUOTE = /^[“„"«][^”"»]*[”"»][.!?]?$/u;
/** A pronoun that refers to someone done to, not doing ("liet hem arresteren"); not a possessive ("diens rechterhand" is someone else). */
const OBJECT_PRONOUN = /(?:^|[^\p{L}])(?:hem|him)(?![\p{L}])/iu;

/** Whether a sentence refers back to someone as the one done to ("ontsloeg hem"), not as the doer. */
export function refersBackAsObject(text: string): boolean {
  return OBJECT_PRONOUN.test(text);
}

/** Whether a sentence refers back with a pronoun ("Zondag ontsloeg hij …"), not only carries the paragraph's names. */
export function refersBackByPronoun(text: string): boolean {
  return PRONOUN.test(text);
}

/** A sentence opening on what the one before said ("Dat verzoek werd afgewezen", "Daardoor …", "This was …"). */
const DEMONSTRATIVE_OPENING = /^(?:dat|die|dit|deze|daarop|daardoor|daarom|hierdoor|hierop|that|this|these|those)(?![\p{L}])/iu;

/** Whether a sentence opens on what the one before said ("Dat is slechts een klein deel …"): on its event, not only on someone. */
export function opensOnWhatWasSaid(text: string): boolean {
  return DEMONSTRATIVE_OPENING.test(text);
}

/** Whether a sentence goes on from the one before it: a pronoun, or an opening on what it said ("Dat verzoek werd afgewezen" is about the request for help). */
export function goesOnFromBefore(text: string): boolean {
  return refersBackByPronoun(text) || opensOnWhatWasSaid(text);
}

/** What someone said, named back ("zijn beschuldigingen", "die bewering", "his claims"): words for statements after a possessive or demonstrative. */
const SAID_BACK = /(?<!\p{L})(?:zijn|haar|hun|die|deze|dat|dit|his|her|their|these|those|that|this)\s+(?:beschuldiging(?:en)?|bewering(?:en)?|uitspra(?:ak|ken)|woorden|aantijging(?:en)?|verwijt(?:en)?|claims?|accusations?|allegations?|remarks?|words|statements?)(?!\p{L})/iu;

/** Whether a sentence names back what was said before it ("Poetin gaf geen onderbouwing voor zijn beschuldigingen"): it is about those statements. */
export function namesWhatWasSaid(text: string): boolean {
  return SAID_BACK.test(text);
}

/** Whether a sentence is a quote going on from the speaker before it: only within a paragraph (a new paragraph's quote names its speaker later). */
export function continuesQuote(text: string, sentenceInParagraph: number): boolean {
  return sentenceInParagraph > 1 && CONTINUED_QUOTE.test(text);
}

/** Analyses an article's sentences into `into`, pausing every `STEP` sentences. */
function* analyseArticle(article: Article, analyzer: AnalyzerContext, names: ReadonlySet<string>, into: IndexDataBuilder, pace: Pace): Generator<void, void> {
  const isName = (word: string): boolean => names.has(word);
  // Context runs within the article: nothing of the article before is referred back to.
  let previous: readonly string[] = [];
  let previousWords: readonly string[] = [];
  // The words of the statements right before (a quote over several sentences): what "zijn beschuldigingen" names.
  let saidWords: string[] = [];
  const roles = new RoleBindings();
  for (const paragraph of article.paragraphs) {
    // Names and years from earlier in the paragraph: "Zondag ontsloeg hij …" is still about Tokajev.
    // The paragraph's first sentence also has those of the sentence before it ("Dat verzoek werd
    // afgewezen" is still about 2010); the rest of the paragraph does not ("Daarnaast delen ze
    // inlichtingen" after a paragraph ending on the NAVO is not about the NAVO).
    const inParagraph = new Set<string>();
    const before = previous;
    const analyses: AnalyzedText[] = [];
    for (const text of paragraph.sentences) {
      if (pace.analysedOne()) yield;
      analyses.push(analyzeText(text, analyzer));
    }
    // A paragraph's first sentence may name its topic by a description the rest names ("De
    // buitenlandse troepen blijven voorlopig …", then "CSTO-lidstaten …"): it refers to those names too.
    const namedLater = flatMap(analyses.slice(1), (analysis) => mapped(analysis.words.filter((t) => names.has(t.form)), (t) => t.term));
    for (const [k, text] of paragraph.sentences.entries()) {
      const analysis = analyses[k] as AnalyzedText;
      const found = sentenceFeatures(text, analysis, isName);
      const own = [...mapped(analysis.words.filter((t) => names.has(t.form)), (t) => t.term), ...found.years];
      // A pronoun subject refers to what the sentence before was about ("… dat zij blijven").
      const refersBack = goesOnFromBefore(text) || continuesQuote(text, k + 1) ? previousWords : [];
      const namesSaid = namesWhatWasSaid(text) ? saidWords : [];
      // "De president" refers to the person the article gave that role ("president Tokajev").
      const mentions = roleMentions(text, analysis.words, isName);
      roles.learn(mentions);
      const meant = roles.resolve(mentions).filter((term) => !own.includes(term));
      // Not when it refers back with a pronoun ("Hij zei …"): then it is about the paragraph before.
      const ahead = k === 0 && !refersBackByPronoun(text) ? namedLater : [];
      // The sentence before is still the subject where the first names nothing of its own ("Dat verzoek werd afgewezen"),
      // not where it names its own ("De leden van de CSTO helpen …" after "… een tegenhanger van de Navo").
      const carried = k === 0 && found.names.length === 0 ? before : [];
      into.add(analysis, found, [...new Set([...inParagraph, ...carried, ...refersBack, ...namesSaid, ...meant, ...ahead])].filter((term) => !own.includes(term)), mentions.named);
      own.push(...meant);
      for (const term of own) inParagraph.add(term);
      previous = own;
      previousWords = mapped(analysis.words, (t) => t.term);
      saidWords = found.statement ? [...(k > 0 ? saidWords : []), ...previousWords] : [];
    }
  }
}
