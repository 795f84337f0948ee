/**
 * Query words → concepts, each with the alternative index terms that express it. A sentence
 * matches a concept through its best alternative; exact words weigh most, then other spellings
 * of a name, then glossary translations and synonyms, then compound parts, then typo matches.
 *
 * Every content word is a concept of its own, so "CSTO members" needs both the CSTO and members;
 * a glossary phrase with a word of the dossier in it adds its translations to each of its words:
 * a sentence saying the whole expression answers them all. A glossary phrase none of whose words occur in the dossier
 * ("security forces", "death toll", "stock market") is translated as a whole: one concept.
 */
import { compoundSynonyms } from './compoundSynonyms.js';
import { splitCompound } from '../analysis/decompound.js';
import { fold } from '../analysis/fold.js';
import { dutchInfinitives, dutchPastInfinitives, REGULAR_PAST_PARTICIPLE } from '../analysis/dutchVerbForms.js';
import { wholeTermOf } from '../analysis/analyzeText.js';
import type { Language } from '../analysis/stem.js';
import { wordParts } from '../analysis/tokenize.js';
import { isReflexive, isStopword } from '../analysis/stopwords.js';
import { longestLedPhrase, longestPhrase, lookupGlossary, type GlossaryMatch, type IndexedConcept } from '../glossaryIndex.js';
import { isMeasure } from '../measures.js';
import type { DossierIndex } from '../sentenceIndex.js';
import { isRealWord, type Lexicon } from '../lexicon/lexicon.js';
import type { PartOfSpeech } from '../lexicon/wordNet.js';
import { soundAlikes } from './soundAlikes.js';
import { countsAnyone } from './countsAnyone.js';
import { knownVariants } from './nameVariants.js';
import { addRoleHolders } from './roleHolders.js';
import { dossierSpecificity as specificityIn, ESSENTIAL, isCatenative, isLightVerb, salience } from './salience.js';
import { isDestination } from './destinations.js';
import { kept, remembered } from '../../lists/remembered.js';
import { alternativeOf } from './alternativeOf.js';
import { plainWord, type ParsedQuery, type QueryWord } from './parseQuery.js';
import type { Intent } from './questionWords.js';
import { ALL_DIGITS } from '../../text/letterClasses.js';
import { dutchNumberValue, dutchNumberWord } from '../../text/numberWords.js';
import { canonicalNumber } from '../analysis/numbers.js';
import { looksLikeYear } from '../analysis/years.js';
import { isCalendarWord, isFramingWord, isNewsroomWord } from './preamble.js';
import { flatMap, mapped } from '../../lists/loops.js';

/** `role`: the person the dossier gives a role the question names (roleHolders.ts). */
export type AlternativeKind = 'exact' | 'variant' | 'glossary' | 'compound' | 'typo' | 'bridge' | 'role';

export interface Alternative {
  /** Index terms that must all occur in the sentence. */
  terms: string[];
  weight: number;
  kind: AlternativeKind;
  /** For glossary alternatives: the glossary's own word forms, to tell real matches from stem look-alikes. */
  forms?: string[];
  /** The glossary negates its word ("niet bekend" for unknown): strong evidence only where the sentence does too. */
  negated?: true;
}

export interface Concept {
  /** The query words this concept stands for, as typed. */
  label: string;
  alternatives: Alternative[];
  /** How much the concept says, 0–1 (see salience.ts). */
  salience: number;
  /** What the word mostly is, when known (a single word only). */
  pos?: PartOfSpeech;
  /** A name the question makes a destination ("troops to Belarus"): only a sentence with it as one matches it strongly. */
  destination?: true;
  /**
   * A name the question makes an owner: of the next concept ("Nazarbayev's right-hand man"), or of
   * the one before ("de rechterhand van Tokajev"). Not who did or underwent what it asks.
   */
  owner?: 'of-next' | 'of-previous';
  /** Holds the word the question names as the doer ("who did Putin thank"): which of two people it asks did it. */
  doer?: true;
  /** Holds the word the question names as the one done to ("who helped Nazarbayev"). */
  doneTo?: true;
  /** One of the alternatives the question offers ("sent or only promised"): never essential. */
  alternative?: true;
  /** What the question's word order makes its word (parseQuery.ts `use`), where it says. */
  use?: 'verb' | 'noun';
  /** A role after "as"/"als" (parseQuery.ts `capacity`): what someone acts as, not another person. */
  capacity?: true;
  /** A nationality before forces (parseQuery.ts `nationalOf`): the country owns them; a sentence with it only as a destination does not say so. */
  nationalOf?: true;
  /** The verb said of "who" as its subject (parseQuery.ts `predicate`). */
  predicate?: true;
  /** An amount the question states to check it, with its qualifiers ("more than 10,000"; claimedAmounts.ts). */
  claimed?: true;
  /** A figure for the whole a part of which is asked ("hoeveel van die 20.000 bandieten"; parseQuery.ts). */
  whole?: true;
  /** Said after a preposition of place ("at the airport"): where something happened (parseQuery.ts `placed`). */
  placed?: true;
  /** A measure the dossier tracks ("killed", "gearresteerd"; measures.ts): what the question asks about. */
  measure?: true;
  /** The scene the question is asked in (parseQuery.ts `background`), no name asked about: never essential. */
  background?: true;
}

/**
 * A concept as one object shape: every key, in this order, unset ones undefined. Concepts are read
 * in every loop of retrieval and ranking; V8 keeps that code fast only while it meets few shapes,
 * and a spread copy (`{ ...c, salience }`) is a new one each time. Every concept is made here.
 */
function conceptOf(c: Concept, salience = c.salience, alternatives = c.alternatives): Concept {
  return {
    label: c.label,
    alternatives,
    salience,
    pos: c.pos,
    destination: c.destination,
    owner: c.owner,
    doer: c.doer,
    doneTo: c.doneTo,
    alternative: c.alternative,
    use: c.use,
    capacity: c.capacity,
    nationalOf: c.nationalOf,
    predicate: c.predicate,
    claimed: c.claimed,
    whole: c.whole,
    placed: c.placed,
    measure: c.measure,
    background: c.background,
  };
}

/** How much each kind of match counts, relative to the word itself. */
export const WEIGHTS = {
  exact: 1,
  variant: 0.8,
  /** A glossary translation of a word that is not in the dossier (English → Dutch). */
  translation: 0.85,
  /** A glossary synonym of a word that is in the dossier itself. */
  synonym: 0.55,
  compound: 0.7,
  typo: 0.6,
  /** A glossary concept reached through WordNet: a synonym or derived word, or a broader term. */
  bridge: { synonym: 0.5, derivation: 0.45, hypernym: 0.35 },
} as const;

/** Editors list the most direct translation first; later words weigh a little less. */
const ORDER_STEP = 0.025;
const ORDER_FLOOR = 0.8;

/** A concept a word stands for ("Moscow" for Russia, glossary `stands_for`): evidence, weighed below the word's own concept. */
const STANDS_FOR = 0.6;
/** The weakest whole stand-in: a synonym's stand-in, listed last. Links weaker still (a stand-in of a related concept) are leads, not evidence (evidence.ts). */
export const WEAKEST_STAND_IN = WEIGHTS.synonym * STANDS_FOR * ORDER_FLOOR;

/** What a word means itself weighs at least as its glossary synonyms listed last; a stand-in weighs less. */
const OWN_MEANING = WEIGHTS.synonym * ORDER_FLOOR;

/** A glossary concept reached through stemming only, not the literal word. */
const STEM_ONLY = 0.75;

