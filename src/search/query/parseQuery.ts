/**
 * A reporter's question → its content words and what kind of answer it wants.
 * `how many people were arrested` → words [people, arrested], intents {figure}.
 */
import { isCalendarWord } from './preamble.js';
import { fold } from '../analysis/fold.js';
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS, isLeadingPreposition, isPhrasalParticle, isStopword } from '../analysis/stopwords.js';
import { tokenize, type Token } from '../analysis/tokenize.js';
import { expandContractions } from './contractions.js';
import { asksExactly, AUXILIARIES, calendarAsked, type CalendarUnit, isGerund, QUESTION_WORDS, readQuestionWords, type Intent } from './questionWords.js';
import { marksDirection } from './destinations.js';
import { expandChatForms, expandShorthand } from './shorthand.js';
import { withoutAsides, withoutPostamble, withoutPreamble } from './preamble.js';
import { claimedAmounts } from './claimedAmounts.js';
import { contextSentences } from './contextSentences.js';
import { isNumberWord } from '../../text/numberWords.js';
import { HAS_APOSTROPHE } from '../../text/letterClasses.js';
import { indicesWhere, mapped } from '../../lists/loops.js';

export interface QueryWord {
  /** As typed. */
  surface: string;
  folded: string;
  isNumber: boolean;
  /** A particle of a phrasal verb ("step down"): a word only inside a glossary phrase, dropped outside one. */
  particle?: true;
  /** A particle that closes its clause ("wie volgt Nazarbajev op?", "… op als leider"): no preposition, so the verb's own. */
  closing?: true;
  /** The preposition dropped right before it that may open a fixed expression with it ("in" of "in charge"; stopwords.ts `isLeadingPreposition`), folded. */
  lead?: string;
  /** The preposition of direction right before it, folded ("to" in "send troops to Belarus"; destinations.ts). */
  after?: string;
  /**
   * The owner of what the question is about: of what follows in an English possessive
   * ("Nazarbayev's right-hand man"), of what comes before after "van"/"of" ("de rechterhand van Tokajev").
   */
  owner?: 'of-next' | 'of-previous';
  /** A number a question checking a claim states (claimedAmounts.ts): it asks for the amount, the answer need not repeat it. */
  claimed?: true;
  /** What such a number counts ("dozens of rioters"): the answer's figure must count it, so it is essential. */
  counted?: true;
  /** After "as"/"als": the capacity someone acts in ("replaced Nazarbayev as chairman"), not someone else. */
  capacity?: true;
  /** A nationality before forces ("kazakh soldiers", "Kazachse militairen"): whose they are, not where they went. */
  nationalOf?: true;
  /**
   * In a clause that only sets the time of what is asked ("… before sending troops", "voordat de
   * troepen kwamen"), or the story's own event ("troops to the mission"): background, which the
   * answering sentence need not repeat.
   */
  background?: true;
  /** The one word a time is measured from ("… last deployed before Kazakhstan"): background even when it is a name. */
  anchor?: true;
  /** After a determiner ("het bondgenootschap", "the bloc"): a thing the question takes as known. */
  definite?: true;
  /** A figure for a whole a part of which is asked ("hoeveel van die 20.000 bandieten"): never the asked figure itself. */
  whole?: true;
  /** After a preposition of place ("at the airport", "op het vliegveld"): where something happened, which a sentence must say itself. */
  placed?: true;
  /** The one who did what the question asks about, where the question names them (questionWords.ts `doerAt`). */
  doer?: true;
  /** The one it was done to, in "who helped Nazarbayev" (questionWords.ts `doneToAt`). */
  doneTo?: true;
  /**
   * One of the alternatives a question offers ("sent troops or only promised them", "…, or did
   * Russia just barge in?"): the sentence that settles it holds one of them, not all.
   */
  alternative?: true;
  /**
   * What the question's word order makes the word: the finite verb after a Dutch question word
   * ("wanneer vroeg de CSTO", where "vroeg" could be "early"), a noun after an article or a
   * preposition ("om hulp", "for help"). Read for the verbs a named doer must be the subject of.
   */
  use?: 'verb' | 'noun';
  /** The verb said of "who" as its subject (questionWords.ts `predicateAt`): what is asked of whoever it is. */
  predicate?: true;
  /**
   * Part of a name the question writes in capitals, two words or more, not where a sentence starts
   * ("Human Rights Watch", "the White House"); the same number for each word of one name (`titledRuns`).
   */
  titled?: number;
}

