/**
 * The searchable form of one dossier: every answerable body sentence, analysed, and the postings
 * of its terms. Headings and captions are never indexed, so they can never be answers.
 */
import type { Article, Dossier } from '../knowledge/types.js';
import { analyzeText, type AnalyzedText, type AnalyzerContext } from './analysis/analyzeText.js';
import { buildSpelling, type Spelling } from './spelling.js';
import type { SentenceFeatures, Terms } from './sentenceFeatures.js';
import { buildGlossaryIndex, type GlossaryIndex } from './glossaryIndex.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { couldEverGive, type TypeFacts } from './answerType.js';
import { agentsOf, peopleTerms } from './agents.js';
import { lazySentenceFlags } from './sentenceBits.js';
import type { Intent } from './query/questionWords.js';
import { postingsFrom, type Postings, type PostingsData } from './postings.js';
import { analysesFrom, type PackedAnalyses, type PackedAnalysesData } from './packedAnalyses.js';
import { unpackedFrom, type PackedFeatures, type PackedFeaturesData } from './packedFeatures.js';
import { analyzerOf, languageOf, type KnownWords } from './knownWords.js';
import { analyseSteps, type Analysed, type EarlierAnalysis } from './analyseDossier.js';
import { finish, finishInSteps } from './steps.js';
import { resolveRoles, roleTableOf } from './roleMentions.js';
import { measuresOf, type Measures } from './measures.js';
import { flatMap, mapped } from '../lists/loops.js';

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
   * before it), and, when it has a pronoun subject, every word of the sentence before; a paragraph's
   * first sentence without a pronoun subject also the names the rest of the paragraph gives.
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
  /** Mean `length` of the sentences. */
  averageLength: number;
  /** Every sentence's `length` (its number of words), by id: what scoring reads for each candidate. */
  lengths: Uint16Array;
  glossary: GlossaryIndex;
  /** The dossier's words and the glossary words that lead into it, for typos and "did you mean". */
  spelling: Spelling;
  /** General-language knowledge: word frequencies, English base forms, WordNet. */
  lexicon: Lexicon;
  /** Folded words the articles write as names: capitalised mid-sentence, never lowercase. */
  names: ReadonlySet<string>;
  /** Terms of the dossier's title: its topic, which every sentence implies. */
  topicTerms: ReadonlySet<string>;
  /**
   * The measures the dossier tracks, each as the terms of its topic's words (deaths: doden, gedood,
   * omgekomen, …): a measure word weighs at least as much as an essential word in a question, and a
   * figure counting one word of a measure counts what any of its words asks ("20.000 bandieten" for
   * how many opponents).
   */
  measures: Measures;
  /** Who each role stands for ("president" → Tokajev), by the mentions naming its holder; none when unclear. */
  roles: ReadonlyMap<string, readonly string[]>;
  /** The names the articles give a role ("president Tokajev"): people, not places or organisations. */
  people: ReadonlySet<string>;
  /** Terms naming people when a figure counts them (agents.ts `peopleTerms`). */
  countedPeople: Terms;
  /** Ids of the sentences that hold `term` in their `context` (what they refer back to). */
  contextPostings(term: string): readonly number[];
  /** What answerType.ts reads of sentence `id`, without unpacking its analysis unless who or name asks for it. */
  typeFacts(id: number): TypeFacts;
  /** Whether sentence `id` names no place or organisation, itself or (after a paragraph's first sentence) earlier in its paragraph: it implies the dossier's topic (retrieve.ts). */
  placeless(id: number): boolean;
  /** Ids of the sentences that could give a specific answer type at all (a figure, a time, a cause; answerType.ts `couldEverGive`), in order; built on first use. */
  couldGive(intent: Intent): readonly number[];
}


/** Everything analysis produced for a dossier: all an index is assembled from, and what a snapshot keeps. */
export interface IndexData extends KnownWords {
  /** Per sentence, in order: its number of words, and what it refers back to (`SentenceRecord.context`). */
  lengths: Uint16Array;
  context: string[][];
  /** The roles sentences bind to names, in sentence order: [sentence id, role key, the names' terms] (roleMentions.ts). */
  roles: Array<[number, string, string[]]>;
  postings: PostingsData;
  analyses: PackedAnalysesData;
  features: PackedFeaturesData;
}