/** A newsroom word the dossier lacks (preamble.ts `isNewsroomWord`): it ranks nothing, and no answer needs it. */
const NEWSROOM = 0.05;
/** A stated figure's weight (claimedAmounts.ts): below essential, so the dossier's own figure answers, yet the same figure ranks first. */
const CLAIMED = 0.3;
/** A glossary concept's opposite, in a yes/no question: evidence, below the concept's own words. */
const OPPOSITE = 0.7;
/** A word of a clause that only sets the time: below essential for all but the rarest words. */
const BACKGROUND = 0.5;
/** Just under what makes a concept essential (salience.ts `ESSENTIAL`). */
const BELOW_ESSENTIAL = ESSENTIAL - 0.01;
/** A word of an alternative the question offers: never essential, but it still ranks the branch a sentence holds. */
const ALTERNATIVE = 0.35;
const order = (position: number): number => Math.max(ORDER_FLOOR, 1 - ORDER_STEP * position);

/** Typos are corrected only in longer words, where a one-letter slip cannot make another word. */
const typoDistance = (length: number): number => (length >= 9 ? 2 : length >= 6 ? 1 : 0);
/** Shorter words get only the commonest slip, two letters swapped ("cuop", "gaurd"), from this length. */
const MIN_SWAPPED = 4;
/** How long a name cut short is: "naz", "toka"; shorter is any word's start, longer a slip to correct. */
const MIN_SHORT_NAME = 3;
const MAX_SHORT_NAME = 5;

/** The person whose name starts with `folded`, with the other spellings of that name ("tok" → tokajev, tokayev); none when two people could be meant. */
function shortNameOf(folded: string, index: DossierIndex): string[] {
  const whose = [...index.people].filter((name) => name.length > folded.length && name.startsWith(folded));
  const [first] = whose;
  if (first === undefined) return [];
  const same = new Set([first, ...knownVariants(first, index.words)]);
  return whose.every((name) => same.has(name)) ? whose : [];
}
const MIN_ONE_EDIT = 5;
const EVERYDAY_RANK = 3000;
const isEveryday = (word: string, language: Language, lexicon: Lexicon): boolean => (lexicon.rank(word, language) ?? Infinity) <= EVERYDAY_RANK;
/** Whether `word` is a word of `language` (for English, also one WordNet knows). */
const isWordOf = (word: string, language: Language, lexicon: Lexicon): boolean => lexicon.rank(word, language) !== undefined || (language === 'en' && lexicon.partOfSpeech(word) !== undefined);

/** What one word reads as, whatever its place in the question: its alternatives and what it was taken for. */
interface WordReading {
  readonly alternatives: readonly Alternative[];
  readonly pos: PartOfSpeech | undefined;
  readonly respelled: string | undefined;
  readonly meant: string | undefined;
  readonly namesTopic: boolean;
}

const termsKey = (terms: readonly string[], negated: boolean): string => `${negated ? '-' : '+'}${terms.join(' ')}`;

/** A copy a builder may change (weight, kind, forms) without changing the original; the terms are never changed. */
function copyAlternative(alternative: Alternative): Alternative {
  return alternativeOf(alternative.terms, alternative.weight, alternative.kind, alternative.forms ? [...alternative.forms] : undefined, alternative.negated);
}

class ConceptBuilder {
  readonly alternatives: Alternative[] = [];
  /** The alternatives by their terms (and negation): a word reaches the same terms many ways. */
  private readonly byTerms = new Map<string, Alternative>();
  /** Whether every alternative is in `byTerms` (not yet after `restore`). */
  private keyed = true;
  /** The part of speech of a single word, when its glossary entry tells it. */
  pos: PartOfSpeech | undefined;
  /** The word a typo was read as ("peple" → people): it says as much as that word, not as an unknown one. */
  respelled: string | undefined;
  /** The everyday word a slip no word of the dossier is near was typed for ("historicaly"): it weighs as that word, matching nothing. */
  meant: string | undefined;
  /** Reached a glossary concept that names the dossier's topic ("unrest" → onrust, in the title). */
  private namesTopic = false;
  constructor(
    readonly label: string,
    private readonly index: DossierIndex,
    /** The query words (folded) and whether they are numbers, for the concept's salience. */
    readonly words: ReadonlyArray<QueryWord>,
    /** The question's words before this one (folded): what makes "to" a destination (destinations.ts). */
    private readonly before: readonly string[] = [],
    /** A yes/no question: a glossary concept's opposites count too. */
    private readonly opposites = false,
  ) {}

  /** A particle of a phrasal verb: a word only inside a glossary phrase. */
  get isParticle(): boolean {
    return this.words.some((w) => w.particle);
  }

  /** The question takes the thing as known ("het bondgenootschap"): the dossier's own one (glossary `the`). */
  private get definite(): boolean {
    return this.words.some((word) => word.definite === true);
  }

  /** What reading the word found, to be handed to another builder of the same word (`wordConcept`'s memo). */
  reading(): WordReading {
    return { alternatives: mapped(this.alternatives, copyAlternative), pos: this.pos, respelled: this.respelled, meant: this.meant, namesTopic: this.namesTopic };
  }

  /** Takes over a reading of the same word; copies, as phrases found later add to a word's alternatives. */
  restore(reading: WordReading): void {
    for (const alternative of reading.alternatives) this.alternatives.push(copyAlternative(alternative));
    // Keyed only if a phrase adds to the word after all (`add`): most words take no more.
    this.keyed = false;
    this.pos = reading.pos;
    this.respelled = reading.respelled;
    this.meant = reading.meant;
    this.namesTopic = reading.namesTopic;
  }

  add(terms: string[], weight: number, kind: AlternativeKind, forms?: string[], negated = false): void {
    if (terms.length === 0 || !terms.every((t) => this.index.inverted.frequency(t) > 0)) return;
    if (!this.keyed) {
      for (const alternative of this.alternatives) this.byTerms.set(termsKey(alternative.terms, alternative.negated === true), alternative);
      this.keyed = true;
    }
    const key = termsKey(terms, negated);
    const existing = this.byTerms.get(key);
    if (!existing) {
      // Every key there, as for concepts: one shape (`alternativeOf`).
      const alternative = alternativeOf(terms, weight, kind, forms ? [...forms] : undefined, negated ? true : undefined);
      this.alternatives.push(alternative);
      this.byTerms.set(key, alternative);
      return;
    }
    // Same terms reached twice (gestuurd and sturen): keep the best weight and every listed form.
    if (existing.weight < weight) Object.assign(existing, { weight, kind });
    if (forms) existing.forms = [...new Set([...(existing.forms ?? []), ...forms])];
  }

  /**
   * Adds a glossary match's translations. Both orders count: how central the query word is to
   * the concept (a word listed first is its headword) and how direct each translation is.
   */
  addGlossary(match: GlossaryMatch | undefined, weight: number, exclude: ReadonlySet<string> = new Set(), kind: 'glossary' | 'bridge' = 'glossary'): void {
    for (const { concept, position: asked, literal } of match?.concepts ?? []) {
      if (concept.topical && kind === 'glossary') this.namesTopic = true;
      // "protesters" is listed under protesters, and only stems like "protests": the listed concept wins.
      const fit = order(asked) * (literal ? 1 : STEM_ONLY);
      concept.targets.forEach((target, position) => {
        if (target.terms.every((t) => exclude.has(t))) return;
        // A concept reached through WordNet is a guess: no forms, so it is never strong evidence, and
        // an essential word reached only this way never makes a full answer (tanks ≠ military vehicles).
        this.add(target.terms, weight * fit * order(position), kind, kind === 'glossary' ? target.forms : undefined, target.negated);
      });
      // What its words also stand for ("Moscow" for Russia), below the concept's own words.
      if (kind !== 'glossary') continue;
      this.addRelated(concept.standsFor, weight * fit * STANDS_FOR);
      // With a determiner, what the dossier means by it ("het bondgenootschap": the CSTO), as its words stand for.
      if (this.definite) this.addRelated(concept.definite, weight * fit * STANDS_FOR);
      // A yes/no question is settled by a sentence saying the opposite ("pulling out?" — "blijven voorlopig").
      if (this.opposites) this.addRelated(concept.opposites, weight * fit * OPPOSITE);
    }
  }