export interface ParsedQuery {
  text: string;
  intents: Set<Intent>;
  /** A yes/no question (questionWords.ts). */
  polar: boolean;
  /** It names who did what it asks about, or to whom (questionWords.ts): that name must have that role in an answer. */
  namesRoles: boolean;
  /** It asks how things were before ("originally", "vroeger"; questionWords.ts): a sentence saying how they are now does not answer it. */
  earlier: boolean;
  /** It asks what someone will do (questionWords.ts): a sentence about what will be answers it. */
  ahead: boolean;
  /** It asks exactly ("hoeveel precies", "how many exactly"): "enkele", "een paar", "tientallen" give no such figure. */
  precise: boolean;
  /** The unit of time asked exactly ("in what year", "welke maand", "exact date"; questionWords.ts): a sentence without it gives no such time. */
  calendar?: CalendarUnit;
  /** "What" is what its verb is done to ("what did Tokayev promise"; questionWords.ts): the verb is what is asked. */
  objectAsked: boolean;
  /** It sets two things side by side ("how do the arrests compare with …"; questionWords.ts). */
  compares: boolean;
  /** How many more of its function words are English than Dutch: below zero, it reads as Dutch ("gaan de … in … al"). */
  functionWords: number;
  /** Content words in query order; question words and stop words removed. */
  words: QueryWord[];
}

/** Queries are cut to this many content words: beyond it, a "question" is a pasted text. */
export const MAX_QUERY_WORDS = 24;

/**
 * Dutch function words that are English content words: "did Nazarbayev die", "armed men". In an
 * English question they are kept; everywhere else they are stop words.
 */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['die', 'men', 'want', 'door']);

/** How many more of the question's function words are English than Dutch ("did … of a …" against "de … van een …"). */
function functionWordBalance(folded: readonly string[]): number {
  let balance = 0;
  for (const word of folded) {
    if (FALSE_FRIENDS.has(word)) continue;
    const english = ENGLISH_STOPWORDS.has(word);
    const dutch = DUTCH_STOPWORDS.has(word);
    if (english && !dutch) balance++;
    else if (dutch && !english) balance--;
  }
  return balance;
}

