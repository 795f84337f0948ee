/**
 * What kind of answer a sentence can give, so a question's type can be checked, not only its
 * words: which things its figures count ("bijna 8.000 mensen zijn gearresteerd" counts people and
 * arrests, not journalists), whom an age belongs to, whether it states a time, a duration, a cause
 * or a statement, which names it holds, and what it says is not known ("Hoeveel … is onbekend").
 * Computed once per sentence at index time; pure.
 */
import { isPeopleAdjective } from '../text/dutchAdjectives.js';
import { namesRole } from './roleMentions.js';
import { isNumberWord } from '../text/numberWords.js';
import type { AnalyzedText, Term } from './analysis/analyzeText.js';
import { fold } from './analysis/fold.js';
import { tokenize, type Token } from './analysis/tokenize.js';
import { isYearAt } from './analysis/years.js';
import type { Intent } from './query/questionWords.js';
import { HAS_CAPITAL, STARTS_WITH_CAPITAL } from '../text/letterClasses.js';
import { flatMap, indicesWhere, mapped } from '../lists/loops.js';
import { table } from '../lists/table.js';

/** A set of terms, or anything that can tell whether it holds one. */
export type Terms = Pick<ReadonlySet<string>, 'has'>;

export interface SentenceFeatures {
  /**
   * Per figure (years are dates, not figures): its own term and the terms of the words it counts,
   * with `PHRASE_BREAK` where a preposition stands between two of them ("164 doden | bevolking").
   */
  counts: string[][];
  /** Per age ("de 81-jarige Nazarbajev"): the terms of whom it belongs to. */
  ages: string[][];
  time: boolean;
  /** A date the reader can place: a weekday, a month, a year, "gisteren", "afgelopen weekeinde", "deze zomer". */
  dated: boolean;
  duration: boolean;
  /** The time between two events: "een dag eerder", "a week later" (not how long something lasts). */
  interval: boolean;
  /** An hour or a part of the day ("om 8 uur", "'s avonds", "at 10:30"): what "hoe laat" asks. */
  clock: boolean;
  cause: boolean;
  /** A cause the whole sentence is about: a reason, a charge, an aim ("op beschuldiging van", "in een poging om"), what someone died of. */
  reason: boolean;
  /** A condition or exception: "als …", "alleen bij …", "tenzij …", "only if …". */
  condition: boolean;
  statement: boolean;
  /** A term in single quotes ("een ‘vredesmacht’", "de zelfbenoemde ‘leider van de natie’"): what someone calls something. */
  term: boolean;
  /** Goes on with the statement before by its speaker ("Hij zei maandag dat …"): a time it gives is that statement's time too. */
  saying: boolean;
  /** Where it goes on saying: the terms of what it reports (after "dat"), which its time is not of alone. */
  reported: string[];
  /** Terms of capitalised words (the first only when it is a name elsewhere): names of people, places and organisations. */
  names: string[];
  /** Terms of names in an enumeration ("Rusland, Armenië, Belarus en Kirgizië"): a figure there is the group's, not one member's. */
  listed: string[];
  /** Terms of the years it names ("in 2010"): like names, what the next sentences are still about. */
  years: string[];
  /** Answer kinds the sentence says are unknown or unclear: that, too, answers the question. */
  unknown: Intent[];
  /**
   * What who and name questions need, per word, whatever the question matched (so ranking can
   * bound them without the sentence's text): terms an apposition follows ("Nazarbajev, de …"),
   * terms with a role word beside them, names not after a preposition, and terms with such a
   * name beside them that could be what someone is called.
   */
  apposed: string[];
  besideRole: string[];
  someone: string[];
  besideName: string[];
  /**
   * Terms in the same clause as a time (or a date) the sentence gives: "wanneer begonnen de
   * protesten" is not answered by a "gisteren" that belongs to another clause ("Terwijl de
   * president gisteren probeerde te voorkomen dat de demonstraties …").
   */
  timed: string[];
  datedTerms: string[];
  /** Terms after a vague quantifier ("enkele buurlanden", "several officials"): said, but not which. */
  vague: string[];
  /** Terms of what is asked for ("verzocht de CSTO om militaire hulp", "om hulp vroegen"): requested, not given. */
  requested: string[];
  /**
   * Where the cause is a clause or a phrase ("Doordat de autoriteiten … platlegden, is er veel
   * onduidelijk"; "demonstraties tegen verhoogde brandstofprijzen"): the terms outside it, whose cause
   * the sentence gives. "Why did the authorities cut the internet" is not answered by a sentence
   * giving the cut as the cause of something else. Empty when `reason` (then every term has it).
   */
  reasoned: string[];
  /** Terms of common nouns of place after a preposition of place ("in het buitenland", "op sociale media"): where, without a name. */
  places: string[];
  /**
   * Terms of who the sentence says says it: after "volgens" or "aldus" ("volgens de politie"), or
   * before a speech verb in its clause ("De Kazachse politie zegt dat …").
   */
  sources: string[];
}