  /** Related concepts' words (what it stands for, its opposite) at `weight`, each in its own order. */
  private addRelated(others: readonly IndexedConcept[], weight: number): void {
    for (const other of others) {
      other.targets.forEach((target, position) => {
        this.add(target.terms, weight * order(position), 'glossary', target.forms, target.negated);
      });
    }
  }

  build(): Concept {
    const known = this.alternatives.length > 0;
    const isName = this.alternatives.some((a) => a.kind === 'variant') || this.words.some((w) => this.index.names.has(w.folded));
    const topical = known && (this.namesTopic || this.alternatives.some((a) => a.terms.every((t) => this.index.topicTerms.has(t))));
    // How rare the concept is in the dossier, by its most frequent way of occurring there.
    const matching = Math.max(0, ...mapped(this.alternatives, (a) => Math.min(...mapped(a.terms, (t) => this.index.inverted.frequency(t)))));
    const dossierSpecificity = known ? specificityIn(matching, this.index.sentences.length) : undefined;
    const read = this.respelled ?? this.meant;
    const folded = mapped(this.words, (w) => (this.words.length === 1 && read !== undefined ? read : w.folded));
    const poses = mapped(folded, (w) => this.pos ?? partOfSpeechOf(w, undefined, this.index.lexicon));
    const saliences = mapped(this.words, (w, i) => {
      const pos = poses[i];
      return salience({ folded: folded[i] ?? w.folded, isNumber: w.isNumber, known, isName, topical, ...(dossierSpecificity === undefined ? {} : { dossierSpecificity }), ...(pos ? { pos } : {}) }, this.index.lexicon);
    });
    const pos = this.words.length === 1 ? poses[0] : undefined;
    // A measure the dossier tracks ("killed", "gearresteerd") is what the question asks about, however
    // common its word: "how many people were killed" is not answered by the arrests.
    const measure = this.alternatives.some((a) => a.kind !== 'bridge' && a.terms.length === 1 && isMeasure(this.index.measures, a.terms[0] as string));
    const weight = Math.max(0, ...saliences);
    // The role the question gives a name: where something went, or whose something is.
    const [only] = this.words;
    // A name of the dossier, as typed, spelled or as the glossary writes it there ("russia" → Rusland).
    const named = this.words.length === 1 && (isName || this.alternatives.some((a) => a.kind === 'glossary' && a.terms.length === 1 && (a.forms ?? []).some((form) => this.index.names.has(form))));
    const alternative = this.words.every((w) => w.alternative);
    const salient = roleWeight(weight, this.words, { isName, measure, alternative });
    const doer = this.words.some((w) => w.doer);
    const single = this.words.length === 1;
    return conceptOf({
      label: this.label,
      alternatives: this.alternatives,
      salience: salient,
      pos: pos || undefined,
      destination: named && isDestination(only?.after, this.before) ? true : undefined,
      owner: only?.owner && single && (named || only.owner === 'of-next') ? only.owner : undefined,
      doer: doer ? true : undefined,
      doneTo: !doer && this.words.some((w) => w.doneTo) ? true : undefined,
      alternative: alternative ? true : undefined,
      use: single && only?.use ? only.use : undefined,
      capacity: only?.capacity ? true : undefined,
      nationalOf: only?.nationalOf ? true : undefined,
      predicate: only?.predicate && single ? true : undefined,
      claimed: this.words.every((w) => w.claimed) ? true : undefined,
      whole: this.words.some((w) => w.whole) ? true : undefined,
      placed: this.words.some((w) => w.placed) ? true : undefined,
      measure: measure ? true : undefined,
      background: inBackground(this.words, isName) ? true : undefined,
    });
  }
}

/**
 * A concept's weight for the part its words play in the question: a figure stated to be checked
 * asks for the dossier's own figure; one of the alternatives offered ("… or only promised") is
 * held by the answer or not, a name included; a time clause's words set the scene ("before sending
 * troops"), a name there still asked about; a measure the dossier tracks is what is asked.
 */
function roleWeight(weight: number, words: readonly QueryWord[], facts: { isName: boolean; measure: boolean; alternative: boolean }): number {
  if (words.every((w) => w.claimed)) return Math.min(weight, CLAIMED);
  if (facts.alternative) return weight * ALTERNATIVE;
  // Background is what the answer need not repeat: never essential, however rare its words.
  if (inBackground(words, facts.isName)) return Math.min(weight * BACKGROUND, BELOW_ESSENTIAL);
  // What a claimed figure counts is what the dossier's figure must count ("were dozens of rioters killed");
  // whose forces they are is what "kazakh soldiers" asks, however much the dossier says Kazakhstan.
  return facts.measure || words.every((w) => w.counted) || words.every((w) => w.nationalOf) ? Math.max(weight, ESSENTIAL) : weight;
}

/** Whether a concept's words only set the scene: all background, and no name asked about (a time's anchor may be one). */
const inBackground = (words: readonly QueryWord[], isName: boolean): boolean => (!isName || words.every((w) => w.anchor)) && words.every((w) => w.background);

/**
 * What a query word mostly is: WordNet's verdict for an English word; for a Dutch word, that of its
 * glossary concept's English headword ("gestuurd" → send, a verb).
 */
function partOfSpeechOf(word: string, listed: GlossaryMatch | undefined, lexicon: Lexicon): PartOfSpeech | undefined {
  if (looksEnglish(word, lexicon)) return lexicon.partOfSpeech(word);
  const viaEnglish = listed === undefined ? undefined : listedPartOfSpeech(listed, lexicon);
  if (viaEnglish !== undefined) return viaEnglish;
  // A Dutch adjective weighs as an English one does ("eigen troepen" as "own troops"). Not Dutch
  // verbs: a separable verb's meaning sits in the pair ("trekt zich … terug"), not in the verb.
  return lexicon.dutchPartOfSpeech(word) === 'a' ? 'a' : undefined;
}

/** What the glossary concept a word or phrase is listed under mostly is, by its first English word. */
function listedPartOfSpeech(phrase: GlossaryMatch, lexicon: Lexicon): PartOfSpeech | undefined {
  const headword = phrase.concepts[0]?.concept.english.find((w) => !w.includes(' '));
  return headword === undefined ? undefined : lexicon.partOfSpeech(headword);
}

/** The language most of the question's real words are in, when one is. */
function languageOf(words: readonly string[], lexicon: Lexicon, functionWords = 0): Language | undefined {
  // Function words vote too: "gaan de winkles in almaty al weer open" is Dutch, whatever "winkles" and "open" are.
  let english = Math.max(functionWords, 0);
  let dutch = Math.max(-functionWords, 0);
  for (const word of words) {
    if (looksEnglish(word, lexicon)) english++;
    else if (lexicon.rank(word, 'nl') !== undefined) dutch++;
  }
  return english > dutch ? 'en' : dutch > english ? 'nl' : undefined;
}

/** An English word rather than a Dutch one ("plat" is Dutch, whatever WordNet says). */
function looksEnglish(word: string, lexicon: Lexicon): boolean {
  const english = lexicon.rank(word, 'en');
  const dutch = lexicon.rank(word, 'nl');
  return english !== undefined ? dutch === undefined || english <= dutch : dutch === undefined && lexicon.partOfSpeech(word) !== undefined;
}


/**
 * Whether a sentence saying the opposite answers the question: a yes/no question ("are the troops
 * pulling out?" — "blijven voorlopig"), and how long a state lasted, which its end says ("how long
 * was Almaty offline?" — "voor het eerst in vijf dagen weer internet").
 */
function settledByOpposite(query: ParsedQuery): boolean {
  return query.polar || query.intents.has('duration');
}