/** An English possessive, "Nazarbayev's", before its clitic is written out; matched from a word's start only (a run of letters with no "'s" would otherwise be tried from every letter: quadratic). */
const POSSESSIVE = /(?<!\p{L})(\p{L}+)['’]s(?!\p{L})/gu;

/** Punctuation that ends a clause between two words. */
const CLAUSE_STOP = /[,;:!?.]/u;
/** Prepositions placing something ("at the airport", "op het vliegveld", "outside the capital"). */
const AT_PLACE: ReadonlySet<string> = new Set(['at', 'in', 'near', 'outside', 'inside', 'around', 'op', 'bij', 'nabij', 'buiten', 'binnen', 'rond', 'rondom']);
/** Plural demonstratives that point back ("die landen", "those people"). */
const POINTING: ReadonlySet<string> = new Set(['die', 'deze', 'those', 'these']);
/** Nouns for any group of countries or people: pointed at, they stand for whom the story is about. */
const GENERIC_REFERENTS: ReadonlySet<string> = new Set(['landen', 'countries', 'staten', 'states', 'naties', 'nations', 'mensen', 'people', 'mannen', 'men', 'lui', 'gasten', 'jongens', 'guys', 'folks', 'types', 'figuren']);
/** Prepositions that can place something in time ("on Sunday", "in 2010", "op maandag", "sinds januari"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'during', 'around', 'op', 'sinds', 'tot', 'voor', 'na', 'vanaf', 'rond', 'tijdens', 'per', 'om', 'van']);

/** `respell`: what a folded word was meant to be, when it is a slip ("coutnries" → countries); undefined to keep it. */
export function parseQuery(text: string, respell: (folded: string) => string | undefined = () => undefined): ParsedQuery {
  // "hi, for tonight's piece: why …": the question, without who asks and for what.
  const question = withoutAsides(withoutPreamble(withoutPostamble(text)));
  // Most questions have no apostrophe: the possessive's look-around is not walked over them.
  const owners = new Set(HAS_APOSTROPHE.test(question) ? mapped([...question.matchAll(POSSESSIVE)], (m) => fold(m[1] as string)) : []);
  const expanded = expandContractions(expandChatForms(question));
  const tokens = tokenize(expanded);
  const folded = mapped(mapped(tokens, (t) => fold(t.surface)), (word) => respell(word) ?? word);
  const clauseEnds = new Set(indicesWhere(tokens, (token, i) => i + 1 < tokens.length && CLAUSE_STOP.test(expanded.slice(token.end, tokens[i + 1]?.start))));
  // The sentences around the question that ask nothing: what the asker read or writes sets the scene.
  const spans = contextSentences(expanded);
  const context = new Set(indicesWhere(tokens, (token) => spans.some((span) => token.start >= span.from && token.end <= span.to)));
  const { intents, consumed, polar, earlier, ahead, objectAsked, compares, checks, namesRoles, doerAt, doneToAt, verbAt, predicateAt } = readQuestionWords(folded, { clauseEnds, questionMark: question.trimEnd().endsWith('?'), context });
  // "10k" is a number too, though it is written as chat writes it.
  const claims = checks ? claimedAmounts(folded, (i) => (tokens[i]?.isNumber === true || expandShorthand(folded[i] ?? '')?.isNumber === true) && !consumed.has(i)) : undefined;
  for (const intent of claims?.intents ?? []) intents.add(intent);
  const words: QueryWord[] = [];
  const functionWords = functionWordBalance(folded);
  const english = functionWords > 0;
  const background = backgroundSpan(folded, consumed, TIME_ASKED.some((intent) => intents.has(intent)), mapped(tokens, (t) => t.surface), clauseEnds);
  const alternatives = alternativesIn(expanded, tokens, folded, consumed);
  const toldStory = storyToldWith(folded);
  const titled = titledRuns(expanded, tokens);
  // "US", "the us": the United States, not "us" (in a question not written in capitals throughout).
  const lowercase = HAS_LOWERCASE.test(expanded);
  // Opening a question before a word ("us reaction to the deployment"), "us" is no pronoun either.
  const particles = new Set<number>();
  tokens.forEach((token, i) => {
    const word = folded[i] ?? '';
    if (consumed.has(i)) return;
    const previous = i > 0 && !consumed.has(i - 1) ? folded[i - 1] : undefined;
    // "fire on Sunday", "sacked in January": a preposition of time, no particle of the verb before;
    // "turned down 2010" has its particle still ("down" is no preposition of time).
    const ofTime = TIME_PREPOSITIONS.has(word) && (isCalendarWord(folded[i + 1] ?? '') || tokens[i + 1]?.isNumber === true);
    if (!ofTime && isPhrasalParticle(word, previous, english ? 'en' : 'nl')) {
      const next = tokens[i + 1];
      const closing = next === undefined || clauseEnds.has(i) || CLAUSE_GOES_ON.has(folded[i + 1] ?? '') || (!english && PREPOSITION_AFTER.has(folded[i + 1] ?? ''));
      particles.add(i);
      words.push({ ...plainWord(token.surface, word, false), particle: true, closing: closing ? true : undefined, alternative: alternatives.has(i) ? true : undefined });
      return;
    }
    if (!token.isNumber && isStopword(word, ['nl', 'en']) && !(english && FALSE_FRIENDS.has(word)) && !namesCountry(folded, token, i, lowercase)) return;
    // The country, written as its name is: "usa" weighs as the rare name it is, not as the pronoun "us".
    const expanded = word === 'us' ? { word: 'usa', isNumber: false } : expandShorthand(word);
    const before = i > 0 ? folded[i - 1] : undefined;
    // Dropped, not kept as a particle: a particle is a word of the phrase lookup already.
    const storyEvent = STORY_EVENTS.has(word) && DETERMINERS.has(folded[i - 1] ?? '');
    const inBackground = (i > background.from && i < background.to) || toldStory.has(i) || context.has(i);
    // "die landen", "those people": the asker points back at whom the story is about, as a pronoun
    // would; the answering sentence may name them any way ("De leden …", "ze").
    const pointedAt = POINTING.has(folded[i - 1] ?? '') && GENERIC_REFERENTS.has(word);
    // A noun after an article or a preposition, also past one adjective after a preposition ("for military help", "om militaire hulp").
    // Or after a determiner and a number ("the two dismissed officials", "de twee ontslagen"): a noun
    // phrase. Not a number alone: "heeft Tokajev 8000 gearresteerd" has its verb there.
    const counted = i > 1 && (tokens[i - 1]?.isNumber === true || isNumberWord(folded[i - 1] ?? '')) && DETERMINERS.has(folded[i - 2] ?? '');
    // Or after an article and a nationality ("the kyrgyz request", "the russian offer"): whose it is, then the thing.
    const national = ARTICLES.has(folded[i - 2] ?? '') && NATIONALITIES.test(folded[i - 1] ?? '');
    const noun = NOUN_BEFORE.has(folded[i - 1] ?? '') || counted || national || (PREPOSITIONS_BEFORE_NOUN.has(folded[i - 2] ?? '') && adjectiveAt(folded, consumed, i - 1));
    const wordBefore = before !== undefined && !consumed.has(i - 1) ? before : undefined;
    words.push({
      ...plainWord(token.surface, expanded?.word ?? word, expanded?.isNumber ?? token.isNumber),
      // Dropped, not kept as a particle: a particle is a word of the phrase lookup already.
      lead: wordBefore !== undefined && isLeadingPreposition(wordBefore) && !particles.has(i - 1) ? wordBefore : undefined,
      // Not the "to" of "according to": a question word, no direction.
      after: wordBefore !== undefined && marksDirection(wordBefore) ? wordBefore : undefined,
      owner: owners.has(word) ? 'of-next' : ownsPrevious(folded, i, consumed) ? 'of-previous' : undefined,
      claimed: claims?.at.has(i) ? true : undefined,
      counted: !claims?.at.has(i) && claims?.counted.has(i) ? true : undefined,
      // "the mission", "de operatie": the story's own event, which every sentence of the dossier is about.
      background: inBackground || storyEvent || pointedAt ? true : undefined,
      anchor: (inBackground || storyEvent || pointedAt) && inBackground && background.anchor ? true : undefined,
      doer: i === doerAt ? true : undefined,
      doneTo: i !== doerAt && i === doneToAt ? true : undefined,
      alternative: alternatives.has(i) ? true : undefined,
      use: i === verbAt ? 'verb' : noun ? 'noun' : undefined,
      capacity: before === 'as' || before === 'als' ? true : undefined,
      nationalOf: (NATIONALITIES.test(word) || DUTCH_NATIONALITY.test(word)) && FORCES.has(folded[i + 1] ?? '') ? true : undefined,
      predicate: i === predicateAt ? true : undefined,
      // "het bondgenootschap", "die Russische club": a thing the question takes as known.
      definite: DETERMINERS.has(folded[i - 1] ?? '') || (DETERMINERS.has(folded[i - 2] ?? '') && adjectiveAt(folded, consumed, i - 1)) ? true : undefined,
      // "hoeveel van die 20.000 bandieten", "how many of the 8,000": a figure for the whole a part of which is asked.
      whole: (token.isNumber || expanded?.isNumber === true) && DETERMINERS.has(folded[i - 1] ?? '') && PART_OF.has(folded[i - 2] ?? '') ? true : undefined,
      // "at the airport", "op het vliegveld": where something happened.
      placed: AT_PLACE.has(folded[i - 1] ?? '') || (DETERMINERS.has(folded[i - 1] ?? '') && AT_PLACE.has(folded[i - 2] ?? '')) ? true : undefined,
      titled: titled.get(i),
    });
  });
  const calendar = calendarAsked(folded);
  return { text, intents, polar, namesRoles, earlier, ahead, objectAsked, compares, precise: asksExactly(folded), ...(calendar ? { calendar } : {}), functionWords, words: firstContentWords(words, MAX_QUERY_WORDS) };
}

/**
 * The names a question writes in capitals: runs of two or more capitalised words standing next to
 * each other, not at the start of the question or of a sentence in it, and acronyms ("EU", "the
 * us"), in a question that is not all capitals. Token index → run number.
 */
function titledRuns(text: string, tokens: readonly Token[]): Map<number, number> {
  const runs = new Map<number, number>();
  if (!HAS_LOWERCASE.test(text)) return runs;
  // A question In Title Case capitalises words, not names: no content word of it is written small.
  const words = tokens.filter((t) => !t.isNumber && !isStopword(fold(t.surface), ['nl', 'en']));
  if (words.length > 2 && words.every((t) => STARTS_UPPER.test(t.surface))) return runs;
  let run = 0;
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end < tokens.length && capitalAt(text, tokens, end) && (end === i || /^[\s-]+$/u.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start)))) end++;
    if (end - i >= 2 || acronymAt(tokens, i)) {
      for (let k = i; k < Math.max(end, i + 1); k++) runs.set(k, run);
      run++;
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}
/** Two or more capitals, nothing else: an acronym ("EU", "US", "CSTO"). */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Chat words written in capitals that name no one ("ASAP", "FYI", "URGENT"). */
const CHAT_CAPITALS: ReadonlySet<string> = new Set(['asap', 'fyi', 'ok', 'okay', 'urgent', 'nb', 'ps', 'tldr', 'breaking', 're', 'fw', 'fwd', 'eta', 'eod', 'am', 'pm', 'tv', 'lol', 'pls', 'plz', 'thx', 'ty', 'btw', 'imo', 'afaik', 'q', 'qq', 'ff', 'svp', 'dringend', 'spoed', 'graag', 'nu', 'ok?', 'update', 'check', 'vraag', 'hi', 'hoi']);
/** Letter classes, at module level (tsx compiles a `\p{…}` literal inside a function on every call). */
const HAS_LOWERCASE = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** What ends a sentence or opens a new one between two words: a full stop, mark, colon or dash. */
const SENTENCE_BREAK = /[.!?:;—–]/u;