/** Builds the index in one go (tests, tools). */
export function buildDossierIndex(dossier: Dossier, lexicon: Lexicon): DossierIndex {
  return assembleIndex(dossier, finish(analyseSteps(dossier)).analysis.data, lexicon);
}

/** Analyses a dossier in one go, reusing what an earlier analysis of it still holds (analyseDossier.ts). */
export function analyseDossier(dossier: Dossier, earlier?: EarlierAnalysis): Analysed {
  return finish(analyseSteps(dossier, earlier));
}

/**
 * Analyses a dossier in steps of a few milliseconds, giving the event loop back in between: a
 * reload of a large dossier never holds up the acks of a running app. Given the analysis of the
 * dossier before a change, only the articles that need it are analysed again.
 */
export function analyseDossierInSteps(dossier: Dossier, earlier?: EarlierAnalysis): Promise<Analysed> {
  return finishInSteps(analyseSteps(dossier, earlier));
}

/** Builds the index in steps (see `analyseDossierInSteps`). */
export async function buildDossierIndexInSteps(dossier: Dossier, lexicon: Lexicon): Promise<DossierIndex> {
  return assembleIndex(dossier, (await analyseDossierInSteps(dossier)).analysis.data, lexicon);
}

/** In the order the index numbers them: every body sentence of every article. */
function* sentencesOf(dossier: Dossier): Generator<{ article: Article; paragraph: Article['paragraphs'][number]; index: number; text: string }> {
  for (const article of dossier.articles) for (const paragraph of article.paragraphs) for (const [index, text] of paragraph.sentences.entries()) yield { article, paragraph, index, text };
}

/**
 * The index over a dossier and what its analysis produced (built now, or read from a snapshot):
 * its sentences, their details unpacked on demand, the vocabulary and the look-ups.
 */