/** `opened`: the phrase a preposition before the word opens with it ("in charge"), which says what the word means there. */
function wordConcept(questionLanguage: Language | undefined, word: QueryWord, position: number, words: readonly string[], index: DossierIndex, polar = false, opened?: GlossaryMatch): ConceptBuilder {
  const builder = new ConceptBuilder(word.surface, index, [word], words.slice(0, position), polar);
  if (opened) readWord(builder, questionLanguage, word, index, opened);
  else builder.restore(rememberedReading(questionLanguage, word, index, polar));
  const { lexicon } = index;
  const folded = word.folded;
  // "ordinary Kazakhs", "top officials", "joint unit": an English word that can be a qualifying
  // adjective, before another English word, modifies it; the thing asked is the noun. Not a
  // classifying one ("chinese involvement", "military vehicles"): that says which thing.
  if (builder.pos === 'n' && looksEnglish(folded, lexicon) && lexicon.qualifies(folded) && position + 1 < words.length && !index.names.has(folded) && looksEnglish(words[position + 1] ?? '', lexicon)) builder.pos = 'a';
  return builder;
}

/**
 * Per dossier, what each word reads as, bounded: words recur from question to question, and
 * reading one (glossary, spelling, WordNet) is most of what expanding a question costs. The key
 * holds everything the reading depends on.
 */
const READING_MEMO_LIMIT = 20_000;
/** Per dossier, per variant of the reading (`variantOf`), by the folded word itself: no key to build, its hash kept with the string. */
const readings = new WeakMap<DossierIndex, Map<number, Map<string, WordReading>>>();
/** The question's language, yes/no, determiner and number, as one small number. */
const variantOf = (questionLanguage: Language | undefined, polar: boolean, word: QueryWord): number =>
  (questionLanguage === 'en' ? 1 : questionLanguage === 'nl' ? 2 : 0) * 8 + (polar ? 4 : 0) + (word.definite === true ? 2 : 0) + (word.isNumber ? 1 : 0);

function rememberedReading(questionLanguage: Language | undefined, word: QueryWord, index: DossierIndex, polar: boolean): WordReading {
  const variants = kept(readings, index, () => new Map());
  const variant = variantOf(questionLanguage, polar, word);
  const memo = kept(variants, variant, () => new Map());
  return remembered(memo, word.folded, READING_MEMO_LIMIT, () => {
    const fresh = new ConceptBuilder(word.surface, index, [{ ...plainWord(word.surface, word.folded, word.isNumber), definite: word.definite === true ? true : undefined }], [], polar);
    readWord(fresh, questionLanguage, word, index);
    return fresh.reading();
  });
}

/** Reads one word into `builder`: its own and listed terms, other spellings, a slip's correction, WordNet's neighbours. */
function readWord(builder: ConceptBuilder, questionLanguage: Language | undefined, word: QueryWord, index: DossierIndex, opened?: GlossaryMatch): void {
  const { language } = index.analyzer;
  const { lexicon } = index;
  const folded = word.folded;
  builder.add([wholeTermOf(folded, language)], WEIGHTS.exact, 'exact');
  const parts = wordParts(folded);
  if (parts.length > 1) builder.add(mapped(parts, (p) => wholeTermOf(p, language)), WEIGHTS.variant, 'exact');
  for (const variant of knownVariants(folded, index.words)) builder.add([wholeTermOf(variant, language)], WEIGHTS.variant, 'variant');
  // A figure in digits is the same figure in words: "13" is "dertien", "2,000" "tweeduizend". Not
  // a year ("in 2000"): digits that look like one are read as one.
  const inWords = word.isNumber && !looksLikeYear(folded) ? dutchNumberWord(Number(canonicalNumber(folded))) : undefined;
  if (inWords !== undefined) builder.add([wholeTermOf(inWords, language)], WEIGHTS.variant, 'variant');
  // And the other way: "zestien" is the "16" the articles write in digits.
  const inDigits = word.isNumber ? undefined : dutchNumberValue(folded);
  if (inDigits !== undefined && inDigits >= 2) builder.add([wholeTermOf(canonicalNumber(String(inDigits)), language)], WEIGHTS.variant, 'variant');
  const inDossier = builder.alternatives.length > 0;
  const glossaryWeight = inDossier ? WEIGHTS.synonym : WEIGHTS.translation;
  const ownListing = lookupGlossary(index.glossary, [folded], 0, 1);
  let listed = opened ?? ownListing;
  if (!inDossier && !listed && !word.isNumber && !looksEnglish(folded, lexicon)) {
    // A Dutch verb as questions put it ("zuivert", "reageert"): its infinitive is listed or in the dossier.
    for (const infinitive of [...dutchInfinitives(folded), ...dutchPastInfinitives(folded)]) {
      builder.add([wholeTermOf(infinitive, language)], WEIGHTS.variant, 'exact');
      listed ??= lookupGlossary(index.glossary, [infinitive], 0, 1);
    }
  }
  builder.addGlossary(listed, glossaryWeight);
  // The part of speech the word's own listing tells: an opened phrase is an adverbial or a predicate, whatever its word.
  builder.pos = partOfSpeechOf(folded, opened ? ownListing : listed, lexicon);
  // Irregular English forms reach the glossary through their base form (sent → send, fled → flee).
  if (!listed && !word.isNumber) for (const lemma of lexicon.englishLemmas(folded).slice(1)) builder.addGlossary(lookupGlossary(index.glossary, [lemma], 0, 1), glossaryWeight);
  if (builder.alternatives.length === 0 && !word.isNumber) {
    // A compound the dossier has with its last part said otherwise ("politiebaas" → politiechef): that word, as evidence.
    for (const other of compoundSynonyms(folded, index.words, (a, b) => sameGlossaryMeaning(index, a, b))) builder.add([wholeTermOf(other, language)], WEIGHTS.compound * WEIGHTS.synonym, 'glossary', [other]);
  }
  if (builder.alternatives.length === 0 && !word.isNumber) {
    const pieces = splitCompound(folded, index.analyzer.compoundParts);
    if (pieces.length > 1) builder.add(mapped(pieces, (p) => wholeTermOf(p, language)), WEIGHTS.compound, 'compound');
  }
  // A word that is no word, reaching the glossary only by its stem ("internte" stems as "intern"), is a slip too: "internet".
  const stemOnly = !inDossier && listed !== undefined && listed.concepts.every((hit) => !hit.literal);
  // A slip that happens to spell a word of the other language ("winkles" in a Dutch question): two
  // letters swapped from a word of the dossier, and no word of the question's language.
  const slipIntoOther = builder.alternatives.length === 0 && !word.isNumber && questionLanguage !== undefined && isRealWord(folded, lexicon) && !isWordOf(folded, questionLanguage, lexicon) && folded.length >= MIN_ONE_EDIT ? index.spelling.swapped(folded) : [];
  if (slipIntoOther.length > 0) {
    builder.respelled = slipIntoOther[0];
    for (const close of slipIntoOther.slice(0, 3)) builder.add([wholeTermOf(close, language)], WEIGHTS.typo, 'typo');
  }
  if ((builder.alternatives.length === 0 || stemOnly) && !word.isNumber && !isRealWord(folded, lexicon)) {
    // A slip of the keyboard: the closest words of the dossier, or of the glossary ("Kyrgystan").
    const distance = typoDistance(folded.length);
    // A Dutch sound spelled the other way ("palijs" → paleis) is the likeliest slip of all.
    const heard = soundAlikes(folded).filter((w) => index.words.has(w));
    // A short word one letter off a name of the dossier ("putn" → Putin) is that name before any swap ("punt").
    const name = (w: string): boolean => index.names.has(w) || knownVariants(w, index.words).some((v) => index.names.has(v));
    const shortName = distance === 0 && folded.length >= MIN_SWAPPED ? index.spelling.closest(folded, 1).filter(name) : [];
    let closest = heard.length > 0 ? heard : distance > 0 ? index.spelling.closest(folded, distance) : shortName.length > 0 ? shortName : folded.length >= MIN_SWAPPED ? index.spelling.swapped(folded) : [];
    // A short word one slip from an everyday word of the question's language ("peple", "rusen"):
    // not any word, so a name the dossier lacks ("Biden") is not bent into a Dutch word it has ("beiden").
    // A question of one word has no language: English then, whose short everyday words ("toops",
    // "deahs") are what keyword questions are typed in, and which no Dutch name is bent into.
    // A name of the dossier is what people most often mistype ("poetn", "tokjev").
    if (closest.length === 0 && folded.length >= MIN_ONE_EDIT) closest = index.spelling.closest(folded, 1).filter((w) => isEveryday(w, questionLanguage ?? 'en', lexicon) || index.names.has(w));
    // A doubled letter typed at the wrong place ("barells", "tommorow"): one slip, though two edits.
    if (closest.length === 0 && folded.length >= MIN_SWAPPED) closest = index.spelling.redoubled(folded);
    // A person's name cut short, as chat does ("naz", "tok"): the one person of the dossier whose name starts so.
    if (closest.length === 0 && folded.length >= MIN_SHORT_NAME && folded.length <= MAX_SHORT_NAME) closest = shortNameOf(folded, index);
    builder.respelled = closest[0];
    if (closest.length === 0) builder.meant = lexicon.meant(folded);
    for (const close of closest.slice(0, 3)) {
      if (index.words.has(close)) {
        builder.add([wholeTermOf(close, language)], WEIGHTS.typo, 'typo');
        // A name read as meant has its other spellings too ("Tokkayev" → Tokayev, Tokajev).
        for (const variant of knownVariants(close, index.words)) builder.add([wholeTermOf(variant, language)], WEIGHTS.typo * WEIGHTS.variant, 'typo');
        builder.addGlossary(lookupGlossary(index.glossary, [close], 0, 1), WEIGHTS.typo * WEIGHTS.synonym);
      } else builder.addGlossary(lookupGlossary(index.glossary, [close], 0, 1), WEIGHTS.typo);
    }
  }
  const unlisted = builder.alternatives.length === 0;
  // An opened phrase ("in charge") has said what the word means: WordNet's neighbours are of its other senses.
  if (!word.isNumber && !opened && looksEnglish(folded, lexicon)) {
    // WordNet's neighbours of an English word may be listed: the words it derives from, always
    // ("detentions" → detain, "intervention" → intervene: the same meaning, its listed forms are
    // evidence); a synonym or broader term only for a word the glossary lacks ("bloc" → alliance),
    // and as a guess, never evidence (tanks ≠ military vehicles).
    // A word for people derives from their deed ("rioters" from "riot"): the deed is not they, so a guess too.
    const people = lexicon.namesPeople(folded);
    for (const { word: other, relation } of lexicon.related(folded)) {
      if (!unlisted && relation !== 'derivation') continue;
      const parts = other.split(' ');
      const evidence = relation === 'derivation' && (!people || lexicon.namesPeople(other));
      builder.addGlossary(lookupGlossary(index.glossary, parts, 0, parts.length), WEIGHTS.bridge[relation], undefined, evidence ? 'glossary' : 'bridge');
    }
  }
}