/** Words after which a clause goes on in another: a particle before them closes its own ("… op als leider", "… af omdat …"). */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['als', 'en', 'of', 'maar', 'want', 'omdat', 'doordat', 'dat', 'toen', 'nadat', 'voordat', 'terwijl', 'volgens', 'sinds']);
/**
 * Dutch prepositions after which a particle closes its verb: a particle is no preposition before
 * another one, so "klopte … aan bij de CSTO", "… aan voor steun" is "aankloppen" and a phrase after it.
 */
const PREPOSITION_AFTER: ReadonlySet<string> = new Set(['bij', 'voor', 'met', 'om', 'naar', 'tegen', 'over', 'uit', 'van', 'in', 'op', 'aan', 'door', 'tot', 'onder', 'na', 'vanuit']);

/** Nouns for a story's own event: with a determiner ("the mission", "de missie") they name the dossier's story. */
const STORY_EVENTS: ReadonlySet<string> = new Set(['mission', 'operation', 'deployment', 'intervention', 'missie', 'operatie', 'interventie', 'inzet']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'de', 'het', 'deze', 'die', 'dit', 'dat']);
/** Prepositions taking a part of a whole ("van die 20.000", "among the 8,000"). */
const PART_OF: ReadonlySet<string> = new Set(['van', 'of', 'onder', 'among', 'amongst', 'bij', 'tussen']);
/** Articles and demonstratives before a noun; not "that", "dat", "die", which also open a clause ("the troops that arrived"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'this', 'a', 'an', 'de', 'het', 'deze', 'dit', 'een']);
/** How adjectives end, Dutch inflected ("militaire") or English ("military", "foreign", "armed"): what may stand between a preposition and its noun. */
/** English adjectives of nationality: the region's, and those ending as most do ("russian", "british", "chinese"). */
/** Forces a nationality before them owns ("kazakh soldiers"). */
const FORCES: ReadonlySet<string> = new Set(['soldiers', 'troops', 'forces', 'army', 'militairen', 'soldaten', 'troepen', 'leger', 'strijdkrachten']);
/**
 * Dutch nationalities of the region, as adjectives ("Kazachse militairen"). Listed: dutchAdjectives.ts
 * `isPeopleAdjective` reads any -se adjective so, and "buitenlandse militairen" belong to no country.
 */