const SPEECH = new Set([
  'zei', 'zegt', 'zeggen', 'zeiden', 'gezegd', 'aldus', 'volgens', 'verklaarde', 'verklaart', 'sprak', 'spraken', 'meldde',
  'meldden', 'kondigde', 'waarschuwde', 'beloofde', 'ontkent', 'ontkende', 'noemde', 'noemt', 'stelde', 'stelt', 'benadrukte',
  'omschreef', 'omschreven', 'beschreef', 'beschuldigde', 'beschuldigt', 'beweerde', 'beweert', 'claimde', 'claimt', 'said', 'says',
  'according', 'announced', 'warned', 'stated', 'told',
]);
/** Words that open a clause of their own: a time before them belongs to another event than the words after. */
const CLAUSE_OPENERS = new Set(['dat', 'omdat', 'terwijl', 'toen', 'nadat', 'voordat', 'zodat', 'waardoor', 'waarna', 'hoewel', 'doordat', 'zodra', 'sinds', 'tot', 'totdat', 'maar']);
/** Words that place an event on the calendar (against the article's date where relative). */
const DATED = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vandaag', 'morgen',
  'eergisteren', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'weekeinde', 'weekend', 'zomer', 'winter', 'voorjaar', 'najaar', 'geleden',
]);
/** Words that place it only relative to something else ("een dag eerder", "nadat …"). */
const TIME = new Set([...DATED, 'week', 'jaar', 'dagen', 'eerder', 'later', 'binnenkort', 'toen', 'sinds', 'nadat', 'voordat', 'laatst', 'eerst']);
/** Words that give an end in time ("tot 20 januari"): a length of time with a date after them. */
const UNTIL = new Set(['tot', 'totdat', 'until', 'till']);
/** Units a number must stand before to be a length of time. */
const TIME_UNITS = new Set(['seconde', 'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'etmaal', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'decennium', 'decennia', 'eeuw']);
/** "een dag eerder", "a week later": one unit of time between two events. */
const ONE_UNIT = new Set(['een', 'één', 'a', 'an', 'one']);
const INTERVAL = new Set(['eerder', 'later', 'ervoor', 'erna', 'daarvoor', 'daarna', 'earlier', 'before', 'after']);
/** Words that state a length of time on their own. */
const DURATION = new Set(['voorlopig', 'tijdelijk', 'sinds', 'lang', 'langer', 'permanent', 'blijvend']);
const AMOUNT_WORDS = new Set(['paar', 'enkele', 'aantal']);
/** A span up to now: "het geweld van de afgelopen dagen", "de laatste weken". */
const SPAN_WORDS = new Set(['afgelopen', 'voorbije', 'laatste']);
const PLURAL_UNITS = new Set(['dagen', 'weken', 'maanden', 'jaren', 'uren', 'decennia']);
/** Quantifiers that leave open which ones: "enkele buurlanden", "een aantal leden", "several officials". */
const VAGUE = new Set(['enkele', 'sommige', 'verschillende', 'diverse', 'meerdere', 'aantal', 'paar', 'several', 'some', 'various', 'certain', 'few']);
/** A time of day: "8:30", "om 8 uur", "'s avonds", "at midnight", "in the morning". */
const CLOCK = /(?<![\p{L}\p{N}.,])(?:\d{1,2}[:.]\d{2}(?![\p{N}])(?:\s*(?:uur|u|h|am|pm))?|\d{1,2}\s*(?:uur|o['’]clock|am|pm)(?!\p{L})|middernacht|midnight|noon|middaguur|['’]s\s+(?:ochtends|morgens|middags|avonds|nachts)|(?:in\s+de|in\s+the|this|that|at)\s+(?:ochtend|middag|avond|nacht|morning|afternoon|evening|night))/iu;

/** Definite articles: "de olie-installaties" at a clause's end names the things, not which of them. */
const BARE_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'the']);
/** A plural, Dutch or English, by its ending ("installaties", "olievelden", "sites"). */
const PLURAL = /\p{L}{3,}(?:en|s)$/u;
/** Words after a vague quantifier that still name the things it quantifies ("enkele hoge functionarissen"). */
const VAGUE_WINDOW = 2;
/** What someone died of is the cause of their death ("overleden aan een hartstilstand"). */
const DIED_OF = mapped(['overleden aan', 'overleed aan', 'overleden zijn aan', 'stierf aan', 'stierven aan', 'bezweek aan', 'bezweken aan', 'died of', 'died from'], (p) => p.split(' '));
/** A cause given as a clause ("omdat …", "doordat …", "want …") or a phrase ("vanwege …", "tegen …"): what follows is the cause, the rest what it causes. */
const CAUSE_CLAUSE = new Set(['omdat', 'doordat', 'want']);
const CAUSE_PHRASE = new Set(['vanwege', 'wegens', 'dankzij', 'door', 'tegen', 'om']);
/** Words of a cause phrase after its preposition ("tegen verhoogde brandstofprijzen gewelddadig"). */
const CAUSE_PHRASE_WORDS = 3;
/** Words that give a cause, a charge or a motive (fear, worry, an aim): what "why" wants. */
const CAUSE = new Set(['omdat', 'doordat', 'waardoor', 'want', 'vanwege', 'wegens', 'beschuldiging', 'verdenking', 'aanklacht', 'oorzaak', 'daardoor', 'dankzij', 'door', 'reden', 'aanleiding', 'om', 'gevolg', 'poging', 'verzoek', 'tegen', 'zorgen', 'vrees', 'vreest', 'vreesde', 'vrezen', 'bang', 'angst', 'motief', 'doel']);
/** Prepositions that place something: where it is, went, came from or was said. */
const PLACE_PREPOSITIONS = new Set(['in', 'op', 'naar', 'uit', 'vanuit', 'bij', 'via', 'binnen', 'buiten', 'rond', 'nabij', 'langs']);
/**
 * Common nouns of places and of the channels something is said on: with a preposition of place
 * before them, the sentence says where without a name ("die in het buitenland getraind zijn").
 * Compounds ending in one count too ("overheidsgebouwen", "olie-installaties").
 */
const PLACE_NOUNS = [
  'buitenland', 'binnenland', 'straat', 'straten', 'plein', 'pleinen', 'stad', 'steden', 'dorp', 'dorpen', 'land', 'landen', 'regio', 'provincie',
  'grens', 'grenzen', 'vliegveld', 'luchthaven', 'haven', 'kust', 'gebouw', 'gebouwen', 'paleis', 'kazerne', 'gevangenis', 'ziekenhuis',
  'installatie', 'installaties', 'hoofdkwartier', 'ambassade', 'parlement', 'centrum', 'noorden', 'zuiden', 'oosten', 'westen', 'grensgebied',
  'media', 'internet', 'televisie', 'tv', 'radio', 'website', 'persconferentie', 'toespraak',
];
const PLACE_NOUN_SET: ReadonlySet<string> = new Set(PLACE_NOUNS);
/** A compound's own part must be at least this long before the place noun ("overheids|gebouwen"). */
const COMPOUND_HEAD = 3;
const isPlaceNoun = (word: string): boolean => PLACE_NOUN_SET.has(word) || PLACE_NOUNS.some((noun) => noun.length >= 4 && word.length >= noun.length + COMPOUND_HEAD && word.endsWith(noun));
/** Words that deny or doubt what the sentence reports. */
const DENIED = new Set(['ontkent', 'ontkende', 'ontkennen', 'ontkenden', 'geruchten', 'gerucht', 'denies', 'denied', 'rumours', 'rumors']);
/** Words between the preposition and the place ("op [de] [sociale] media"). */
const PLACE_WINDOW = 3;
/** Three or more capitalised names: "A, B en C", "A, B, C and D". */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}-]*`;
const ENUMERATION = new RegExp(String.raw`${NAME}(?:,\s+${NAME})+,?\s+(?:en|and)\s+${NAME}`, 'gu');
/** Quoted words: double quotes, or single ones around a clause (five words or more). A single-quoted
 * word or title ("een ‘vredesmacht’", "de zelfbenoemde ‘leider van de natie’") is a term, not a statement. */
const QUOTES = /[“”„"«»]|‘(?:[^’\s]+\s+){4,}[^’]*’/u;
/** A term in single quotes: one to four words (five or more are a quoted clause, `QUOTES`); not a name written in capitals ("de ‘Collectieve Veiligheidsverdragorganisatie’"). */
const QUOTED_TERM = /‘(?!(?:\p{Lu}[\p{Ll}\p{M}]*\s*)+’)(?:[^’\s]+\s+){0,3}[^’\s]+’/u;
const UNKNOWN = new Set(['onbekend', 'onduidelijk']);
/** Word runs that leave a question open: unknown, unclear, or not said ("maar zei niet welk centrum"). */
const LEFT_OPEN: ReadonlyArray<readonly [string, string]> = [['niet', 'bekend'], ['niet', 'duidelijk'], ['zei', 'niet'], ['zegt', 'niet'], ['niet', 'gezegd'], ['noemde', 'niet'], ['niet', 'genoemd']];
/** The question word a sentence leaves open, by the kind of answer it would have given. */
const OPEN_QUESTION: Readonly<Record<string, Intent>> = table({ hoeveel: 'figure', wanneer: 'when', waar: 'where', wie: 'who', waarom: 'why', welk: 'which', welke: 'which' });
/** Content words after a figure that still say what it counts ("bijna 8.000 mensen zijn gearresteerd"). */
const COUNT_WINDOW = 3;
/** A figure's counted words end at a clause break. */
const BREAK = /[,;:.!?()–—]|\s-\s/u;
/** A conjunction opens another clause: "een paar uur internet waardoor meer beelden …" counts no images. */
const CLAUSE_START = /(?:^|\s)(?:waardoor|waarna|omdat|doordat|terwijl|toen|nadat|zodat|maar|want|hoewel|because|while|whereas|but|so that)(?:\s|$)/iu;

/** The cue sets `has` asks about, one bit each, and per word the bits of the sets it is in. */
const CUE_SETS: ReadonlyArray<ReadonlySet<string>> = [TIME, DATED, DURATION, CAUSE, SPEECH, UNKNOWN];
const CUE_BIT = new Map(mapped(CUE_SETS, (set, i) => [set, 1 << i]));
const CUE_BITS = new Map<string, number>();
for (const [i, set] of CUE_SETS.entries()) for (const word of set) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | (1 << i));

/** `81-jarige`, and `20-tal`-style compounds of a number (module level: see letterClasses.ts). */
const AGE_WORD = /^\p{N}+-?jarige?n?$/u;
const NUMBER_COMPOUND = /^\p{N}+-\p{L}/u;

/** Figure tokens: digits (not years), number words, and `81-jarige`-style compounds. */
function figureTokens(tokens: readonly Token[], words: readonly string[]): Array<{ token: Token; age: boolean }> {
  const found: Array<{ token: Token; age: boolean }> = [];
  tokens.forEach((token, i) => {
    const word = words[i] ?? '';
    if (AGE_WORD.test(word)) found.push({ token, age: true });
    else if ((token.isNumber && !isYearAt(tokens, words, i)) || NUMBER_COMPOUND.test(token.surface) || isNumberWord(word) || (word === 'paar' && words[i - 1] === 'een')) found.push({ token, age: false });
  });
  return found;
}

/** Stands in a figure's counted words where a preposition was: what follows says of which, not what. */
export const PHRASE_BREAK = '|';
/** Prepositions, Dutch and English. */
const PREPOSITION = /(?:^|\s)(?:onder|van|in|bij|uit|aan|op|tegen|voor|met|door|naar|over|tijdens|na|om|per|zonder|binnen|buiten|sinds|tot|among|of|at|from|on|against|for|with|by|to|during|after)(?:\s|$)/iu;

/** Whether a word states an amount of its own: digits, a number word, "paar", "aantal". */
const startsAmount = (surface: string): boolean => /^\d/u.test(surface) || isNumberWord(fold(surface)) || AMOUNT_WORDS.has(fold(surface));

/** Terms of the content words right after `end`, up to a clause break. */
function termsAfter(text: string, end: number, terms: readonly Term[], parts: readonly Term[]): string[] {
  const after: string[] = [];
  let taken = 0;
  let from = end;
  for (const term of terms) {
    if (term.start < end) continue;
    const between = text.slice(from, term.start);
    if (BREAK.test(between) || CLAUSE_START.test(between) || taken === COUNT_WINDOW) break;
    // Another amount begins another figure ("vijf dagen een paar uur internet": the five counts days, not hours);
    // right after the figure it is its scale ("1,6 miljoen vaten").
    if (taken > 0 && startsAmount(text.slice(term.start, term.end))) break;
    if (taken > 0 && PREPOSITION.test(between)) after.push(PHRASE_BREAK);
    after.push(term.term, ...mapped(parts.filter((p) => p.start === term.start), (p) => p.term));
    taken++;
    from = term.end;
  }
  return after;
}

/**
 * What an open figure counts: the words of its clause after "hoeveel", but those of a phrase a
 * preposition opens, and the verb closing it ("Hoeveel mensen er door het hele land … zijn
 * omgekomen": people who died, not the country; "uit hoeveel militairen de interventiemacht zal
 * bestaan": the force's soldiers).
 */
function countedOpen(text: string, end: number, terms: readonly Term[]): string[] {
  const kept: string[] = [];
  let last: string | undefined;
  let inPhrase = false;
  let from = end;
  for (const term of terms) {
    if (term.start < end) continue;
    const between = text.slice(from, term.start);
    if (last !== undefined && (BREAK.test(between) || CLAUSE_START.test(between))) break;
    if (PREPOSITION.test(between)) inPhrase = true;
    if (!inPhrase) kept.push(term.term);
    last = term.term;
    from = term.end;
  }
  return last === undefined || kept.includes(last) ? kept : [...kept, last];
}

/** Words that ask for something, with "om" or "for" before what is asked ("verzocht … om hulp", "om hulp vroegen", "asked for help"). */
const REQUESTING = new Set(['verzocht', 'verzoekt', 'verzoek', 'verzoeken', 'vroeg', 'vroegen', 'vraagt', 'vragen', 'gevraagd', 'smeekte', 'smeekten', 'asked', 'asks', 'ask', 'requested', 'request', 'requests', 'begged', 'appealed', 'pleaded']);
const FOR_WHAT = new Set(['om', 'for']);
/** The words that ask for something ("verzocht", "asked", "request"), to tell a question about the asking. */
export const REQUEST_WORDS: ReadonlySet<string> = new Set([...REQUESTING, 'sought', 'seek', 'seeks', 'zocht', 'zochten', 'inroepen', 'ingeroepen', 'riep', 'riepen']);
/** How far "om"/"for" may stand from the asking word, and how many words say what is asked. */
const REQUEST_REACH = 4;
const REQUESTED_WORDS = 2;

/** The terms of what a sentence says is asked for: after "om"/"for" near an asking word, up to the next break (not the purpose clause "om … te …"). */
function requestedIn(text: string, tokens: readonly Token[], words: readonly string[], startOfWord: ReadonlyMap<number, string>): string[] {
  const found: string[] = [];
  words.forEach((word, r) => {
    if (!REQUESTING.has(word)) return;
    const near = mapped([...Array(REQUEST_REACH * 2 + 1).keys()], (d) => r - REQUEST_REACH + d).filter((k) => k !== r && FOR_WHAT.has(words[k] ?? ''));
    for (const at of near) {
      // "om de grenzen te bewaken" says what for, not what is asked.
      if (words[at] === 'om' && words.slice(at + 1, at + 1 + REQUEST_REACH + 1).includes('te')) continue;
      let taken = 0;
      for (let k = at + 1; k < tokens.length && taken < REQUESTED_WORDS && k !== r; k++) {
        const between = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
        if (BREAK.test(between) || words[k] === 'te' || CLAUSE_START.test(` ${words[k]} `)) break;
        const term = startOfWord.get((tokens[k] as Token).start);
        if (term !== undefined) {
          found.push(term);
          taken++;
        }
      }
    }
  });
  return [...new Set(found)];
}

/** `isName`: whether a folded word is written as a name elsewhere, so a sentence's first word can be one too ("Tokajev verving …"). */
export function sentenceFeatures(text: string, analysis: AnalyzedText, isName: (folded: string) => boolean = () => false): SentenceFeatures {
  const tokens = tokenize(text);
  const words = mapped(tokens, (t) => fold(t.surface));
  // Which cue sets the sentence's words are in, in one look-up per word (not one pass per set).
  let cues = 0;
  for (const word of words) cues |= CUE_BITS.get(word) ?? 0;
  const has = (set: ReadonlySet<string>): boolean => (cues & (CUE_BIT.get(set) as number)) !== 0;
  const counts: string[][] = [];
  const ages: string[][] = [];
  const startOfWord = new Map(mapped(analysis.words, (t) => [t.start, t.term]));
  for (const { token, age } of figureTokens(tokens, words)) {
    // The number itself too: a question that names it ("when was the 164 figure put out") has its figure.
    const own = age ? undefined : startOfWord.get(token.start);
    (age ? ages : counts).push([...(own === undefined ? [] : [own]), ...termsAfter(text, token.end, analysis.words, analysis.parts)]);
  }
  // Word runs, on the folded words: folding the whole sentence would cost more than all the rest.
  const runOf = (...run: string[]): boolean => words.some((_, i) => run.every((w, k) => words[i + k] === w));
  // A length of time, not a point in it: "drie jaar geleden" says when.
  const unitAfter = (i: number): boolean => [1, 2].some((k) => TIME_UNITS.has(words[i + k] ?? '') && words[i + k + 1] !== 'geleden');
  // Until when is how long too: "tot 20 januari", "tot maandag", "until Friday".
  const until = (i: number): boolean => UNTIL.has(words[i] ?? '') && [1, 2].some((k) => DATED.has(words[i + k] ?? '') || isYearAt(tokens, words, i + k));
  // "de afgelopen dagen" spans time; "de laatste dag van de top" is one day.
  const spanAfter = (i: number): boolean => SPAN_WORDS.has(words[i] ?? '') && PLURAL_UNITS.has(words[i + 1] ?? '');
  // "een dag eerder", "a week later": the time between two events, which "how long before/after" asks.
  const interval = (i: number): boolean => ONE_UNIT.has(words[i] ?? '') && TIME_UNITS.has(words[i + 1] ?? '') && INTERVAL.has(words[i + 2] ?? '');
  const duration = has(DURATION) || runOf('zo', 'lang', 'als')
    || tokens.some((t, i) => ((t.isNumber || isNumberWord(words[i] ?? '') || AMOUNT_WORDS.has(words[i] ?? '')) && unitAfter(i)) || spanAfter(i) || until(i));
  const diedOf = DIED_OF.some((run) => runOf(...run));
  const leftOpen = has(UNKNOWN) || LEFT_OPEN.some((run) => runOf(...run));
  const unknown = leftOpen ? flatMap(words, (w) => (OPEN_QUESTION[w] ? [OPEN_QUESTION[w]] : [])) : [];
  // "Hoeveel mensen … is onbekend" leaves open a figure of people, not of countries: what it counts, as a figure's.
  if (leftOpen) tokens.forEach((token, i) => {
    if (OPEN_QUESTION[words[i] ?? ''] === 'figure') counts.push(countedOpen(text, token.end, analysis.words));
  });
  const names = flatMap(tokens.filter((t, i) => STARTS_WITH_CAPITAL.test(t.surface) && (i > 0 || isName(words[0] ?? ''))), (t) => startOfWord.get(t.start) ?? []);
  const listed = flatMap([...text.matchAll(ENUMERATION)], (m) => mapped(analysis.words.filter((t) => t.start >= (m.index ?? 0) && t.end <= (m.index ?? 0) + m[0].length), (t) => t.term));
  const yearAt = mapped(tokens, (_, i) => isYearAt(tokens, words, i));
  const years = flatMap(tokens.filter((_, i) => yearAt[i]), (t) => startOfWord.get(t.start) ?? []);
  const { timed, datedTerms } = clausesInTime(text, tokens, words, yearAt, analysis);
  const places = placesIn(text, tokens, words, startOfWord);
  const sources = sourcesIn(text, tokens, words, startOfWord);
  // A thing named only as "the things" ending its clause ("… uitgezonden naar de olie-installaties."): said, but not which.
  const endsClause = (i: number): boolean => i === tokens.length - 1 || /[,.;:!?]/u.test(text.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start));
  // Plural things only, not a name ("de Navo"), not one thing ("de bevolking").
  const bareDefinite = flatMap(tokens, (t, i) => (i > 0 && BARE_ARTICLES.has(words[i - 1] ?? '') && PLURAL.test(words[i] ?? '') && !STARTS_WITH_CAPITAL.test(t.surface) && endsClause(i) ? (startOfWord.get(t.start) ?? []) : []));
  const vague = [...new Set([...flatMap(tokens, (_, i) => (VAGUE.has(words[i] ?? '') ? flatMap(tokens.slice(i + 1, i + 1 + VAGUE_WINDOW), (t) => startOfWord.get(t.start) ?? []) : [])), ...bareDefinite])];
  return {
    counts,
    ages,
    time: has(TIME) || years.length > 0,
    dated: has(DATED) || years.length > 0,
    duration,
    interval: tokens.some((_, i) => interval(i)),
    clock: CLOCK.test(text),
    cause: has(CAUSE) || diedOf,
    ...reasons(text, tokens, words, analysis, diedOf),
    condition: statesCondition(text, tokens, words),
    statement: QUOTES.test(text) || has(SPEECH),
    term: QUOTED_TERM.test(text),
    ...goingOnSaying(tokens, words, analysis),
    names,
    listed,
    years,
    unknown,
    ...whoFacts(text, analysis.words, new Set(names)),
    timed,
    datedTerms,
    vague,
    requested: requestedIn(text, tokens, words, startOfWord),
    places,
    sources,
  };
}

/** Conjunctions that make what follows a condition, wherever they stand. */
const CONDITIONAL = new Set(['indien', 'mits', 'tenzij', 'zolang', 'unless']);
/**
 * "Als", "wanneer", "if" opening a clause, with its subject after it ("Als de rust niet terugkeert",
 * "als één land wordt aangevallen"): a condition, not a capacity ("Als president ontsloeg hij …").
 */
const CLAUSE_CONDITION = new Set(['als', 'wanneer', 'if']);
/** What a conditional clause's subject opens with: an article, a numeral, a pronoun. */
const SUBJECT_OPENERS = new Set(['de', 'het', 'een', 'één', 'er', 'ze', 'zij', 'hij', 'je', 'we', 'wij', 'men', 'iemand', 'the', 'a', 'an', 'one', 'they', 'he', 'she', 'it', 'there', 'we', 'you', 'someone']);
/** What "alleen", "only" restricts to a case: "alleen bij een buitenlandse aanval", "only if". */
const ONLY = new Set(['alleen', 'enkel', 'uitsluitend', 'only']);
const CASE_AFTER = new Set(['bij', 'als', 'wanneer', 'indien', 'if', 'when']);
/** "In (het|dat|dit) geval": in that case. */
const CASE_OF = new Set(['het', 'dat', 'dit', 'that', 'this']);
/** Words between "alleen" and the case it restricts to ("alleen een beroep op worden gedaan bij"). */
const ONLY_WINDOW = 6;

/** Whether the sentence states a condition, a case or an exception (what "in which cases", "when can …" asks). */
function statesCondition(text: string, tokens: readonly Token[], words: readonly string[]): boolean {
  const opensClause = (i: number): boolean => i === 0 || /[,;:–—]\s*$/u.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start));
  const inCase = (i: number): boolean => words.slice(i + 1, i + 1 + ONLY_WINDOW).some((w) => CASE_AFTER.has(w));
  const caseOf = (w: string, i: number): boolean => (w === 'geval' || w === 'case') && CASE_OF.has(words[i - 1] ?? '') && words[i - 2] === 'in';
  const conditionalClause = (i: number): boolean => opensClause(i) && SUBJECT_OPENERS.has(words[i + 1] ?? '');
  return words.some((w, i) => CONDITIONAL.has(w) || (CLAUSE_CONDITION.has(w) && conditionalClause(i)) || (ONLY.has(w) && inCase(i)) || caseOf(w, i));
}

/** Words that name the source after them ("volgens de politie", "aldus Poetin"). */
const SOURCE_BEFORE = new Set(['volgens', 'aldus', 'according']);
/** Verbs of saying whose subject stands before them ("De politie zegt dat …", "Zijn veiligheidsdiensten meldden …"). */
const SAYING = new Set(['zegt', 'zei', 'zeggen', 'zeiden', 'meldt', 'meldde', 'meldden', 'melden', 'verklaarde', 'verklaart', 'beweert', 'beweerde', 'claimt', 'claimde', 'ontkent', 'ontkende', 'says', 'said', 'claims', 'claimed', 'reported', 'reports', 'denies', 'denied']);
/** How many words a source may take ("volgens de Kazachse veiligheidsdienst"). */
const SOURCE_WINDOW = 3;

/** A title someone gave himself: he is its source. */
const SELF_STYLED: ReadonlySet<string> = new Set(['zelfbenoemd', 'zelfbenoemde', 'zelfverklaard', 'zelfverklaarde', 'zelfgekozen']);
/** Terms of who the sentence says says it (`SentenceFeatures.sources`), within its clause. */
function sourcesIn(text: string, tokens: readonly Token[], words: readonly string[], startOfWord: ReadonlyMap<number, string>): string[] {
  const found = new Set<string>();
  const take = (k: number): boolean => {
    const term = startOfWord.get((tokens[k] as Token).start);
    if (term === undefined) return false;
    found.add(term);
    return true;
  };
  const broken = (a: number, b: number): boolean => BREAK.test(text.slice((tokens[a] as Token).end, (tokens[b] as Token).start));
  // A source is one noun with the people adjectives, role words and names around it ("de Russische president Poetin").
  const modifies = (k: number): boolean => isPeopleAdjective(words[k] as string) || namesRole(words[k] as string) || STARTS_WITH_CAPITAL.test((tokens[k] as Token).surface);
  // The source after word `i`: up to its noun, past the modifiers before it.
  const takeAfter = (i: number): void => {
    for (let k = i + 1; k <= i + SOURCE_WINDOW && k < words.length && !broken(k - 1, k); k++) if (take(k) && !modifies(k)) break;
  };
  // The source before word `i`: its noun, and the modifiers before that.
  const takeBefore = (i: number): void => {
    for (let k = i - 1; k >= Math.max(0, i - SOURCE_WINDOW) && !broken(k, k + 1); k--) if (take(k) && !(k > 0 && modifies(k - 1))) break;
  };
  words.forEach((word, i) => {
    if (SOURCE_BEFORE.has(word)) takeAfter(i);
    // "Dat zegt de Kazachse politie": with the verb second in its clause, the subject follows it.
    else if (SAYING.has(word)) (i <= 1 || broken(i - 2, i - 1) ? takeAfter : takeBefore)(i);
    // "de zelfbenoemd ‘leider van de natie’": the one it describes says it of himself.
    else if (SELF_STYLED.has(word)) take(i);
  });
  return [...found];
}

/** Terms of the place nouns standing after a preposition of place, in its clause (`PLACE_WINDOW`). */
function placesIn(text: string, tokens: readonly Token[], words: readonly string[], startOfWord: ReadonlyMap<number, string>): string[] {
  // A place denied or rumoured is no fact: "ontkent geruchten dat Nazarbajev naar het buitenland is gevlucht".
  if (words.some((word) => DENIED.has(word))) return [];
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (!PLACE_PREPOSITIONS.has(word)) return;
    for (let k = i + 1; k <= i + PLACE_WINDOW && k < words.length; k++) {
      const token = tokens[k] as Token;
      if (BREAK.test(text.slice((tokens[k - 1] as Token).end, token.start))) break;
      const term = startOfWord.get(token.start);
      if (term !== undefined && isPlaceNoun(words[k] as string)) {
        found.add(term);
        break;
      }
    }
  });
  return [...found];
}

/**
 * Whether the whole sentence has its cause (`reason`: a cause word that is no clause or phrase of
 * its own, what someone died of), or else the terms outside its cause clauses and phrases.
 */
function reasons(text: string, tokens: readonly Token[], words: readonly string[], analysis: AnalyzedText, diedOf: boolean): Pick<SentenceFeatures, 'reason' | 'reasoned'> {
  const spanCue = (w: string): boolean => CAUSE_CLAUSE.has(w) || CAUSE_PHRASE.has(w);
  const reason = diedOf || words.some((w) => CAUSE.has(w) && !spanCue(w));
  if (reason || !words.some(spanCue)) return { reason, reasoned: [] };
  const inCause = new Uint8Array(tokens.length);
  words.forEach((word, i) => {
    if (!spanCue(word)) return;
    const clause = CAUSE_CLAUSE.has(word);
    for (let k = i + 1; k < tokens.length && (clause || k <= i + CAUSE_PHRASE_WORDS); k++) {
      // A clause runs to the next comma or clause; a phrase stops at punctuation.
      if (/[,;:.()]/u.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start)) || (clause && CLAUSE_OPENERS.has(words[k] ?? ''))) break;
      inCause[k] = 1;
    }
  });
  const reasoned = new Set<string>();
  forEachTermToken(tokens, analysis.words, (t, at) => {
    if (at >= 0 && inCause[at] === 0) reasoned.add(t.term);
  });
  return { reason, reasoned: [...reasoned] };
}

/**
 * Each term with the index of the token it starts at (-1 if none does): terms and tokens both run
 * in text order, so one walk pairs them.
 */
function forEachTermToken(tokens: readonly Token[], terms: readonly Term[], visit: (term: Term, token: number) => void): void {
  let at = 0;
  for (const t of terms) {
    while (at < tokens.length && (tokens[at] as Token).start < t.start) at++;
    visit(t, (tokens[at] as Token | undefined)?.start === t.start ? at : -1);
  }
}

/** The terms of the clauses that hold a time (`timed`) or a date (`datedTerms`; a year is both). */
function clausesInTime(text: string, tokens: readonly Token[], words: readonly string[], yearAt: readonly boolean[], analysis: AnalyzedText): Pick<SentenceFeatures, 'timed' | 'datedTerms'> {
  const clauseOf = new Uint8Array(tokens.length);
  const withTime = new Set<number>();
  const withDate = new Set<number>();
  let clause = 0;
  let reports = false;
  tokens.forEach((token, i) => {
    const word = words[i] ?? '';
    // What someone said keeps the time of the saying: "Hij zei maandag dat …" answers "when did he say …".
    const saidThat = word === 'dat' && reports;
    if (i > 0 && ((CLAUSE_OPENERS.has(word) && !saidThat) || /[;:]/u.test(text.slice((tokens[i - 1] as Token).end, token.start)))) {
      clause = Math.min(clause + 1, 255);
      reports = false;
    }
    if (SPEECH.has(word)) reports = true;
    clauseOf[i] = clause;
    if (TIME.has(word) || yearAt[i]) withTime.add(clause);
    if (DATED.has(word) || yearAt[i]) withDate.add(clause);
  });
  if (withTime.size === 0 && withDate.size === 0) return { timed: [], datedTerms: [] };
  // Each term's clause is that of the token it starts at.
  const timed = new Set<string>();
  const datedTerms = new Set<string>();
  for (const terms of [analysis.words, analysis.parts]) {
    forEachTermToken(tokens, terms, (t, at) => {
      const c = at >= 0 ? (clauseOf[at] as number) : -1;
      if (withTime.has(c)) timed.add(t.term);
      if (withDate.has(c)) datedTerms.add(t.term);
    });
  }
  return { timed: [...timed], datedTerms: [...datedTerms] };
}

/** Content words between a name and a role word that still describe that person. */
const ROLE_WINDOW = 2;
/** Names a matched word ("de politiechef Jan Smit", "rechterhand Karim Masimov"): a name next to it that was not asked. */
const NAME_WINDOW = 2;
/** A name after a preposition is a place or an owner ("in Almaty", "van Nazarbajev"), not what someone is called. */
const AFTER_PREPOSITION = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)\s+$/iu;
/** Strictly, for "what is the name of": "van de Kazachse veiligheidsdienst" names no one either. */
const AFTER_PREPOSITION_OR_ARTICLE = /(?:^|\s)(?:in|uit|naar|bij|op|aan|te|van|voor|met|door|tegen|over|of|at|from|to|by|with|for)(?:\s+(?:de|het|een|the|a))?\s+$/iu;
/** Sticky: tried right after a word (`lastIndex`), without slicing the rest of the sentence for every word. */
const APPOSITION = /[)’”"']*\s*,\s+(?:de|het|een|die|dat|the|a|who)\s/iuy;
/** An apposition that is a relative clause (", die …", ", who …"). */
const RELATIVE_APPOSITION = /[)’”"']*\s*,\s+(?:die|dat|who|which|that)\s/iuy;
/**
 * Whether every apposition after a word the question asked about is a relative clause holding
 * another word it asked about: then it says what the question says, and describes nobody new
 * ("terroristen, die in het buitenland getraind zijn" does not say which country trained them). A
 * noun apposition defines whoever it follows ("Nazarbajev, de oud-president van Kazachstan").
 */
export function appositionRestates(text: string, words: readonly Term[], matched: Terms): boolean {
  let any = false;
  for (const [i, word] of words.entries()) {
    if (!matched.has(word.term) || !appositionAfter(text, word)) continue;
    RELATIVE_APPOSITION.lastIndex = word.end;
    if (!RELATIVE_APPOSITION.test(text)) return false;
    if (!restatesMatch(text, words, i, matched)) return false;
    any = true;
  }
  return any;
}

/** Whether the apposition after word `i` holds another word the question asked about (to the next comma or clause break). */
function restatesMatch(text: string, words: readonly Term[], i: number, matched: Terms): boolean {
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k] as Term;
    // The apposition opens after the comma following word i; it ends at the next break.
    if (k > i + 1 && BREAK.test(text.slice((words[k - 1] as Term).end, word.start))) return false;
    if (matched.has(word.term)) return true;
  }
  return false;
}

const appositionAfter = (text: string, word: Term): boolean => {
  APPOSITION.lastIndex = word.end;
  return APPOSITION.test(text);
};

/** Whether word `k` stands after a preposition (or, `strictly`, after one and an article), or names the source of a claim (`afterSource`): not who did it. */
const afterPreposition = (text: string, words: readonly Term[], k: number, strictly: boolean): boolean =>
  (strictly ? AFTER_PREPOSITION_OR_ARTICLE : AFTER_PREPOSITION).test(textBefore(text, words, k)) || afterSource(text, words, k);
/** The text between word `k` and the index word before it (stop words and punctuation fall there). */
const textBefore = (text: string, words: readonly Term[], k: number): string => text.slice(words[k - 1]?.end ?? 0, (words[k] as Term).start);
/** Whether a word position within `window` of `i`, other than `i`, passes `test`. */
function someBeside(words: readonly Term[], i: number, window: number, test: (k: number) => boolean): boolean {
  for (let k = Math.max(0, i - window); k <= Math.min(words.length - 1, i + window); k++) if (k !== i && test(k)) return true;
  return false;
}

/** How a sentence says who someone is: an apposition defines, a role word next to the name describes. */
export type Description = 'apposition' | 'role';

/**
 * Whether the sentence says who the matched person is: an apposition after the name
 * ("Nazarbajev, de zelfbenoemd ‘leider van de natie’") or a role word right next to it
 * ("oud-president Noersoeltan Nazarbajev"). A possessive name describes someone else
 * ("Nazarbajevs rechterhand"), so it does not count.
 */
export function describesMatch(text: string, words: readonly Term[], matched: Terms): Description | undefined {
  let found: Description | undefined;
  // The question asked who holds a role ("who was the intelligence colonel"): another role beside
  // it ("een politiechef en een kolonel") is someone else, not who the colonel is.
  const askedRole = words.some((word) => matched.has(word.term) && namesRole(word.form));
  words.forEach((word, i) => {
    if (found === 'apposition' || !matched.has(word.term)) return;
    if (appositionAfter(text, word)) {
      found = 'apposition';
      return;
    }
    const possessive = /s$/u.test(word.form) && HAS_CAPITAL.test(text[word.start] ?? '');
    // A role the question itself asked about ("who was the police chief") does not say who.
    if (!askedRole && someBeside(words, i, ROLE_WINDOW, (k) => !(possessive && k > i) && !matched.has(words[k]?.term ?? '') && namesRole(words[k]?.form ?? ''))) found = 'role';
  });
  return found;
}

/**
 * A name the question did not ask about, not a place or an owner after a preposition ("in Almaty").
 * Looser than `namesMatch`: "who" is also answered by a description ("het Kazachse leger").
 */
export function namesSomeone(text: string, words: readonly Term[], names: ReadonlySet<string>, matched: Terms): boolean {
  // "de Kazachse veiligheidsdienst" for "who at the security service": the adjective is part of what was asked.
  const qualifiesMatch = (word: Term, k: number): boolean => isPeopleAdjective(word.form) && matched.has(words[k + 1]?.term ?? '');
  return words.some((word, k) => names.has(word.term) && !matched.has(word.term) && !afterPreposition(text, words, k, false) && !qualifiesMatch(word, k));
}

/** "van"/"of" between a name and what it owns ("vertrouwelingen van oud-president …"), with articles or quotes beside. */
const OWNED_BY = /(?:^|[\s‘’“”"(])(?:van|of)(?=[\s‘’“”"(]|$)/iu;
/** Between two words of one name phrase ("oud-president Noersoeltan Nazarbajev"): spaces only. */
const SAME_PHRASE = /^\s*$/u;

/**
 * Whether the sentence names whom something belongs to, a name the question did not give: after
 * "van"/"of", past the roles and names of its phrase ("vertrouwelingen van oud-president Noersoeltan
 * Nazarbajev", "onder de vlag van de CSTO"), or possessive before a noun ("Nazarbajevs rechterhand").
 * "Whose people were the sacked deputies" is not answered by who sacked them. Not a people
 * adjective ("vicevoorzitters van de Kazachse veiligheidsdienst" belong to the service, not to a name).
 */
export function namesOwner(text: string, words: readonly Term[], names: ReadonlySet<string>, matched: Terms): boolean {
  const inPhrase = (k: number): boolean => names.has(words[k]?.term ?? '') || namesRole(words[k]?.form ?? '');
  return words.some((word, k) => {
    if (!names.has(word.term) || matched.has(word.term) || isPeopleAdjective(word.form)) return false;
    const next = words[k + 1];
    if (/s$/u.test(word.form) && next !== undefined && !names.has(next.term) && SAME_PHRASE.test(textBefore(text, words, k + 1))) return true;
    let start = k;
    while (start > 0 && inPhrase(start - 1) && SAME_PHRASE.test(textBefore(text, words, start))) start--;
    return start > 0 && OWNED_BY.test(textBefore(text, words, start));
  });
}

/**
 * Whether the statement is someone else's about the one asked: "Zijn woordvoerder ontkent geruchten
 * dat … Nazarbajev … is gevlucht" is no statement of Nazarbajev's. True when a speech verb has
 * another speaker right before it (a role or a name not asked), no asked name stands beside any speech
 * verb, and every asked name comes after "dat" following the verb. `names`: the sentence's names.
 */
export function spokenByAnother(text: string, words: readonly Term[], names: ReadonlySet<string>, matched: Terms): boolean {
  const asked = indicesWhere(words, (word) => names.has(word.term) && matched.has(word.term));
  if (asked.length === 0) return false;
  const verbs = indicesWhere(words, (word) => SPEECH.has(word.form));
  if (verbs.length === 0) return false;
  if (verbs.some((v) => asked.some((a) => Math.abs(a - v) <= 1))) return false;
  return verbs.some((v) => {
    const before = words[v - 1];
    const speaker = before !== undefined && !matched.has(before.term) && (namesRole(before.form) || names.has(before.term));
    const verb = words[v] as Term;
    return speaker && asked.every((a) => a > v && /(?:^|\s)dat\s/iu.test(text.slice(verb.end, (words[a] as Term).start)));
  });
}

/**
 * Words that open a relative clause: what it says is of the noun before, not of the sentence. Not
 * an adverbial one ("toen enkele buurlanden van Afghanistan om hulp vroegen" sets the scene).
 */
const RELATIVE = ['die', 'dat', 'wat', 'welke', 'who', 'which', 'that'];
/** Between two index terms (stop words fall there): a comma, dash or bracket, which opens or closes an insertion. */
const INSERTION_GAP = /[,()–—]|\s-\s/u;
/** A word opening a relative clause, between two index terms. */
const RELATIVE_GAP = new RegExp(`(?:^|\\s)(?:${RELATIVE.join('|')})(?=\\s|$)`, 'iu');
/** A stop between clauses that no insertion spans. */
const CLAUSE_STOP = /[;:]/u;
/** ", de stad waar …" after a name: an apposition, still of the name. */
const APPOSITION_GAP = /^\s*,\s*(?:de|het|een|the|a)\s/iu;

/**
 * Whether a place the sentence gives (`places`, or a name the question did not give) stands in the
 * clause of a word the question asked about: "Volgens Tokayev hebben terroristen, die in het
 * buitenland getraind zijn, munitiedepots bestormd" places the training, not Tokayev nor the depots.
 * An apposition after a comma belongs to the name before it ("Almaty, de stad waar de zwaarste
 * gevechten plaatsvonden").
 */
export function placedBesideMatch(text: string, words: readonly Term[], names: ReadonlySet<string>, places: ReadonlySet<string>, matched: Terms): boolean {
  const clauseOf = clausesOf(text, words, names);
  const asked = new Set(flatMap(words, (word, k) => (matched.has(word.term) ? [clauseOf[k] as number] : [])));
  return words.some((word, k) => asked.has(clauseOf[k] as number) && !matched.has(word.term) && (places.has(word.term) || (names.has(word.term) && !afterSource(text, words, k))));
}

/** Before a name that is not where the sentence's subject is: an owner, a comparison, a source ("van", "als", "volgens"). */
const NOT_THE_ONE_PLACED = /(?:^|\s)(?:van|of|als|like|volgens|according\s+to|aldus)\s+(?:(?:de|het|the|president|oud-president)\s+)*$/iu;

/**
 * Where the question asks only where someone named is ("where is Tokayev staying now"): the
 * sentence places that name, a place after it in its clause behind a preposition of place, the
 * name no owner, comparison or source ("de regering van president Tokajev", "Net als Tokajev zoekt Poetin … in het buitenland").
 * `placedBesideMatch` otherwise.
 */
export function placesName(text: string, words: readonly Term[], names: ReadonlySet<string>, places: ReadonlySet<string>, matched: Terms): boolean {
  const clauseOf = clausesOf(text, words, names);
  return words.some((word, k) => {
    if (!matched.has(word.term) || NOT_THE_ONE_PLACED.test(textBefore(text, words, k))) return false;
    return words.some((other, p) => p > k && clauseOf[p] === clauseOf[k] && !matched.has(other.term) && (places.has(other.term) || names.has(other.term)) && AT_PLACE.test(textBefore(text, words, p)));
  });
}
/** A preposition of place (`PLACE_PREPOSITIONS`, and English ones) right before a word, past an article ("in Almaty", "in het buitenland", "naar Moskou"). */
const AT_PLACE = new RegExp(String.raw`(?:^|\s)(?:${[...PLACE_PREPOSITIONS, 'te', 'at', 'to', 'from', 'near'].join('|')})\s+(?:(?:de|het|een|the|a)\s+)?$`, 'iu');

/**
 * Whether word `k` names who says what the sentence says ("volgens (president) Tokajev", "aldus
 * Poetin"): the source, not who did it or where. The source ends with its name: "Volgens Tokajev
 * hebben terroristen …" has the terrorists doing it.
 */
function afterSource(text: string, words: readonly Term[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - SOURCE_WINDOW); j--) {
    const word = words[j] as Term;
    if (BREAK.test(text.slice(word.end, (words[j + 1] as Term).start))) return false;
    if (SOURCE_BEFORE.has(word.form)) return true;
    if (HAS_CAPITAL.test(text[word.start] ?? '')) return false;
  }
  return false;
}

/**
 * The clause each word stands in. An insertion between commas ("In Almaty werden, volgens de
 * politie, 26 demonstranten gedood") or a relative clause up to its comma is a clause of its own,
 * and the main clause goes on after it; an apposition after a name is the name's own clause.
 */
function clausesOf(text: string, words: readonly Term[], names: ReadonlySet<string>): number[] {
  const clauseOf: number[] = [];
  const outer: number[] = [];
  let clause = 0;
  let count = 0;
  words.forEach((word, k) => {
    const before = words[k - 1];
    if (before !== undefined) {
      const gap = text.slice(before.end, word.start);
      if (CLAUSE_STOP.test(gap)) {
        outer.length = 0;
        clause = ++count;
      } else if (APPOSITION_GAP.test(gap) && names.has(before.term)) {
        // Still the name's clause, closed by the next comma.
        outer.push(clause);
      } else if (RELATIVE_GAP.test(gap)) {
        if (INSERTION_GAP.test(gap) && outer.length > 0) clause = outer.pop() as number;
        outer.push(clause);
        clause = ++count;
      } else if (INSERTION_GAP.test(gap)) {
        if (outer.length > 0) clause = outer.pop() as number;
        else {
          outer.push(clause);
          clause = ++count;
        }
      }
    }
    clauseOf.push(clause);
  });
  return clauseOf;
}

/** Whether a name beside a matched word says what it is called ("de politiechef Jan Smit"). */
export function namesMatch(text: string, words: readonly Term[], names: ReadonlySet<string>, matched: Terms): boolean {
  const isCalled = (k: number): boolean => {
    const word = words[k] as Term;
    return names.has(word.term) && !matched.has(word.term) && !isPeopleAdjective(word.form) && !afterPreposition(text, words, k, true);
  };
  return words.some((word, i) => matched.has(word.term) && !names.has(word.term) && someBeside(words, i, NAME_WINDOW, isCalled));
}

/** The per-word facts behind who and name (see `SentenceFeatures.apposed`): what any question could match, bounded from above. */
function whoFacts(text: string, words: readonly Term[], names: ReadonlySet<string>): Pick<SentenceFeatures, 'apposed' | 'besideRole' | 'someone' | 'besideName'> {
  const termsWhere = (test: (word: Term, i: number) => boolean): string[] => [...new Set(mapped(words.filter(test), (w) => w.term))];
  const callable = (k: number): boolean => names.has((words[k] as Term).term) && !isPeopleAdjective((words[k] as Term).form) && !afterPreposition(text, words, k, true);
  return {
    apposed: termsWhere((word) => appositionAfter(text, word)),
    besideRole: termsWhere((_, i) => someBeside(words, i, ROLE_WINDOW, (k) => namesRole(words[k]?.form ?? ''))),
    someone: termsWhere((word, k) => names.has(word.term) && !afterPreposition(text, words, k, false)),
    besideName: termsWhere((word, i) => !names.has(word.term) && someBeside(words, i, NAME_WINDOW, callable)),
  };
}

/** Subject pronouns: opening the sentence before a verb of saying ("Hij zei maandag dat …"), the speaker of the sentence before goes on. */
const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'he', 'she', 'they']);
/** Where what a sentence reports begins. */
const REPORTING: ReadonlySet<string> = new Set(['dat', 'that']);

/** `saying` and `reported` (SentenceFeatures): a pronoun and a verb of saying (`SPEECH`) open it, and what it reports follows "dat". */
function goingOnSaying(tokens: readonly Token[], words: readonly string[], analysis: AnalyzedText): Pick<SentenceFeatures, 'saying' | 'reported'> {
  if (!SPEAKING_PRONOUNS.has(words[0] ?? '') || !SPEECH.has(words[1] ?? '')) return { saying: false, reported: [] };
  const at = words.findIndex((word, i) => i > 1 && REPORTING.has(word));
  const from = at < 0 ? Number.POSITIVE_INFINITY : (tokens[at] as Token).start;
  return { saying: true, reported: [...new Set(mapped(analysis.words.filter((word) => word.start >= from), (word) => word.term))] };
}