/** Whether two words are listed, as written, in one glossary concept ("baas" and "chef"). */
function sameGlossaryMeaning(index: DossierIndex, a: string, b: string): boolean {
  const literal = (word: string) => mapped((lookupGlossary(index.glossary, [word], 0, 1)?.concepts ?? []).filter((hit) => hit.literal), (hit) => hit.concept);
  const ofA = literal(a);
  return ofA.length > 0 && literal(b).some((concept) => ofA.includes(concept));
}

/** How many question words may stand between the two words of a split phrase ("legt Poetin de schuld"). */
const SPLIT_WITHIN = 2;
/**
 * How many between a Dutch verb and the particle closing its clause: the verb's whole object may
 * ("wie volgen de twee ontslagen vicevoorzitters op"), and the joined verb must be a known one.
 */
const PARTICLE_WITHIN = 4;

/**
 * A two-word glossary phrase whose words the question splits, as Dutch word order does ("waar
 * legt Poetin de schuld" for "de schuld leggen"; "weten we zo weinig" for "weten weinig"): each
 * of its words also finds the phrase's translations, as it does when they stand together. Only a
 * phrase listed word for word, in either order: a verb comes first in a question, last in a clause.
 * Dutch questions only: English keeps its phrases together, and "call its troops" is no "call in troops".
 */
function addSplitPhrases(index: DossierIndex, spelled: readonly string[], perWord: readonly ConceptBuilder[]): void {
  for (let i = 0; i < spelled.length; i++) {
    for (let j = i + 2; j <= i + 1 + SPLIT_WITHIN && j < spelled.length; j++) {
      const pair = [spelled[i] as string, spelled[j] as string];
      const match = mapped([pair, [pair[1] as string, pair[0] as string]], (words) => lookupGlossary(index.glossary, words, 0, 2)).find((m) => m?.concepts.some((c) => c.literal));
      if (!match) continue;
      const literal = { ...match, concepts: match.concepts.filter((c) => c.literal) };
      for (const k of [i, j]) {
        const builder = perWord[k] as ConceptBuilder;
        builder.addGlossary(literal, WEIGHTS.translation, new Set(flatMap(builder.alternatives, (a) => a.terms)));
      }
    }
  }
}

/**
 * A Dutch verb whose particle the question puts apart ("wie volgt Nazarbajev op" is "opvolgen"):
 * the verb's word becomes the whole verb where the glossary lists it or the dossier has it, and the
 * particle is read with it. Only a particle the parser kept as one (a stop word after a content
 * word); the question's words otherwise as they were.
 */
function joinSeparableVerbs(words: readonly QueryWord[], index: DossierIndex, language: Language | undefined): QueryWord[] {
  if (language === 'en') return withEnglishParticlesJoined(words, index);
  if (language !== 'nl') return [...words];
  const joined = [...words];
  words.forEach((particle, j) => {
    if (!particle.particle || !particle.closing) return;
    for (let i = j - 1; i >= Math.max(0, j - 1 - PARTICLE_WITHIN); i--) {
      const verb = joined[i] as QueryWord;
      if (verb.particle || verb.isNumber || index.names.has(verb.folded)) continue;
      const whole = `${particle.folded}${verb.folded}`;
      // Present ("volgt … op" → opvolgt, opvolgen) and past ("volgde … op" → opvolgen).
      const forms = [whole, ...dutchInfinitives(whole), ...dutchPastInfinitives(whole)];
      const known = forms.some((form) => lookupGlossary(index.glossary, [form], 0, 1)?.concepts.some((c) => c.literal) || index.inverted.frequency(wholeTermOf(form, index.analyzer.language)) > 0);
      if (!known) continue;
      joined[i] = { ...verb, surface: `${verb.surface} … ${particle.surface}`, folded: whole };
      joined[j] = { ...particle, folded: '' };
      return;
    }
  });
  return joined.filter((w) => !(w.particle && w.folded === ''));
}

/**
 * An English phrasal verb with its object between ("drove the police out of the airport", "turned
 * Kyrgyzstan down"): the particle is read right after its verb where the glossary lists the two as
 * one phrase ("drove out"), so the phrase is found as if typed together — unless the verb already
 * makes a phrase with the words after it.
 */