const DUTCH_NATIONALITY = /^(?:kazachse|kazachs|russische|russisch|kirgizische|wit-russische|armeense|tadzjiekse|oezbeekse)$/u;
const NATIONALITIES = /^(?:kazakh|kazak|kyrgyz|kirghiz|uzbek|tajik|turkmen|dutch|french|greek|swiss|thai|\p{L}+(?:ian|ish|ese))$/u;
const ADJECTIVE_ENDING = /(?:e|ary|al|ic|ive|ous|ful|less|ian|ish|ign|ed)$/u;
/** Prepositions a noun phrase follows ("for military help", "om militaire hulp"). */
const PREPOSITIONS_BEFORE_NOUN: ReadonlySet<string> = new Set(['for', 'of', 'with', 'about', 'om', 'voor', 'van', 'met', 'over', 'zonder', 'without']);
/** Words after which a word is a noun ("om hulp", "for help", "de steun", "those sacked chiefs"); not "to", which also opens an infinitive ("sent troops to help"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set([...ARTICLES, ...PREPOSITIONS_BEFORE_NOUN, 'those', 'these']);

/**
 * Conjunctions that open a clause setting the time of the question's event. Not "since", "sinds",
 * "toen": mostly a preposition or "then" ("sinds januari", "wie was toen president").
 */
const TIME_CLAUSE: ReadonlySet<string> = new Set(['before', 'after', 'while', 'when', 'once', 'until', 'voordat', 'nadat', 'terwijl', 'zodra', 'totdat']);

/** Words measuring how long before or after a clause opening the question ("day before the troops came", "kort nadat …"). */
const MEASURE_BEFORE: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'hours', 'hour', 'shortly', 'just', 'right', 'soon', 'dag', 'dagen', 'week', 'weken', 'uur', 'kort', 'vlak', 'net', 'vlakbij', 'even']);

/**
 * Where a time clause stands ("… before sending troops", "how long before the deployment did …"):
 * from its conjunction to its end (the question's end, or the auxiliary of the question's own clause). Not a question word ("since when", "when did …"), not
 * a conjunction the question opens with, not one with a single word after it ("before this", "going after terrorists").
 */
