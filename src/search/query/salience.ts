/**
 * How much a question word says: graded evidence instead of a veto. An everyday word ("begin",
 * "happen", "soon", "mensen") may go unmatched and the question is still answered; a content word
 * the dossier lacks ("wife", "tanks", "ballet") means no sentence answers it exactly.
 *
 * The weight comes from how common the word is in general language (SUBTLEX-US for English, a
 * Dutch subtitle list), what part of speech it mostly is (nouns name what a question is about;
 * common verbs and adverbs mostly frame it), and the dossier itself: a name is specific, and the
 * dossier's own topic ("Kazachstan" in the Kazakhstan dossier) is implied by every sentence.
 * Pure over the lexicon.
 */
import type { Language } from '../analysis/stem.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { PartOfSpeech } from '../lexicon/wordNet.js';
import type { Intent } from './questionWords.js';
import { mapped } from '../../lists/loops.js';

export interface WordFacts {
  folded: string;
  isNumber: boolean;
  /** Something in the dossier or its glossary reaches the word. */
  known: boolean;
  /** A name of the dossier (only ever written with a capital there). */
  isName: boolean;
  /** The word names the dossier's topic (it is in the dossier's title). */
  topical: boolean;
  /** For known words: how rare they are in the dossier, 0 (in every sentence) to 1 (in one). */
  dossierSpecificity?: number;
  /** What the word mostly is, when known (WordNet for English, the glossary's English for Dutch). */
  pos?: PartOfSpeech;
}

/** Ranks at or below this are everyday words; above `RARE_RANK` a word is as specific as it gets. */
const COMMON_RANK = 100;
const RARE_RANK = 10_000;
/** A noun names a thing asked about, however common, unless it is among the very commonest ("people", "thing"). */
const NOUN_FLOOR = 0.6;
const GENERIC_NOUN_RANK = 200;
/** Verbs, adjectives and adverbs frame a question more often than they carry it. */
const FRAMING = 0.6;
/** Adverbs ("basically", "normally", "still") frame even more than verbs do. */
const ADVERB = 0.4;
/**
 * Light verbs say next to nothing beside their noun ("bewijs leveren", "give an order", "steun
 * geven", "make a decision"): the noun carries the question. A small closed class, in both languages.
 */
const LIGHT_VERBS = new Set([
  'give', 'gives', 'gave', 'given', 'giving', 'provide', 'provides', 'provided', 'providing', 'deliver', 'delivers', 'delivered',
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'do', 'does', 'did', 'done', 'get', 'gets', 'got', 'gotten',
  'offer', 'offered', 'present', 'presented', 'put', 'bring', 'brought', 'come', 'came', 'show', 'showed', 'shown',
  'geven', 'geeft', 'gaf', 'gaven', 'gegeven', 'leveren', 'levert', 'leverde', 'leverden', 'geleverd', 'maken', 'maakt', 'maakte',
  'maakten', 'gemaakt', 'doen', 'doet', 'deed', 'deden', 'gedaan', 'nemen', 'neemt', 'nam', 'namen', 'genomen', 'krijgen',
  'krijgt', 'kreeg', 'kregen', 'gekregen', 'brengen', 'brengt', 'bracht', 'brachten', 'gebracht', 'bieden', 'biedt', 'bood',
  'boden', 'geboden', 'tonen', 'toont', 'toonde', 'toonden', 'getoond',
  // Doing what the noun names: "arrestaties verrichten", "zelfmoord plegen", "een aanval uitvoeren",
  // "conduct raids". Not "carry": without "out" (a stop word, gone by now) it is carrying weapons.
  'verrichten', 'verricht', 'verrichtte', 'verrichtten', 'plegen', 'pleegt', 'pleegde', 'pleegden', 'gepleegd',
  'uitvoeren', 'voert', 'voerde', 'voerden', 'uitgevoerd', 'conduct', 'conducted', 'perform', 'performed',
  // Giving out what the noun names: "issue an order", "issued a warning", "een verklaring uitgeven".
  'issue', 'issues', 'issued', 'issuing',
  // Having and being, where no stop word takes them ("te maken hebben gehad", "is het ooit zo geweest").
  'gehad', 'geweest', 'geworden', 'having',
  // Being up to something: what was done is in the sentence ("wat hebben die terroristen uitgespookt").
  'uitgespookt', 'uitspoken', 'uitgevreten', 'uitvreten',
]);
const LIGHT = 0.4;
export const isLightVerb = (folded: string): boolean => LIGHT_VERBS.has(folded);

/**
 * Verbs of wanting, which always take another verb ("what does Tokayev hope to prevent", "wat hoopt
 * Poetin te bereiken"): the other verb is what is asked, so they weigh as little as a light verb.
 */