function withEnglishParticlesJoined(words: readonly QueryWord[], index: DossierIndex): QueryWord[] {
  const joined = [...words];
  words.forEach((particle, j) => {
    // A reflexive a word away is the intensifier of that word ("killed - police themselves"), not the verb's.
    if (!particle.particle || isReflexive(particle.folded)) return;
    for (let i = j - 2; i >= Math.max(0, j - 1 - SPLIT_WITHIN); i--) {
      const verb = joined[i] as QueryWord;
      if (verb.particle || verb.isNumber) continue;
      if (!lookupGlossary(index.glossary, [verb.folded, particle.folded], 0, 2)?.concepts.some((c) => c.literal)) continue;
      // Not a verb that makes a phrase with the words after it ("calls the shots in the CSTO").
      if (longestPhrase(index.glossary, mapped(joined, (w) => w.folded), i) !== undefined) return;
      joined.splice(j, 1);
      joined.splice(i + 1, 0, particle);
      return;
    }
  });
  return joined;
}

export function expandQuery(parsed: ParsedQuery, index: DossierIndex): Concept[] {
  const questionLanguage = languageOf(flatMap(parsed.words, (w) => (w.particle ? [] : [w.folded])), index.lexicon, parsed.functionWords);
  const query = { ...parsed, words: joinSeparableVerbs(parsed.words, index, questionLanguage) };
  const language: Language = index.analyzer.language;
  // A particle ("step down") is a word only within a glossary phrase: nothing of its own.
  const words = mapped(query.words, (w) => (w.particle ? '' : w.folded));
  // A phrase a dropped preposition opens with the word alone ("in charge") is what the word means there.
  const asTyped = mapped(query.words, (w) => w.folded);
  const opened = mapped(query.words, (word, i) => ledPhrase(index, word, asTyped, i));
  const perWord = mapped(query.words, (word, i) => (word.particle ? new ConceptBuilder(word.surface, index, [word]) : wordConcept(questionLanguage, word, i, words, index, settledByOpposite(query), opened[i]?.length === 1 ? opened[i] : undefined)));
  const concepts: Concept[] = [];
  // A glossary phrase is found with its typos read as what they were meant ("rigth hand" → right hand).
  const spelled = mapped(query.words, (word, i) => (word.particle ? word.folded : ((perWord[i] as ConceptBuilder).respelled ?? word.folded)));
  if (questionLanguage === 'nl') addSplitPhrases(index, spelled, perWord);

  for (let i = 0; i < words.length; ) {
    const plain = longestPhrase(index.glossary, spelled, i);
    const led = ledPhrase(index, query.words[i] as QueryWord, spelled, i, plain);
    const phrase = led !== undefined && led.length > 1 ? led : plain;
    const span = perWord.slice(i, i + (phrase?.length ?? 1));
    if (!phrase) {
      const single = span[0] as ConceptBuilder;
      const word = query.words[i] as QueryWord;
      if (word.particle) {
        i++;
        continue;
      }
      const parts = word.isNumber ? [] : wordParts(word.folded).filter((part) => part.length > 1 && !isStopword(part, ['en', 'nl']));
      if (single.alternatives.length === 0 && parts.length > 0 && wordParts(word.folded).length > 1) {
        // A hyphenated word the dossier does not have whole ("CSTO-lid", "moscow-backed"): its words, each as a word
        // ("Afghanistan-related": Afghanistan).
        for (const part of parts) concepts.push(wordConcept(questionLanguage, plainWord(part, part, ALL_DIGITS.test(part)), 0, [part], index).build());
      } else concepts.push(single.build());
    } else if (span.some((c) => c.alternatives.some((a) => a.kind === 'exact' || a.kind === 'variant'))) {
      // A word of it is in the dossier itself ("CSTO members"): each word stays a concept, and the
      // phrase's translations count for its head.
      // Not what one of its words already says: "csto" and "leden" do not say "states". In a Dutch
      // question the words are the dossier's own, and a synonym of the whole ("volksoproer" for
      // "binnenlandse onrust") says each of them, though one word alone also reaches it.
      const asTyped = new Set(flatMap(span, (c) => flatMap(c.alternatives.filter((a) => a.kind === 'exact' || a.kind === 'variant'), (a) => a.terms)));
      // What a word says only as a stand-in ("diens kliek" for Nazarbayev) is not its own: "inner circle" says it.
      const own = questionLanguage === 'nl' ? asTyped : new Set(flatMap(span, (c) => flatMap(c.alternatives.filter((a) => a.weight >= OWN_MEANING), (a) => a.terms)));
      // A sentence that says the whole expression ("hielden het treinverkeer tegen" for "blocking
      // trains") answers each of its words, not only the head. A word with nothing of its own ("law"
      // in "law and order") says what the whole says; not one with WordNet's guesses ("movement" in
      // "protest movement" is no protest).
      for (const concept of span) if (!concept.isParticle) concept.addGlossary(phrase, WEIGHTS.translation, concept.alternatives.length === 0 ? asTyped : own);
      for (const concept of span) if (!concept.isParticle) concepts.push(concept.build());
    } else {
      // An expression to translate as a whole ("security forces", "come to power", "stock market"):
      // one concept, found by the phrase's translations only; its words' loose translations would
      // drift ("mayor's office" is not about "officers").
      const merged = new ConceptBuilder(mapped(span, (c) => c.label).join(' '), index, query.words.slice(i, i + phrase.length), [], settledByOpposite(query));
      merged.add(mapped(query.words.slice(i, i + phrase.length).filter((w) => !w.particle), (w) => wholeTermOf(w.folded, language)), WEIGHTS.exact, 'exact');
      merged.addGlossary(phrase, WEIGHTS.translation);
      // A phrase the glossary translates by an adverb ("normaal gesproken": usually) frames as an
      // adverb does. Only adverbs: a phrase for a thing ("security forces") is what is asked.
      if (listedPartOfSpeech(phrase, index.lexicon) === 'r') merged.pos = 'r';
      // An expression the dossier has no words for ("oil fields") is searched by its words after all.
      if (merged.alternatives.length > 0) concepts.push(merged.build());
      else for (const concept of span) if (!concept.isParticle) concepts.push(concept.build());
    }
    i += span.length;
  }
  // "What caused all this", "wat is de oorzaak": asked of the story itself, the question is about
  // the dossier's own event, the word its title names it by ("Onrust in Kazachstan").
  if (concepts.length === 0 && query.intents.has('why')) {
    const event = storyEvent(index);
    if (event !== undefined) concepts.push(wordConcept(questionLanguage, plainWord(event, event, false), 0, [event], index).build());
  }
  // "Who is the police chief" asks for the holder: naming them in the question would answer it. Not
  // "wie ontkent dat de oud-president is gevlucht": who does something, to a holder the question names.
  const asksHolder = (query.intents.has('who') || query.intents.has('name')) && !query.words.some((w) => w.predicate);
  if (!asksHolder) addRoleHolders(concepts, index);
  // Each pass weighs the concepts for one part the words play in the question, in this order.
  const figure = query.intents.has('figure');
  let weighed = figure ? withGroupsCounted(concepts) : withQualifiersWeighed(concepts, index);
  weighed = withUnknownNames(weighed, query.words, index);
  weighed = withNewsroomWordsLight(index, weighed);
  weighed = withMembersOfNamed(index, query.intents, weighed);
  weighed = withRepeatsJoined(weighed);
  if ([...query.intents].some((i) => EVENT_TIMED.has(i))) weighed = withEventAsked(weighed, query.intents.has('when') || query.intents.has('date'));
  if (query.intents.size === 1 && figure && !query.polar) weighed = withMeasureAsked(weighed);
  if (query.objectAsked) weighed = withObjectVerbAsked(weighed);
  return query.intents.has('who') ? withPredicateAsked(weighed) : weighed;
}

/**
 * The glossary phrase a dropped preposition opens with the words from `start` ("in charge": leading,
 * not the accusation "charge"), as a match of the words after it; none when a phrase without it is longer.
 */