function backgroundSpan(folded: readonly string[], consumed: ReadonlySet<number>, timeAsked = false, surfaces: readonly string[] = folded, clauseEnds: ReadonlySet<number> = new Set()): { from: number; to: number; anchor?: true } {
  // A time clause ends at a break: "a day before the deployment, the Kremlin warned …" goes on with the main clause.
  // Opening the question, it ends at the question word of the main clause too, comma or not ("before the troops came what was he trying to stop").
  const first = folded.findIndex((word) => !isStopword(word, ['nl', 'en']) || TIME_CLAUSE.has(word));
  // Measured from the clause: "(a) day before the troops came, …", "kort voordat …".
  const opening = first >= 0 && MEASURE_BEFORE.has(folded[first] as string) && TIME_CLAUSE.has(folded[first + 1] ?? '') ? first + 1 : first;
  if (opening >= 0 && TIME_CLAUSE.has(folded[opening] as string) && !consumed.has(opening)) {
    const asks = folded.findIndex((word, k) => k > opening + 2 && consumed.has(k) && QUESTION_WORDS.has(word));
    const to = Math.min(clauseEndAfter(folded, clauseEnds, opening), asks < 0 ? folded.length : asks);
    const inside = folded.slice(opening + 1, to).filter((word) => !isStopword(word, ['nl', 'en'])).length;
    if (to < folded.length && inside >= 2) return { from: first, to };
  }
  for (let i = 2; i < folded.length - 1; i++) {
    if (!opensTimeClause(folded, surfaces, i) || consumed.has(i) || (folded[i] === 'after' && PURSUING.has(folded[i - 1] as string))) continue;
    // "How long before the deployment did Moscow warn": right after the question word, the time the
    // asked one is measured from, up to the auxiliary that opens the question's own clause.
    if (folded.slice(0, i).every((word, k) => consumed.has(k) || isStopword(word, ['nl', 'en']))) {
      // Do-support opens the question's own clause ("… had arrived did the protests stop"); else any auxiliary.
      const after = (set: ReadonlySet<string>): number => folded.findIndex((word, k) => k > i + 1 && set.has(word));
      const main = after(DO_SUPPORT) > 0 ? after(DO_SUPPORT) : after(AUXILIARIES);
      if (main > 0 && main + 1 < folded.length) return { from: i, to: main };
    }
    // A clause has a subject and a verb at least: "going after terrorists" chases, "after the unrest" is a time.
    const rest = folded.slice(i + 1).filter((word) => !isStopword(word, ['nl', 'en'])).length;
    // So is a verb in -ing alone: "after stepping down", "before leaving"; also as a noun ("after the fighting").
    const gerundAt = DETERMINERS.has(folded[i + 1] ?? '') ? i + 2 : i + 1;
    if (rest >= 2 || (rest === 1 && isGerund(folded[gerundAt] ?? ''))) return { from: i, to: clauseEndAfter(folded, clauseEnds, i) };
    // In a question asking a time, one word closing it after "before" is the event it is measured from ("when was the CSTO last deployed before Kazakhstan").
    if ((timeAsked || folded.slice(0, i).some((word) => LAST.has(word))) && rest === 1 && (ANCHORS.has(folded[i] as string) || writtenBefore(surfaces, i)) && !isStopword(folded.at(-1) as string, ['nl', 'en']) && folded.length - i <= 3) return { from: i, to: folded.length, anchor: true };
  }
  return { from: folded.length, to: folded.length };
}

/**
 * A time clause's conjunction; also Dutch "voor" where it is "voordat": written "vóór", or before a
 * subject ("voor hij de hulp inriep"), not before a noun ("voor de hulp").
 */
function opensTimeClause(folded: readonly string[], surfaces: readonly string[], i: number): boolean {
  if (TIME_CLAUSE.has(folded[i] as string)) return true;
  return folded[i] === 'voor' && (writtenBefore(surfaces, i) || SUBJECTS.has(folded[i + 1] as string));
}
/** Dutch "vóór", written with its accents: "before", never "for" (folding drops them). */
const writtenBefore = (surfaces: readonly string[], i: number): boolean => surfaces[i]?.toLowerCase() === 'vóór';
const SUBJECTS: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'we', 'wij', 'ik', 'jij', 'je', 'u', 'jullie']);

const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'does', 'do']);
/** "Going after the old guard", "came after his rivals": pursuing, no time. */
const PURSUING: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'coming', 'came', 'run', 'ran', 'running']);
/** The asked types a time anchor ("before Kazakhstan") can be background to. */
const TIME_ASKED: readonly Intent[] = ['when', 'date', 'duration', 'clock'];
/** "The last deployment before Kazakhstan": the one before it in time, which is asked as a time is. */
const LAST: ReadonlySet<string> = new Set(['last', 'previous', 'prior', 'latest', 'laatste', 'vorige', 'voorlaatste']);
/** Conjunctions a one-word time anchor follows. */
const ANCHORS: ReadonlySet<string> = new Set(['before', 'after', 'voordat', 'nadat']);