export function assembleIndex(dossier: Dossier, data: IndexData, lexicon: Lexicon): DossierIndex {
  const language = languageOf(dossier);
  const analyzer = analyzerOf(language, data);
  const names = new Set(data.names);
  const words = new Set(data.corpusWords);
  const inverted = postingsFrom(data.postings);
  const packed = analysesFrom(data.analyses);
  const packedFeatures = unpackedFrom(data.features);
  const unpack = (record: Pick<SentenceRecord, 'id'>): Details => new UnpackedDetails(record.id, packed, packedFeatures);
  // A dossier no larger than the cache keeps every sentence's details, by id: no cache to consult per read.
  const details = data.lengths.length <= DETAILS_KEPT ? keptAll(data.lengths.length, unpack) : detailsCache(unpack);
  const sentences: SentenceRecord[] = [];
  for (const { article, paragraph, index, text } of sentencesOf(dossier)) {
    const id = sentences.length;
    const refersTo = data.context[id] ?? [];
    sentences.push(new Sentence(id, article.id, paragraph.number, index + 1, text, paragraph.heading, data.lengths[id] ?? 0, refersTo.length > 0 ? refersTo : NO_CONTEXT, details));
  }
  if (sentences.length !== data.lengths.length) throw new Error(`the analysis holds ${data.lengths.length} sentences, the dossier ${sentences.length}`);

  // Glossary targets are the terms the dossier holds.
  const topicTerms = new Set(mapped(analyzeText(dossier.title, analyzer).words, (t) => t.term));
  const glossary = buildGlossaryIndex(dossier.glossary, language, { has: (term) => inverted.frequency(term) > 0 }, topicTerms);
  const averageLength = sentences.reduce((sum, s) => sum + s.length, 0) / (sentences.length || 1);
  const spelling = buildSpelling([...words, ...glossary.words]);
  const measures = measuresOf(dossier.topics, analyzer);
  const roles = resolveRoles(roleTableOf(data.roles));
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
  const { agents: agentWords, counted: countedPeople } = peopleTerms(glossary.concepts, lexicon);
  const agents = agentsOf(agentWords, sentences.length, (term) => inverted.ids(term));
  const measureWords = new Set(flatMap(measures, (measure) => [...measure]));
  const typeFacts = (id: number): TypeFacts => packedFeatures.facts(id, sentences, agents, measureWords);
  const people = new Set([...roles.values()].flat());
  const placeless = lazySentenceFlags(sentences.length, (flags) => {
    const somewhere = (term: string): boolean => names.has(term) && !people.has(term);
    // A paragraph's first sentence also has the names the rest of the paragraph gives: about what
    // it introduces, not somewhere it refers back to; a later one refers back to its paragraph.
    for (const record of sentences) flags[record.id] = typeFacts(record.id).some('names', (name) => !people.has(name)) || (record.sentence > 1 && record.context.some(somewhere)) ? 0 : 1;
  });
  const giving = new Map<Intent, number[]>();
  const couldGive = (intent: Intent): readonly number[] => {
    let ids = giving.get(intent);
    if (!ids) {
      ids = [];
      for (let id = 0; id < sentences.length; id++) if (couldEverGive(typeFacts(id), intent)) ids.push(id);
      giving.set(intent, ids);
    }
    return ids;
  };
  return { dossier, articles: new Map(mapped(dossier.articles, (a) => [a.id, a])), sentences, inverted, analyzer, words, averageLength, glossary, spelling, lexicon, names, topicTerms, measures, roles, people, countedPeople, contextPostings, typeFacts, placeless, couldGive, lengths: data.lengths };
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

/** Each part unpacked when first asked for: comparing two sentences' terms needs no features, a type check no term counts. */
class UnpackedDetails implements Details {
  private unpackedAnalysis?: AnalyzedText;
  private unpackedFeatures?: SentenceFeatures;
  private counted?: ReadonlyMap<string, number>;
  constructor(
    private readonly id: number,
    private readonly analyses: PackedAnalyses,
    private readonly allFeatures: PackedFeatures,
  ) {}

  get analysis(): AnalyzedText {
    this.unpackedAnalysis ??= this.analyses.analysis(this.id);
    return this.unpackedAnalysis;
  }

  get features(): SentenceFeatures {
    this.unpackedFeatures ??= this.allFeatures.features(this.id);
    return this.unpackedFeatures;
  }

  get termCounts(): ReadonlyMap<string, number> {
    this.counted ??= countTerms(this.analysis);
    return this.counted;
  }
}

/** Sentences whose details are kept: more than a question ranks and shows, far fewer than a large dossier holds. */
const DETAILS_KEPT = 4096;

/** Every sentence's details, worked out on first use and kept by id (for a dossier the cache would hold whole). */
function keptAll(count: number, work: (record: Pick<SentenceRecord, 'id'>) => Details): (record: Pick<SentenceRecord, 'id'>) => Details {
  const kept: Array<Details | undefined> = new Array<Details | undefined>(count).fill(undefined);
  return (record) => {
    let found = kept[record.id];
    if (found === undefined) {
      found = work(record);
      kept[record.id] = found;
    }
    return found;
  };
}

/**
 * The details of recently used sentences, worked out on demand. When full, the oldest entry goes
 * unless used since it came in; then it is kept as new ("second chance", close to least recently
 * used). A hit only marks its entry: moving it on every read cost a delete and a set per look.
 */
export function detailsCache<D>(work: (record: Pick<SentenceRecord, 'id'>) => D, limit = DETAILS_KEPT): (record: Pick<SentenceRecord, 'id'>) => D {
  const kept = new Map<number, { details: D; used: boolean }>();
  return (record) => {
    const entry = kept.get(record.id);
    if (entry) {
      entry.used = true;
      return entry.details;
    }
    while (kept.size >= limit) {
      const [oldest, value] = kept.entries().next().value as [number, { details: D; used: boolean }];
      kept.delete(oldest);
      if (!value.used) break;
      value.used = false;
      kept.set(oldest, value);
    }
    const details = work(record);
    kept.set(record.id, { details, used: false });
    return details;
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

/** Parts (compound pieces, hyphen parts) weigh half a whole word. */
const PART_WEIGHT = 0.5;

function countTerms(analysis: AnalyzedText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of analysis.words) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  for (const t of analysis.parts) counts.set(t.term, (counts.get(t.term) ?? 0) + PART_WEIGHT);
  return counts;
}