function ledPhrase(index: DossierIndex, word: QueryWord, spelled: readonly string[], start: number, plain = longestPhrase(index.glossary, spelled, start)): GlossaryMatch | undefined {
  if (word.lead === undefined || word.particle) return undefined;
  const led = longestLedPhrase(index.glossary, word.lead, spelled, start);
  return led === undefined || (plain !== undefined && plain.length >= led.length) ? undefined : led;
}

/**
 * In "what did Tokayev promise", "wat moeten de soldaten beschermen" the verb is what is asked: a
 * sentence naming Tokayev or the soldiers without it says nothing of what was promised or guarded.
 * The verb closing it is essential, however common; not one that only takes another verb or does
 * what its noun names, nor one said of anything (`UNSPECIFIC`).
 */
function withObjectVerbAsked(concepts: Concept[]): Concept[] {
  // The verb closes the question ("… promise?"): words after it may start another clause whose verb is not asked.
  const asked = concepts.findLastIndex((c) => !c.background);
  const verb = concepts[asked];
  if (verb === undefined) return concepts;
  const plain = verb.pos === 'v' && isDeed(verb) && !verb.alternative && !verb.claimed && !UNSPECIFIC.has(fold(verb.label));
  return plain ? mapped(concepts, (c, i) => (i === asked ? asEssential(c) : c)) : concepts;
}
/** Verbs said of anything: what happened, what was seen, what was said (what was said is in the sentence; a promise or a warning is not just any). */
const UNSPECIFIC: ReadonlySet<string> = new Set(['happen', 'happens', 'happened', 'happening', 'gebeuren', 'gebeurt', 'gebeurde', 'gebeurden', 'gebeurd', 'going', 'gaande', 'see', 'seen', 'saw', 'zien', 'gezien', 'zag', 'zagen',
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'mean', 'means', 'meant', 'think', 'thinks', 'thought', 'zeggen', 'zegt', 'zei', 'zeiden', 'gezegd', 'vertellen', 'vertelt', 'vertelde', 'vertelden', 'verteld', 'bedoelen', 'bedoelt', 'bedoelde', 'bedoeld', 'vinden', 'vindt', 'vond', 'vonden', 'denken', 'denkt', 'dacht', 'dachten', 'gedacht']);

/**
 * One thing said twice ("how did the dead officers die"): a concept all of whose alternatives another
 * has too, and half of the other's at least, says nothing the other does not, so a sentence saying
 * the other in any of its ways ("pleegden zelfmoord") says it too.
 */
function withRepeatsJoined(concepts: readonly Concept[]): Concept[] {
  const keys = mapped(concepts, (c) => new Set(mapped(c.alternatives, (a) => a.terms.join('+'))));
  return mapped(concepts, (concept, i) => {
    const own = keys[i] as Set<string>;
    if (own.size < 2) return concept;
    // Most of the other's ways too: one of its kinds ("peacekeeping force", vredesmacht, among the ways of "troops") stays itself.
    const wider = concepts.findIndex((_, j) => j !== i && (keys[j] as Set<string>).size > own.size && own.size * 2 >= (keys[j] as Set<string>).size && [...own].every((key) => (keys[j] as Set<string>).has(key)));
    if (wider < 0) return concept;
    const more = (concepts[wider] as Concept).alternatives.filter((a) => !own.has(a.terms.join('+')));
    return conceptOf(concept, concept.salience, [...concept.alternatives, ...more]);
  });
}

/**
 * A word of the newsroom's own work no sentence of the dossier has ("did the first piece say …",
 * "headline says …", "a soundbite on …") is about the asking, beside a question about something
 * the dossier has; alone with everyday words ("wie doet vanavond de eindredactie") it is what is asked.
 */
function withNewsroomWordsLight(index: DossierIndex, concepts: Concept[]): Concept[] {
  if (!concepts.some(isSubstantive)) return concepts;
  return mapped(concepts, (c) => (isNewsroomConcept(index, c) ? conceptOf(c, Math.min(c.salience, NEWSROOM)) : c));
}

/** Something the dossier has, weighty enough to be asked, and no newsroom word itself ("buitenland" is a desk too); no concept with a day in it ("the deadline for the sunday edition" asks about the newsroom, not the dossier's Sunday). */
function isSubstantive(c: Concept): boolean {
  return c.alternatives.length > 0 && c.salience >= ESSENTIAL && !c.label.split(' ').some((w) => isFramingWord(fold(w)) || isCalendarWord(fold(w)));
}

/** Newsroom words the dossier does not say itself. */
function isNewsroomConcept(index: DossierIndex, c: Concept): boolean {
  return !c.alternatives.some((a) => saidInDossier(index, a)) && c.label.split(' ').every((w) => isNewsroomWord(fold(w)));
}

/**
 * Whether some sentence of the dossier says an alternative in its own words. The glossary may know
 * a word no sentence has ("article": artikel, stuk), and WordNet may guess at it ("article" →
 * deel): neither is the dossier saying it.
 */
export function saidInDossier(index: DossierIndex, alternative: Alternative): boolean {
  return alternative.kind !== 'bridge' && alternative.terms.every((t) => index.inverted.frequency(t) > 0);
}

/** The word a dossier's title names its event by: the first that is no name, date or number ("Onrust in Kazachstan, januari 2022" → onrust). */
function storyEvent(index: DossierIndex): string | undefined {
  return mapped(index.dossier.title
    .split(/[^\p{L}\p{N}-]+/u), (word) => fold(word))
    .find((word) => word.length > 2 && !ALL_DIGITS.test(word) && !isCalendarWord(word) && !isStopword(word, ['nl', 'en']) && !index.names.has(word));
}

/**
 * Members of an organisation the question names ("when could members call on the CSTO") are what
 * a sentence about the organisation speaks of, whether or not it says "members" ("Er kon alleen een
 * beroep op worden gedaan …"): below essential, still ranked by.
 */
function withMembersOfNamed(index: DossierIndex, intents: ReadonlySet<Intent>, concepts: Concept[]): Concept[] {
  // Not what is counted: "hoeveel lidstaten telt de CSTO" asks for the members themselves.
  if (intents.has('figure')) return concepts;
  const organisation = concepts.some((c) => c.alternatives.some((a) => a.kind !== 'bridge' && a.terms.length === 1 && index.names.has(a.terms[0] as string) && !index.people.has(a.terms[0] as string) && !index.topicTerms.has(a.terms[0] as string)));
  if (!organisation) return concepts;
  return mapped(concepts, (c) => (MEMBERS.has(fold(c.label)) ? conceptOf(c, Math.min(c.salience, BELOW_ESSENTIAL)) : c));
}
const MEMBERS: ReadonlySet<string> = new Set(['members', 'member', 'member states', 'member state', 'member countries', 'leden', 'lid', 'lidstaten', 'lidstaat']);

/** The concept, essential however little its words weigh; not the scene it is asked in. */
const asEssential = (concept: Concept): Concept => (concept.background ? concept : conceptOf(concept, Math.max(concept.salience, ESSENTIAL)));

/**
 * In "how many" the verb says what is counted: "hoeveel agenten zijn er gewond geraakt" is not
 * answered by the two officers beheaded, nor "how much does Kazakhstan earn" by the barrels it
 * produces. A verb the dossier lacks is essential, however common; not one that only does what its
 * noun names ("arrestaties verricht") or takes another verb.
 */
function withMeasureAsked(concepts: Concept[]): Concept[] {
  const lacking = withLackingVerbsEssential(concepts, (c) => c.pos === 'v' || (c.pos === undefined && REGULAR_PAST_PARTICIPLE.test(fold(c.label))));
  // "How many people live in Almaty": people of any kind are counted by what they did or do, the
  // verb after them, however common ("tientallen relschoppers gedood in Almaty" counts other people).
  const anyone = lacking.findIndex((c) => countsAnyone(c.label));
  if (anyone < 0) return lacking;
  const verb = lacking.findIndex((c, i) => i > anyone && !c.background && isDeed(c));
  return verb < 0 ? lacking : mapped(lacking, (c, i) => (i === verb ? asEssential(c) : c));
}