/** Words for a story someone tells ("that coup story", "dat coupverhaal", "all the coup talk"). */
const STORY_WORDS = /^(?:story|stories|talk|narrative|narratives|rhetoric|verhaal|verhalen|praatje|praatjes|gepraat|retoriek|narratief)$|(?:verhaal|praatje|gepraat)$/u;
const MEANS = new Set(['met', 'with']);
const STORY_WITHIN = 4;
const STORY_TOPIC = 3;

/**
 * What a question asks someone does "with" a story already told ("wat probeert Tokajev met dat
 * coupverhaal goed te praten", "what is he trying to justify with all the coup talk"): the story is
 * background, the asker knows it; what he does with it is asked. From the preposition to the story
 * word, and what the story is about after "over"/"about".
 */
function storyToldWith(folded: readonly string[]): Set<number> {
  const found = new Set<number>();
  folded.forEach((word, i) => {
    if (!MEANS.has(word)) return;
    const story = folded.slice(i + 1, i + 1 + STORY_WITHIN).findIndex((w) => STORY_WORDS.test(w));
    if (story < 0) return;
    const end = i + 1 + story;
    for (let k = i + 1; k <= end; k++) found.add(k);
    if (folded[end + 1] !== 'over' && folded[end + 1] !== 'about') return;
    // Its noun, past an article and an adjective ("over een gewelddadige staatsgreep"), not the verb after it.
    for (let k = end + 2; k < folded.length && k <= end + 1 + STORY_TOPIC; k++) {
      const topic = folded[k] as string;
      found.add(k);
      if (!isStopword(topic, ['nl', 'en']) && !ADJECTIVE_ENDING.test(topic)) break;
    }
  });
  return found;
}

/** Words after a Dutch "of" that make it "or", not "whether" ("gestuurd of alleen beloofd", "in Almaty of ook elders"). */
const OR_AFTER: ReadonlySet<string> = new Set(['alleen', 'ook', 'juist', 'toch', 'zelfs', 'eerder', 'gewoon', 'slechts', 'maar', 'niet']);
/** Words around "or" that offer no alternative ("more or less", "or so", "or not", "whether or not"). */
const NO_ALTERNATIVE: ReadonlySet<string> = new Set(['so', 'not', 'less', 'more', 'whether', 'niet', 'minder', 'meer', 'zo']);
/** How far back a comma may stand to open the alternatives ("op, alleen in Almaty of ook elders"). */
const ALTERNATIVES_WITHIN = 6;

/**
 * The positions of the alternatives a question offers: from the comma before "or"/"of" (", or did
 * Russia just barge in?", "op, alleen in Almaty of ook elders") to the end; without a comma, the
 * word before the conjunction and the one after it ("gestuurd of alleen beloofd", "killed or
 * injured"). A Dutch "of" is "or" only with a comma before it or a word like "alleen", "ook" after
 * it; otherwise it asks whether.
 */
function alternativesIn(text: string, tokens: readonly { start: number; end: number }[], folded: readonly string[], consumed: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  for (let i = 2; i < folded.length - 1; i++) {
    const word = folded[i] as string;
    // Two figures in digits are two on offer ("13 of 16?"): a Dutch "of" between them is "or".
    const figures = /^\d/u.test(folded[i - 1] as string) && /^\d/u.test(folded[i + 1] as string);
    if (consumed.has(i) || !(word === 'or' || (word === 'of' && (commaBefore(text, tokens, i) || figures || OR_AFTER.has(folded[i + 1] as string))))) continue;
    // "more or less", "or so", "or not", "one or two": no alternative on offer.
    if (NO_ALTERNATIVE.has(folded[i + 1] as string) || NO_ALTERNATIVE.has(folded[i - 1] as string) || (/^\d/u.test(folded[i - 1] as string) && !figures)) continue;
    const comma = mapped([...Array(ALTERNATIVES_WITHIN).keys()], (d) => i - d).find((k) => k > 0 && commaBefore(text, tokens, k));
    if (comma !== undefined) {
      // A clause of its own: from the comma to the question's end (", or did Russia just barge in?").
      for (let k = comma; k < folded.length; k++) found.add(k);
    } else {
      // Two words joined: the one before and the one after, past a word like "alleen" ("gestuurd of alleen beloofd").
      found.add(i - 1);
      let k = i + 1;
      while (k < folded.length && (OR_AFTER.has(folded[k] as string) || isStopword(folded[k] as string, ['nl', 'en']))) found.add(k++);
      if (k < folded.length) found.add(k);
    }
    break;
  }
  // "agenten en ander veiligheidspersoneel", "police and other security forces": the one named first
  // is one of the others, so a sentence about them all answers; it is never needed on its own.
  for (let i = 1; i + 2 < folded.length; i++) {
    if (AND.has(folded[i] as string) && OTHER_KIND.has(folded[i + 1] as string) && !consumed.has(i - 1)) found.add(i - 1);
  }
  return found;
}
const AND: ReadonlySet<string> = new Set(['and', 'en']);
const OTHER_KIND: ReadonlySet<string> = new Set(['other', 'ander', 'andere']);