const WANTING = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'seek', 'seeks', 'sought', 'seeking', 'intend', 'intends', 'intended',
  'intending', 'wish', 'wishes', 'wished', 'hopen', 'hoopt', 'hoopte', 'hoopten', 'gehoopt', 'beogen', 'beoogt', 'beoogde', 'trachten', 'tracht', 'trachtte',
]);
/**
 * Dutch verbs that only take another ("probeert … te doen alsof", "lijkt … te willen"): verbs only
 * (English "attempt" is a noun too), so as light as a light verb. Not "blijven", "beginnen": they also
 * say something of their own ("hoe lang blijven de soldaten").
 */
const DUTCH_TRYING = new Set<string>(['proberen', 'probeert', 'probeerde', 'probeerden', 'geprobeerd', 'pogen', 'poogt', 'poogde', 'lijken', 'lijkt', 'leek', 'leken']);
/**
 * Verbs that take another verb ("trying to get rid of", "probeert te voorkomen", "wants to
 * stay"): the other verb says what happened, so a yes/no question's verb is never one of these.
 */
const CATENATIVE = new Set<string>([
  'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'attempting', 'want', 'wants', 'wanted', 'wanting',
  'seem', 'seems', 'seemed', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'continue', 'continues', 'continued',
  'keep', 'keeps', 'kept', 'manage', 'managed', 'need', 'needs', 'needed', 'plan', 'plans', 'planned', 'going',
  ...DUTCH_TRYING, 'willen', 'wil', 'wilde', 'wilden',
  'beginnen', 'begint', 'begon', 'begonnen', 'blijven', 'blijft', 'bleef', 'bleven', 'gaan', 'gaat', 'ging', 'gingen',
  ...WANTING,
]);
export const isCatenative = (folded: string): boolean => CATENATIVE.has(folded);
/** Without a part of speech (Dutch), frequency alone decides, with a little less confidence. */
const UNKNOWN_POS = 0.8;
const TOPICAL = 0.3;
/** How much the dossier's own rarity of a known word counts beside its general rarity. */
const DOSSIER_SHARE = 0.25;
const FLOOR = 0.05;

/** 0 for the commonest words, 1 for rare ones, on a log scale of frequency rank. */
export function specificity(rank: number | undefined): number {
  if (rank === undefined) return 1;
  const x = (Math.log10(rank) - Math.log10(COMMON_RANK)) / (Math.log10(RARE_RANK) - Math.log10(COMMON_RANK));
  return Math.min(1, Math.max(0, x));
}

function commonestRank(lexicon: Lexicon, word: string): number | undefined {
  const ranks = mapped((['en', 'nl'] as Language[]), (language) => lexicon.rank(word, language)).filter((r): r is number => r !== undefined);
  return ranks.length === 0 ? undefined : Math.min(...ranks);
}

export function salience(word: WordFacts, lexicon: Lexicon): number {
  if (word.isNumber || word.isName) return 1;
  const rank = commonestRank(lexicon, word.folded);
  let value = specificity(rank);
  // A word the dossier knows also says as much as it is rare there ("bedankte" in one sentence).
  if (word.known && word.dossierSpecificity !== undefined) value = value * (1 - DOSSIER_SHARE) + word.dossierSpecificity * DOSSIER_SHARE;
  const { pos } = word;
  if (pos === undefined) {
    if (!word.known) value *= UNKNOWN_POS;
  } else if (pos !== 'n') {
    value *= pos === 'r' ? ADVERB : FRAMING;
  } else if (!word.known && (rank === undefined || rank > GENERIC_NOUN_RANK)) {
    // A noun the dossier lacks names something the question is about.
    value = Math.max(value, NOUN_FLOOR);
  }
  if (LIGHT_VERBS.has(word.folded) || WANTING.has(word.folded) || DUTCH_TRYING.has(word.folded)) value *= LIGHT;
  if (word.topical) value *= TOPICAL;
  return Math.max(FLOOR, value);
}

/** A concept from this weight on is part of what the question asks; the weightiest always is. */
export const ESSENTIAL = 0.4;

/**
 * Share of the question's weight a sentence must cover on strong evidence to be shown as related:
 * low enough that "how many protesters were detained on Monday" still shows the 8.000 people
 * arrested on Monday (after the line saying no sentence answers exactly), high enough that one
 * shared word of several shows nothing.
 */
export const MIN_COVERAGE = 0.4;

/**
 * What the question asks for ("how many", "when", "how long") weighs like a content word: a
 * sentence giving a duration covers part of "hoe lang blijven de Russen" even where it calls them
 * "de buitenlandse troepen", and one naming Russians without a duration covers less of it.
 */
export const TYPE_WEIGHT = 0.5;