/** A deed the question says: a verb, or a phrase (no part of speech of its own), that does more than take another verb or do what its noun names. */
export function isDeed(concept: Concept): boolean {
  const word = fold(concept.label);
  return (concept.pos === 'v' || (concept.pos === undefined && concept.label.includes(' '))) && !isLightVerb(word) && !isCatenative(word);
}

/**
 * The asked verbs (`asked`) the dossier lacks (no match but a WordNet guess), essential however
 * common: not one that only does what its noun names ("arrestaties verricht") or takes another verb.
 */
function withLackingVerbsEssential(concepts: Concept[], asked: (concept: Concept) => boolean): Concept[] {
  const lacking = (c: Concept): boolean => c.alternatives.every((a) => a.kind === 'bridge') && !isCatenative(fold(c.label)) && !isLightVerb(fold(c.label));
  return mapped(concepts, (c) => (asked(c) && lacking(c) ? asEssential(c) : c));
}

/**
 * In "who pays for the mission", "wie leidt de vredesmacht" the verb is what is asked of whoever
 * it is: a sentence naming the mission's people without it answers nothing. A verb the dossier
 * lacks is essential, however common; not one that only does what its noun names or takes another.
 * A verb of leading or commanding is essential whatever the dossier has: it asks a role ("wie voert
 * het bevel over de vredesmacht" is not answered by the countries that sent it).
 */
function withPredicateAsked(concepts: Concept[]): Concept[] {
  const lacking = withLackingVerbsEssential(concepts, (c) => c.predicate === true);
  return mapped(lacking, (c) => (c.predicate === true && LEADING.has(fold(c.label)) ? asEssential(c) : c));
}
/** Verbs of leading and commanding: what "who" asks of them is a role. */
const LEADING: ReadonlySet<string> = new Set(['lead', 'leads', 'led', 'leading', 'command', 'commands', 'commanded', 'commanding', 'head', 'heads', 'headed', 'heading', 'chair', 'chairs', 'chaired', 'chairing',
  'leidt', 'leiden', 'leidde', 'leidden', 'geleid', 'voert', 'voerde', 'voerden', 'aanvoert', 'aanvoerde', 'commandeert', 'commandeerde', 'bestuurt', 'bestuurde', 'voorzit']);

/** Questions asking the time or place of something. */
const EVENT_TIMED: ReadonlySet<string> = new Set(['when', 'date', 'clock', 'where', 'duration', 'which']);
/**
 * Verbs that pick one point of what happened: "when did the protests start", "where did they break
 * out" ask the beginning, "in welke stad is Tokajev geboren" a birth — not any time or place the
 * protests or Tokajev have. Common words, yet in a time or place question essential: a sentence
 * without them gives another time or place (not where another verb follows: "when did the troops
 * start arriving" asks the arriving).
 */
const POINT_IN_TIME = new Set(['begin', 'began', 'begun', 'begins', 'start', 'started', 'starts', 'beginnen', 'begon', 'begonnen', 'begint', 'starten', 'startte', 'startten', 'gestart', 'end', 'ended', 'ends', 'eindigen', 'eindigde', 'eindigden', 'geeindigd', 'born', 'geboren', 'break out', 'broke out', 'broken out', 'breaks out', 'erupt', 'erupted', 'uitbreken', 'brak uit', 'braken uit', 'uitgebroken',
  // Founding and joining: "when was the CSTO set up" is not answered by a date the CSTO did something else.
  'set up', 'founded', 'found', 'established', 'establish', 'formed', 'created', 'opgericht', 'oprichten', 'richtte op', 'gesticht', 'stichten',
  'join', 'joined', 'joins', 'toetreden', 'toegetreden', 'trad toe', 'traden toe',
  // Existing since: "sinds wanneer bestaat de CSTO" asks its founding, not a year it did something.
  'exist', 'exists', 'existed', 'bestaan', 'bestaat', 'bestond', 'bestonden']);
/**
 * "For the first time", when a time is asked: not any time it happened ("wanneer kwam de CSTO voor
 * het eerst in actie" is not answered by "voor het laatst"). Not where a place is asked: "where was
 * the figure first published" is answered by where it was published.
 */
const FIRST_TIME = new Set(['eerst', 'first']);
function withEventAsked(concepts: Concept[], timeAsked: boolean): Concept[] {
  // "begin januari" is early January, no verb.
  return mapped(concepts, (c, i) => ((POINT_IN_TIME.has(fold(c.label)) && concepts[i + 1]?.pos !== 'v' && !isCalendarWord(fold(concepts[i + 1]?.label ?? ''))) || (timeAsked && FIRST_TIME.has(fold(c.label))) ? asEssential(c) : c));
}

/**
 * In a figure question an adjective before the counted noun says which group is counted ("how many
 * young people were arrested" is not answered by the 8,000 arrested people): essential, however common.
 */
function withGroupsCounted(concepts: Concept[]): Concept[] {
  // A stated amount is no group, though WordNet files "3" and "more" as adjectives ("more than 10k people", "3 officers").
  return mapped(concepts, (concept, c) => (concept.pos === 'a' && !concept.claimed && concepts[c + 1]?.pos === 'n' && !concepts[c + 1]?.claimed ? asEssential(concept) : concept));
}

/**
 * A qualifying English adjective the dossier has no words for, before what the question asks about
 * ("what gruesome footage", "the brutal crackdown"), says how the asker sees it, not what: it is
 * never essential. A classifying one says which thing ("nuclear weapons") and stays as it weighs.
 */
function withQualifiersWeighed(concepts: Concept[], index: DossierIndex): Concept[] {
  return mapped(concepts, (concept, c) => {
    const next = concepts[c + 1];
    // Before a noun of the question that the dossier has, not before a name ("the capital of Kazakhstan" is a noun).
    const beforeNoun = next !== undefined && next.pos === 'n' && next.alternatives.length > 0 && !next.alternatives.some((a) => a.terms.some((t) => index.names.has(t)));
    const qualifies = concept.pos === 'a' && concept.use !== 'noun' && concept.alternatives.length === 0 && !concept.label.includes(' ') && index.lexicon.qualifies(fold(concept.label)) && beforeNoun;
    return qualifies ? conceptOf(concept, Math.min(concept.salience, BELOW_ESSENTIAL)) : concept;
  });
}

/**
 * A name the question writes in capitals ("Human Rights Watch", "the White House") that reaches no
 * name of the dossier is someone the dossier does not speak of: each of its words is essential,
 * however common ("house", "watch"), so that no sentence is a full answer without it.
 */
function withUnknownNames(concepts: Concept[], words: readonly QueryWord[], index: DossierIndex): Concept[] {
  const runs = new Map<number, string[]>();
  for (const word of words) if (word.titled !== undefined) runs.set(word.titled, [...(runs.get(word.titled) ?? []), word.surface]);
  if (runs.size === 0) return concepts;
  const reachesName = (concept: Concept): boolean => concept.alternatives.some((a) => a.kind !== 'bridge' && a.kind !== 'compound' && a.terms.some((t) => index.names.has(t) || index.people.has(t)));
  const inRun = (concept: Concept, run: readonly string[]): boolean => concept.label.split(' ').some((part) => run.includes(part));
  const unknown = [...runs.values()].filter((run) => !concepts.some((c) => inRun(c, run) && reachesName(c)));
  return mapped(concepts, (c) => (unknown.some((run) => inRun(c, run)) ? conceptOf(c, Math.max(c.salience, UNKNOWN_NAME)) : c));
}
/** The weight of a word of a name the dossier lacks: essential. */
const UNKNOWN_NAME = 1;