/** "van", "of" (and an article) right before word `i`, after a word of the question's own: "de rechterhand van (de) X". */
function ownsPrevious(folded: readonly string[], i: number, consumed: ReadonlySet<number>): boolean {
  const article = folded[i - 1] === 'de' || folded[i - 1] === 'het' || folded[i - 1] === 'the' ? 1 : 0;
  const of = i - 1 - article;
  const owned = of - 1;
  return (folded[of] === 'van' || folded[of] === 'of') && owned >= 0 && !consumed.has(owned) && !isStopword(folded[owned] ?? '', ['nl', 'en']);
}

/** The first `limit` content words, with the particles among them: a particle is no word of its own. */
function firstContentWords(words: readonly QueryWord[], limit: number): QueryWord[] {
  let content = 0;
  const end = words.findIndex((word) => !word.particle && ++content > limit);
  return end < 0 ? [...words] : words.slice(0, end);
}

// Helpers of the readings above, at module level: tsx names every closure made per question, at a cost.

/** "us" opening a question before a word ("us reaction to the deployment") is no pronoun. */
function opensOnCountry(folded: readonly string[], i: number): boolean {
  return i === 0 && folded[1] !== undefined && !isStopword(folded[1], ['nl', 'en']) && !QUESTION_WORDS.has(folded[1]);
}

/** "US", "the us": the United States, not "us" (in a question not written in capitals throughout). */
function namesCountry(folded: readonly string[], token: Token, i: number, lowercase: boolean): boolean {
  return folded[i] === 'us' && ((lowercase && token.surface === 'US') || folded[i - 1] === 'the' || opensOnCountry(folded, i));
}

/** A word with an adjective's ending, no stop word, not read as a question word. */
function adjectiveAt(folded: readonly string[], consumed: ReadonlySet<number>, k: number): boolean {
  return ADJECTIVE_ENDING.test(folded[k] ?? '') && !isStopword(folded[k] ?? '', ['nl', 'en']) && !consumed.has(k);
}

/** A word in capitals not where a sentence starts: only the gap after the word before is read, a sentence starting where it holds a stop or a colon. */
function capitalAt(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return i > 0 && STARTS_UPPER.test(token.surface) && !token.isNumber && !SENTENCE_BREAK.test(text.slice((tokens[i - 1] as Token).end, token.start));
}

/** An acronym is a name of its own ("EU", "US"), as is "the us". */
function acronymAt(tokens: readonly Token[], i: number): boolean {
  const surface = (tokens[i] as Token).surface;
  return (ACRONYM.test(surface) && !CHAT_CAPITALS.has(fold(surface))) || (fold(surface) === 'us' && fold(tokens[i - 1]?.surface ?? '') === 'the');
}

/** Where the clause holding word `i` ends: after the next clause end, or at the question's end. */
function clauseEndAfter(folded: readonly string[], clauseEnds: ReadonlySet<number>, i: number): number {
  return Math.min(folded.length, ...mapped([...clauseEnds].filter((e) => e > i), (e) => e + 1));
}

/** A comma between word `k` and the word before. */
function commaBefore(text: string, tokens: readonly { start: number; end: number }[], k: number): boolean {
  return k > 0 && /,/u.test(text.slice((tokens[k - 1] as { end: number }).end, (tokens[k] as { start: number }).start));
}

/**
 * A query word with every key there, unset ones undefined: one object shape for every word, so the
 * code reading words stays optimised (V8 deoptimises on each new shape it meets).
 */
export function plainWord(surface: string, folded: string, isNumber: boolean): QueryWord {
  return {
    surface,
    folded,
    isNumber,
    particle: undefined,
    closing: undefined,
    lead: undefined,
    after: undefined,
    owner: undefined,
    claimed: undefined,
    counted: undefined,
    capacity: undefined,
    nationalOf: undefined,
    background: undefined,
    anchor: undefined,
    definite: undefined,
    whole: undefined,
    placed: undefined,
    doer: undefined,
    doneTo: undefined,
    alternative: undefined,
    use: undefined,
    predicate: undefined,
    titled: undefined,
  };
}