/**
 * Types whose answer is a specific expression (a number, a date, a duration, a cause): giving one
 * says something. A person, a place or a quote is in almost every sentence of a news dossier, and
 * counting it would show thousands of sentences that merely name someone.
 */
const SELECTIVE: ReadonlySet<Intent> = new Set(['figure', 'age', 'duration', 'when', 'date', 'clock', 'why', 'condition']);

/** The weight of the answer type a question asks for: `TYPE_WEIGHT` when it asks only selective types, else 0. */
export function typeWeight(asked: ReadonlySet<Intent>): number {
  return asked.size > 0 && [...asked].every((intent) => SELECTIVE.has(intent)) ? TYPE_WEIGHT : 0;
}

export function essentialConcepts(saliences: readonly number[]): boolean[] {
  const top = Math.max(0, ...saliences);
  return mapped(saliences, (s) => s >= ESSENTIAL || s === top);
}

/** How rare something found in `matching` of `total` sentences is there: 1 in one sentence, 0 in all. */
export function dossierSpecificity(matching: number, total: number): number {
  if (total <= 1 || matching <= 1) return 1;
  return Math.max(0, 1 - Math.log(matching) / Math.log(total));
}

/**
 * A long question names more than it asks: "How does the arrest tally compare with the size of
 * the enemy Tokayev described?", "Welke boodschap wil Poetin met de CSTO-missie afgeven?". From
 * `SPARE_FROM` essential concepts on, one of middling weight may go unmatched and the sentence
 * still answers, when it covers `SPARE_COVERAGE` of the question's words on strong evidence. Only a
 * word the dossier says elsewhere (`said`): its absence here is the sentence's wording, while a
 * word no sentence has is what the dossier lacks ("how many barrels does Kazakhstan export").
 * Only a thing or a quality (a noun or an adjective, by WordNet or the glossary's English): a verb
 * is the event asked about ("op welke dag zette Tokajev hen onder druk" is not answered by the day
 * he fired them). Never in a yes/no question (every word of a claim is checked), never a name or a
 * number, the weightiest concept, or one the question gives a role (a destination, an owner, a
 * doer, an amount) or says where ("how many died at the airport": the sentence must say where).
 */
export const SPARE_FROM = 5;
export const SPARE_COVERAGE = 0.75;
const SPARE_MAX = 0.9;

export interface SpareFacts {
  salience: number;
  pos?: PartOfSpeech;
  /**
   * Some sentence of the dossier says the concept in its own words (no WordNet guess), and it is
   * none of what a sentence must always say itself: a name, a measure, a kind of place (rank.ts `spareConcepts`).
   */
  said: boolean;
  destination?: true;
  owner?: 'of-next' | 'of-previous';
  doer?: true;
  doneTo?: true;
  claimed?: true;
  whole?: true;
  capacity?: true;
  placed?: true;
}

/** Which essential concepts (`salient`, by weight alone) a sentence may be the one to leave out. */
/** Whether a question may have a concept spared at all: a long one, and no yes/no question. */
export function maySpare(salient: readonly boolean[], polar: boolean): boolean {
  return !polar && salient.filter(Boolean).length >= SPARE_FROM;
}

export function spareable(concepts: readonly SpareFacts[], salient: readonly boolean[], polar: boolean): boolean[] {
  if (!maySpare(salient, polar)) return mapped(concepts, () => false);
  const top = Math.max(0, ...mapped(concepts, (c) => c.salience));
  return mapped(concepts, (c, i) => salient[i] === true && c.said && (c.pos === 'n' || c.pos === 'a') && c.salience < top && c.salience <= SPARE_MAX && !c.destination && !c.owner && !c.doer && !c.doneTo && !c.claimed && !c.whole && !c.capacity && !c.placed);
}

/**
 * Whether a sentence leaving `misses` essential concepts unmatched still covers them: none left,
 * or one it may spare (`spared`) when it covers `SPARE_COVERAGE` of the words' weight (`strongShare`).
 * The one rule; rank.ts asks it per candidate without building a list.
 */
export function coversEssentials(misses: number, spared: boolean, strongShare: number): boolean {
  return misses === 0 || (misses === 1 && spared && strongShare >= SPARE_COVERAGE);
}

/** The essential concepts a sentence counts as missing: none when it covers them (`coversEssentials`). */
export function missedEssentials(essential: readonly boolean[], spare: readonly boolean[], strong: (i: number) => boolean, strongShare: number): number[] {
  const missed: number[] = [];
  for (let i = 0; i < essential.length; i++) if (essential[i] && !strong(i)) missed.push(i);
  return coversEssentials(missed.length, missed.every((i) => spare[i] === true), strongShare) ? [] : missed;
}
