/**
 * Question words say what kind of sentence answers a question; they are never content.
 * `how many`/`hoeveel` wants a figure, `who`/`wie` a sentence that says who someone is,
 * `what did X say`/`wat zei X` a quote or statement, `when` a time, `how long` a duration,
 * `how old` an age, `why`/`what set off` a cause. Words that only say a figure is wanted
 * (`numbers`, `toll`, `cijfers`) are question words too: "death numbers" searches deaths.
 */

import { countsAnyone } from './countsAnyone.js';
import { groupedBy, phraseTable, standsAt } from './phraseTable.js';
import { STARTS_WITH_DIGIT } from '../../text/letterClasses.js';
import { looksLikeYear } from '../analysis/years.js';
import { isStopword } from '../analysis/stopwords.js';
import { PAST_PARTICIPLE } from '../analysis/dutchVerbForms.js';
import { flatMap, indicesWhere, mapped } from '../../lists/loops.js';

/**
 * `which`: "which neighbours" wants them specified, not "enkele buurlanden". `source`: who says so ("who says", "volgens wie").
 * `condition`: under what circumstances something holds ("in welke gevallen", "when can the CSTO be called upon").
 */
export type Intent = 'figure' | 'age' | 'duration' | 'interval' | 'clock' | 'who' | 'owner' | 'name' | 'quote' | 'when' | 'date' | 'where' | 'why' | 'which' | 'source' | 'condition';

interface Cue {
  /** Folded words, matched as a consecutive run. */
  words: string[];
  intent?: Intent;
}

/** The story itself, as a question refers to it ("what set the whole thing off"). */
const THE_STORY = ['the whole thing', 'it', 'it all', 'this', 'all this', 'all of this', 'everything'];

const cue = (phrase: string, intent?: Intent): Cue => ({ words: phrase.split(' '), ...(intent ? { intent } : {}) });

/** "waar" with its preposition: "about what", "of what", "with what" in one word ("waarvoor bedankte Poetin …"). */
const WAAR_WITH_PREPOSITION = ['waarvan', 'waarover', 'waarmee', 'waarop', 'waarvoor', 'waaraan', 'waarin', 'waaruit', 'waartegen', 'waarnaar', 'waarbij'];
// Longest cues first, so "how many" wins over "how" and "since when" over "when".
const CUES: Cue[] = [
  ...mapped(['what is behind', 'what lies behind', 'what was behind', 'wat zit erachter', 'wat zit er achter', 'wat zat erachter', 'wat zat er achter', 'what set off', 'what led to', 'what caused', 'what triggered', 'what sparked', 'what kicked off', 'what touched off', 'what prompted', 'what started', 'hoe komt het', 'wat is de oorzaak', 'wat was de aanleiding'], (p) => cue(p, 'why')),
  // The aim asked as a thing ("why …, what's the aim?"): what for.
  ...mapped(['what is the aim', "what's the aim", 'whats the aim', 'what is the goal', "what's the goal", 'whats the goal', 'what is the purpose', "what's the purpose", 'whats the purpose', 'what is the point', "what's the point", 'whats the point', 'wat is het doel', 'wat is de bedoeling', 'wat is het nut'], (p) => cue(p, 'why')),
  // What started the story itself, its object between verb and particle ("what set the whole thing off", "what kicked it all off").
  ...mapped([...flatMap(['set', 'kicked', 'touched'], (verb) => mapped(THE_STORY, (it) => `what ${verb} ${it} off`)), ...flatMap(['sparked', 'started', 'triggered', 'caused'], (verb) => mapped(THE_STORY, (it) => `what ${verb} ${it}`))], (p) => cue(p, 'why')),
  // What something did to another asks the causal link itself, as "why" does: "Door de komst van deze troepen zonk de moed …".
  ...mapped(['welke taak', 'welke taken', 'wat is de taak', 'wat is hun taak', 'wat is de opdracht', 'what task', 'what tasks', 'what is their task', 'what is the task', 'what are their tasks', 'what effect', 'what impact', 'which effect', 'effect', 'effects', 'impact', 'effecten', 'gevolg', 'gevolgen', 'achieved', 'achieve', 'achieves', 'accomplished', 'accomplish', 'bereikt', 'bereikten', 'what was the effect of', 'what was the impact of', 'what were the effects of', 'what were the consequences of', 'welk effect', 'welke invloed', 'wat was het effect van', 'wat is het effect van', 'wat waren de gevolgen van', 'wat zijn de gevolgen van', 'wat was het gevolg van', 'wat is het gevolg van'], (p) => cue(p, 'why')),
  // What something is for asks its reason ("what's the point of bringing in foreign help").
  ...mapped(['what is the point of', 'what was the point of', 'whats the point of', 'what is the purpose of', 'what was the purpose of', 'what is the aim of', 'what was the aim of', 'what is the idea behind', 'wat is het nut van', 'wat is het doel van', 'wat was het doel van', 'wat is de bedoeling van', 'wat was de bedoeling van'], (p) => cue(p, 'why')),
  // How long ago something was asks when it was, not how long it lasted.
  ...mapped(['since when', 'sinds wanneer', 'how long ago', 'hoe lang geleden', 'hoelang geleden'], (p) => cue(p, 'when')),
  // The hour: "hoe laat", "what time" are not answered by a day ("maandag").
  ...mapped(['at what time', 'what time', 'om hoe laat', 'rond hoe laat', 'hoe laat', 'hoelaat', 'welk tijdstip', 'what hour'], (p) => cue(p, 'clock')),
  // A date is asked for: "a day earlier" or "after the protests turned violent" does not give one.
  ...mapped(['what day', 'which day', 'what date', 'which date', 'what year', 'which year', 'welke dag', 'welk jaar', 'welke datum', 'what month', 'which month', 'welke maand', 'op welke dag', 'op welke datum', 'on what day', 'on which day', 'on what date', 'what years', 'which years', 'welke jaren', 'in welke jaren', 'in which years', 'in what years', 'jaartal', 'jaartallen', 'exact date', 'exacte datum'], (p) => cue(p, 'date')),
  ...mapped(['for how long', 'how long', 'hoe lang', 'hoelang', 'duration', 'duur', 'tot wanneer', 'until when', 'till when', 'how much longer', 'hoe lang nog'], (p) => cue(p, 'duration')),
  ...mapped(['how old', 'hoe oud', 'age', 'leeftijd'], (p) => cue(p, 'age')),
  ...mapped(['how many', 'how much', 'number of', 'het aantal', 'hoe veel', 'hoe groot', 'how big', 'how large', 'hoe hoog', 'how high', 'hoe duur', 'how expensive', 'hoeveel', 'aantal', 'aantallen', 'number', 'numbers', 'figure', 'figures', 'toll', 'tally', 'count', 'cijfers', 'cijfer', 'getal', 'getallen', 'headcount', 'head count'], (p) => cue(p, 'figure')),
  ...mapped(['how come', 'why', 'waarom', 'waardoor', 'for what reason', 'om welke reden', 'reason', 'reasons', 'cause', 'caused', 'oorzaak', 'aanleiding', 'reden', 'redenen', 'trigger', 'triggers', 'aanleidingen'], (p) => cue(p, 'why')),
  // Who says so: the attribution a newsroom checks ("who says officers were beheaded", "volgens wie").
  ...mapped(['who says', 'who said', 'who claims', 'who claimed', 'who reported', 'who reports', 'who is saying', 'according to whom', 'according to who', 'who is the source for', 'who is the source of', 'who is the source on', 'who is the source', 'what is the source for', 'what is the source of', 'what is the source on', 'what is the source', 'wie is de bron van', 'wie is de bron', 'wat is de bron van', 'wat is de bron', 'whose claim is that', 'whose claim', 'whose figure', 'whose number', 'whose estimate', 'whose words', 'whose term is that', 'whose term', 'whose word', 'whose label', 'whose phrase', 'whose description', 'wiens term', 'wiens woord', 'who is it attributed to', 'who is that attributed to', 'attributed to whom', 'to whom is it attributed', 'who is it sourced to', 'sourced to whom', 'wiens bewering', 'wiens cijfer', 'volgens wie', 'wie zegt', 'wie zei', 'wie meldt', 'wie meldde', 'wie beweert', 'wie beweerde', 'wie is de bron van', 'wat is de bron van', 'wie is de bron voor',
    'who put out', 'who announced', 'who published', 'who puts out', 'who released', 'who is releasing', 'who releases',
    // "Who's the talking head here": who says it on air.
    'who is the talking head here', 'who is the talking head on', 'who is the talking head for', 'who is the talking head', 'wie maakte bekend', 'wie heeft bekendgemaakt', 'wie maakte dat bekend',
    // Who calls it so ("wie noemt de troepen een vredesmacht"): whose word it is, "volgens de CSTO".
    'who calls', 'who called', 'who describes', 'who described', 'who labels', 'who labelled', 'who labeled', 'who speaks of', 'who spoke of',
    'wie noemt', 'wie noemde', 'wie noemen', 'wie omschrijft', 'wie omschreef', 'wie spreekt van', 'wie sprak van'], (p) => cue(p, 'source')),
  ...mapped(['who', 'whom', 'whose', 'wie', 'which country', 'which countries', 'what country', 'what countries', 'which other countries', 'what other countries', 'which nations', 'what nations', 'which other nations', 'what other nations', 'which states', 'which other states', 'what other states', 'welk land', 'welke landen', 'welke andere landen', 'welke staten', 'welke andere staten', 'welke naties', 'welke andere naties'], (p) => cue(p, 'who')),
  // A class of people asked by "which" is what the answer names, not a word it must hold ("welke groepen vochten").
  ...mapped(['which groups', 'what groups', 'which group', 'welke groepen', 'welke groep', 'which people', 'welke mensen', 'which persons', 'welke personen', 'which organisations', 'which organizations', 'welke organisaties', 'which parties', 'welke partijen', 'which sides', 'welke kanten', 'which factions', 'welke facties'], (p) => cue(p, 'who')),
  // Likewise a class of roles: "welke functie raakte hij kwijt" is answered by the role the sentence names.
  ...mapped(['which position', 'what position', 'which post', 'what post', 'which role', 'what role', 'which title', 'what title', 'which job', 'what job', 'welke functie', 'welke functies', 'welke post', 'welke rol', 'welke titel', 'welke baan'], (p) => cue(p)),
  // What something is named after asks for the thing, not for a name.
  ...mapped(['named after', 'named for', 'genoemd naar', 'vernoemd naar', 'vernoemd'], (p) => cue(p)),
  ...mapped(["what is the name of", "what's the name of", 'what are the names of', 'wat is de naam van', 'wat zijn de namen van', 'hoe heet', 'hoe heten', 'hoe heette', 'hoe heetten', 'full name of', 'full names of', 'full name', 'volledige naam van', 'volledige naam', 'name of', 'names of', 'naam van', 'namen van', 'named', 'genaamd', 'name', 'names', 'naam', 'namen'], (p) => cue(p, 'name')),
  ...mapped(['wat vindt', 'wat vinden', 'wat vond'], (p) => cue(p, 'quote')),
  ...mapped(['according to', 'volgens', 'quote', 'quotes', 'soundbite', 'soundbites', 'sound bite', 'sound bites', 'citaat', 'citaten', 'uitspraak', 'uitspraken', 'letterlijk', 'literally', 'exact words', 'precise words', 'exact wording', 'precise wording', 'wording', 'verbatim', 'in his own words', 'in her own words', 'in zijn eigen woorden', 'in haar eigen woorden', 'woordelijk'], (p) => cue(p, 'quote')),
  // Asking what something means or is: the thing itself is the question ("maidan-technieken uitleg").
  ...mapped(['uitleg', 'leg uit', 'explain', 'explained', 'explanation', 'betekenis', 'meaning', 'definition', 'definitie', 'wat betekent', 'what does it mean', 'what is meant by', 'wat wordt bedoeld met'], (p) => cue(p)),
  ...mapped(['when', 'wanneer'], (p) => cue(p, 'when')),
  ...mapped(['where', 'waar', 'waarheen', 'whereabouts', 'verblijfplaats'], (p) => cue(p, 'where')),
  // Dutch asks "about what", "of what", "with what" in one word: question words, not content.
  // Asking for the conditions under which something holds.
  ...mapped(['under what circumstances', 'under what conditions', 'under what condition', 'on what condition', 'on what conditions', 'onder welke voorwaarde', 'op welke voorwaarde', 'what is the rule', 'whats the rule', 'what are the rules', 'wat is de regel', 'wat zijn de regels', 'in what circumstances', 'in what situations', 'in what situation', 'in which case', 'in which cases', 'in what case', 'in what cases', 'onder welke omstandigheden', 'onder welke voorwaarden', 'in welke gevallen', 'in welk geval', 'in welke situaties', 'in welke situatie'], (p) => cue(p, 'condition')),
  ...mapped(['what', 'which', 'wat', 'welke', 'welk', 'how', 'hoe', ...WAAR_WITH_PREPOSITION], (p) => cue(p)),
].sort((a, b) => b.words.length - a.words.length);

/** Every word of a question cue: what a slip in one is read back to (cueTypos.ts). */
export const CUE_WORDS: ReadonlySet<string> = new Set(flatMap(CUES, (c) => c.words));
const CUE_TABLE = phraseTable(CUES, (c) => c.words);

const WHICH = new Set(['which', 'welke', 'welk']);
/** Prepositions of place before "which country": where, not who. */
const TOWARDS: ReadonlySet<string> = new Set(['naar', 'in', 'uit', 'to', 'into', 'from']);
/** Kinds of place: "which country" asks for one named. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['land', 'landen', 'country', 'countries', 'stad', 'steden', 'city', 'cities', 'plaats', 'plaatsen', 'town', 'towns', 'regio', 'region', 'hoofdstad', 'capital', 'provincie', 'province']);
/** A kind of place ("country", "stad"): what it says is which place is meant. */
export const isPlaceKind = (folded: string): boolean => PLACE_KINDS.has(folded);
/** "What kind of organisation is", "wat voor (soort) organisatie is": asking what something is. */
const KIND_OF = /^(?:(?:what|which) (?:kind|sort|type) of \S+|wat voor (?:soort |een )?\S+) (?:is|was|are|were|zijn|waren)(?= (?:the|de|het|a|an|een)? ?\S+(?: \S+)?$)/u;
/** Words before "line" that make it a position held, not something said. */
const HELD_LINE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'old', 'hard', 'party', 'front', 'red']);
/** "What kind of", "which type of", "wat voor soort": the kind of a thing named next is asked, as "which" asks it. */
const KIND_ASKED = /^(?:(?:what|which) (?:kind|sort|type|types|kinds|sorts|style) of|wat voor soort|welk soort|welke soort)$/u;
const WHAT_IS = /^(?:what|wat)\s+(?:is|was|are|were|zijn|waren)\b/u;
/** The same asked inside a sentence, verb last: "could someone explain what the CSTO actually is", "weet iemand wat de CSTO eigenlijk is". */
const WHAT_IT_IS = /(?:^|\s)(?:what|wat)\s+(?:(?:the|de|het|a|an|een|this|that|dat|die|deze)\s+)?\S+(?:\s+(?:actually|really|exactly|precisely|eigenlijk|precies|nou|nu|now))?\s+(?:is|was|are|were|zijn|waren)$/u;
/** The thing named first, then asked of: "csto - what is it", "maidan, wat is dat?". */
const WHAT_THAT_IS = /(?:^|\s)(?:what|wat)\s+(?:is|was|are|zijn)\s+(?:it|that|this|they|het|dat|dit|ze)$/u;
/** A word that can be the thing asked after "which": not a question word, not a function word ("which of", "welke de"). */
const isThing = (word: string | undefined): boolean => word !== undefined && !isStopword(word, ['en', 'nl']) && !CUE_TABLE.opens(word);
/** "which of the neighbours", "welke van de buurlanden": a partitive asks for them as "which neighbours" does. */
const PARTITIVE = /^(?:of|van)(?: (?:the|de|het|die|those|these|its|his|her|their|zijn|haar|hun))?$/u;
/** Words that may qualify the kind of place "which" asks for ("which foreign country", "welke andere Kazachse stad"). */
const PLACE_QUALIFIERS_WITHIN = 2;
/** Whether "which" asks for a kind of place from `at`: a place kind, after at most two words qualifying it. */
function placeKindFrom(folded: readonly string[], at: number): boolean {
  for (let k = at; k <= at + PLACE_QUALIFIERS_WITHIN && k < folded.length; k++) {
    const word = folded[k] as string;
    if (PLACE_KINDS.has(word)) return true;
    if ((isStopword(word, ['en', 'nl']) && !OTHER.has(word)) || CUE_TABLE.opens(word)) return false;
  }
  return false;
}
const OTHER: ReadonlySet<string> = new Set(['other', 'another', 'andere', 'ander']);

/** The word "which" asks for, after a partitive "of the" if there is one. */
function askedThing(folded: readonly string[], at: number): string | undefined {
  for (let end = at; end <= at + 2 && end < folded.length; end++) {
    if (end > at && !PARTITIVE.test(folded.slice(at, end).join(' '))) break;
    const word = folded[end];
    if (isThing(word)) return word;
  }
  return undefined;
}

/** Speech verbs: after a question word they ask for a statement (`what did Putin say`). */
const TALK: ReadonlySet<string> = new Set(['talk', 'talks', 'talked', 'talking', 'spoke', 'speaks', 'speak', 'spreekt', 'praat', 'praatte']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'of', 'over']);
const SPEECH = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'claim', 'claimed', 'state', 'stated', 'announce', 'announced',
  'zei', 'zeggen', 'zegt', 'zeiden', 'gezegd', 'verklaarde', 'verklaard', 'beweerde', 'sprak', 'zeg',
]);

/** An English -ing form or a Dutch participle ("happening", "gebeurd"): an event, not a thing. */
const VERB_FORM = /^(?:\p{L}{3,}ing|ge\p{L}{3,}[dt])$/u;
/** Words asking for the exact wording when a quote is asked. */
const EXACTLY = new Set(['exact', 'exactly', 'precise', 'precisely', 'precies', 'exacte', 'concreet', 'concretely', 'specifically']);
/** Whether a question asks for something exactly ("how many exactly", "hoeveel precies"). */
/** Asking for the whole ("how many countries in total", "hoeveel in totaal"): a number, not "enkele". */
const IN_TOTAL: ReadonlySet<string> = new Set(['total', 'totaal', 'altogether', 'overall']);
export const asksExactly = (folded: readonly string[]): boolean => folded.some((word, i) => (EXACTLY.has(word) && !WORDING.has(folded[i + 1] ?? '')) || (IN_TOTAL.has(word) && (folded[i - 1] === 'in' || word === 'altogether')));
/** What "exact" asks for when it asks for the words themselves ("exact wording"): a quote, not a precise figure. */
const WORDING: ReadonlySet<string> = new Set(['words', 'wording', 'quote', 'quotes', 'woorden', 'bewoording', 'formulering', 'citaat', 'woord']);

/** How exactly a time is asked: a year ("in what year", "jaartal"), a month ("welke maand"), a day of the calendar ("exact date"). */
export type CalendarUnit = 'year' | 'month' | 'day';
const CALENDAR_ASKED: ReadonlyArray<[RegExp, CalendarUnit]> = [
  [/(?:^| )(?:exact|exacte|precise|precieze|specific|specifieke) (?:date|datum)(?: |$)/u, 'day'],
  [/(?:^| )(?:what|which|welke) (?:month|maand)(?: |$)/u, 'month'],
  [/(?:^| )(?:(?:what|which) year|welk jaar|jaartal)(?: |$)/u, 'year'],
];
export const calendarAsked = (folded: readonly string[]): CalendarUnit | undefined => {
  const text = folded.join(' ');
  return CALENDAR_ASKED.find(([pattern]) => pattern.test(text))?.[1];
};

/** "more troops than Armenia", "meer militairen dan": a comparison of amounts wants each one's figure. */
const MORE = new Set(['more', 'fewer', 'less', 'meer', 'minder']);
const THAN = new Set(['than', 'dan']);
const COMPARED_WITHIN = 4;

/**
 * "more troops than Armenia", "more than 10,000 arrested": comparing amounts, or claiming one, wants
 * the figures that settle it; a group's total does not say who sent more, and "bijna 8.000" answers
 * a fact-check of "more than 10,000" (as a figure, not as yes or no).
 */
function comparesAmounts(folded: readonly string[]): boolean {
  return folded.some((word, i) => MORE.has(word) && folded.slice(i + 1, i + 1 + COMPARED_WITHIN).some((next) => THAN.has(next)));
}

/** Nouns that name a quantity: in a question without a question word, they ask for a figure. */
const MEASURES = new Set([
  'population', 'inwonertal', 'inwoneraantal', 'bevolkingsomvang', 'turnout', 'opkomst', 'casualties', 'slachtoffersaantal', 'dodental', 'dodenaantal',
]);
/** Amounts asked as what something is ("what is the petrol price", "wat is de bevolking van Almaty"); typed alone, "fuel prices" is a topic. */
const AMOUNTS = new Set(['price', 'prices', 'prijs', 'prijzen', 'cost', 'costs', 'kosten', 'bevolking', 'size', 'omvang']);

/**
 * "What is the petrol price", "wat is de bevolking van Almaty": what a measure is, as a figure —
 * the measure the head of what is asked (at most two words before it, a place or owner after
 * "of", "in"), not "what is behind the price protests".
 */
function asksMeasure(folded: readonly string[]): boolean {
  const opening = WHAT_IS.exec(folded.join(' '));
  if (!opening) return false;
  const rest = folded.slice(opening[0].split(' ').length);
  const from = rest[0] === 'the' || rest[0] === 'de' || rest[0] === 'het' ? 1 : 0;
  const at = rest.findIndex((word, i) => i >= from && (MEASURES.has(word) || AMOUNTS.has(word)));
  return at >= 0 && at - from <= 2 && (at === rest.length - 1 || OF_PLACE.has(rest[at + 1] ?? ''));
}
const OF_PLACE = new Set(['of', 'in', 'van', 'for', 'voor', 'now', 'nu', 'today', 'vandaag']);

/** "wat kost de interventie", "wat kostte het": the verb right after "wat". */
const DUTCH_COSTS: ReadonlySet<string> = new Set(['kost', 'kostte', 'kostten']);
/** The cost verb after an auxiliary ("what does … cost", "what is … costing", "wat gaat … kosten", "wat heeft … gekost"). */
const COST_AFTER_AUXILIARY: ReadonlySet<string> = new Set(['cost', 'costing', 'kosten', 'gekost']);
/** Dutch verbs of what will be that `AUXILIARIES` lacks ("wat gaat het kosten", "wat zou het kosten"). */
const FUTURE: ReadonlySet<string> = new Set(['gaat', 'ging', 'zou']);
/** Words before "cost" that make it a noun ("say about the cost", "over de kosten"): costs talked of, no amount asked. */
const COST_AS_NOUN: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'about', 'of', 'de', 'het', 'zijn', 'haar', 'hun', 'over', 'van']);

/**
 * What something costs, asked with "what" ("what does the intervention cost Russia", "wat kost de
 * interventie", "wat gaat het kosten"): an amount, as "how much" asks. The cost a verb, not a noun
 * ("what did Putin say about the cost").
 */
function asksCost(folded: readonly string[]): boolean {
  if (folded[0] === 'wat' && DUTCH_COSTS.has(folded[1] ?? '')) return true;
  if ((folded[0] !== 'what' && folded[0] !== 'wat') || !(AUXILIARIES.has(folded[1] ?? '') || FUTURE.has(folded[1] ?? ''))) return false;
  return folded.some((word, i) => i > 2 && COST_AFTER_AUXILIARY.has(word) && !COST_AS_NOUN.has(folded[i - 1] as string));
}

/** What a question ending on it asks: what something concerned ("what was the fuss about"). */
const ABOUT_AT_END: ReadonlySet<string> = new Set(['about', 'over']);

/** "tell us": what something shows, not a statement. */
const TELL: ReadonlySet<string> = new Set(['tell', 'tells', 'told']);
/** "tell us", "tell me": asking to be told, not for anyone's words ("could someone tell me what …"). */
const US: ReadonlySet<string> = new Set(['us', 'ons', 'me', 'mij']);

/** After a speech verb, a subject and a modal: what was said is reported as the question's content ("said they'd send troops"). */
const REPORTED = /^(?:they|he|she|it|we|ze|hij|zij|het)(?:'d| would| will| 'll|'ll| zouden| zou| zullen| zal)(?: |$)/u;

/** After a speech verb, an object and `to`: an instruction ("told the army to shoot"). */
const ORDER = /^(?:\S+ ){0,2}to(?: |$)/u;

export interface QuestionParse {
  intents: Set<Intent>;
  /** Indexes of the words that were question words (not content). */
  consumed: Set<number>;
  /** A yes/no question ("was Tokayev arrested", "heeft de CSTO ingegrepen"): it asks whether something is so of what it names. */
  polar: boolean;
  /** It checks a claim: asked yes or no, or comparing amounts ("more than 10,000 arrested?"). */
  checks: boolean;
  /**
   * The question names who did what it asks about, or to whom: a yes/no question ("did Putin thank
   * Tokayev"), an English question word with "did", "has", "will" … before the doer ("who did Putin
   * thank", "how many troops did Russia send"), or "who" and a verb before the one done to ("who
   * helped Nazarbayev"). Not Dutch "wie bedankte Poetin", where word order leaves it open.
   */
  namesRoles: boolean;
  /** Where the doer stands, when the question names one there (a word index). */
  doerAt?: number;
  /** Where the one done to stands, in "who helped Nazarbayev" (a word index): the question asks who did it to them. */
  doneToAt?: number;
  /** Where the finite verb stands after a Dutch question word that is no subject ("wanneer vroeg de CSTO …"): a verb, whatever else the word can be. */
  verbAt?: number;
  /** Where the verb said of the one asked stands, when "who" is its subject ("who pays", "wie leidt de vredesmacht", "wie heeft het betaald"). */
  predicateAt?: number;
  /** It asks how things were before ("originally", "vroeger", "destijds"): what a sentence says is so now does not answer it. */
  earlier: boolean;
  /** It asks what someone will do ("what will the troops do there", "wat gaan ze doen"): a sentence about what will be answers it. */
  ahead: boolean;
  /** "What" is what the question's verb is done to ("what did Tokayev promise", "wat moeten de soldaten beschermen"): that verb is what is asked. */
  objectAsked: boolean;
  /** It sets two things side by side ("how do the arrests compare with …", "8000 arrests vs …", "hoe verhoudt …", "more than"). */
  compares: boolean;
}

/**
 * Colloquial verbs of being somewhere, which a where-question asks by itself. Not "bevinden",
 * "stationed": a sentence saying where troops "zich bevinden" is unknown uses them.
 */
const BEING_SOMEWHERE: ReadonlySet<string> = new Set(['uithangt', 'uithangen', 'uithing', 'uithingen', 'uitgehangen', 'hiding', 'holed', 'ondergedoken', 'schuilt', 'hangs', 'hanging',
  // Lying or standing somewhere ("waar lagen die uitgebrande auto's", "where are the troops located").
  'lag', 'lagen', 'ligt', 'liggen', 'located', 'situated', 'lying']);

/**
 * Words asking how things were before, not what about. Not "used to" ("can the CSTO be used to …"),
 * not "at the time of": both are more often something else.
 */
const EARLIER = mapped([
  'originally', 'initially', 'at first', 'in the beginning', 'at the start', 'formerly', 'previously', 'in the past', 'back then',
  'under the old rules', 'under the original rules', 'oorspronkelijk', 'aanvankelijk', 'vroeger', 'destijds', 'in het begin',
  'in eerste instantie', 'eertijds', 'van oudsher', 'toen nog',
], (p) => p.split(' ')).sort((a, b) => b.length - a.length);
const EARLIER_TABLE = phraseTable(EARLIER, (words) => words);

/** The question words proper, English and Dutch: what a question of its own opens with (preamble.ts too). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'whose', 'why', 'how', 'when', 'where', 'which', 'wat', 'wie', 'waarom', 'hoe', 'wanneer', 'waar', 'welke', 'welk', 'hoeveel']);

/** A state lasting up to now after "how long": "has/have … been", Dutch "… al". */
const LASTING = /^(?:has|have)\s(?:\S+\s){1,4}been\b|^(?:is|zit|zitten|zijn)\s(?:\S+\s){1,3}al\b/u;
/** What someone will do: "what will the troops (actually) be doing there", "what is the force going to do", "wat gaan ze daar doen". */
const WILL_DO = /^(?:what|wat)\s(?:will|are|is|gaan|gaat|zullen|zal)\s(?:\S+\s){0,6}(?:do|doing|doen)(?:\s(?:there|daar|on the ground|in kazakhstan))?$/u;
/** When something will be: "when will internet be restored", "wanneer zal/gaat …" — a past time does not answer it. */
const WHEN_WILL = /^(?:when|wanneer)\s(?:will|zal|zullen|gaat|gaan|are\s(?:\S+\s){1,3}going\sto|is\s(?:\S+\s){1,3}going\sto)\b/u;
/** A statement asked with a mark is a claim from this many words ("troops kazakhstan?" is keywords). */
const MIN_STATED_CLAIM = 4;
/** An English verb in -ing ("leading", "stepping"), not a short word that only ends so ("king", "thing"). */
export const isGerund = (word: string): boolean => GERUND.test(word);
const GERUND = /^\p{L}{3,}ing$/u;
/** An English past tense ("sacked", "killed"): a statement's verb. */
const PAST_TENSE = /^\p{L}{3,}ed$/u;

/** Verbs a yes/no question opens with. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'werd', 'werden', 'wordt', 'worden', 'zijn', 'waren', 'heeft', 'hebben', 'hadden', 'zal', 'zullen', 'kan', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'wil', 'willen',
]);

/**
 * The source itself, named in the question ("volgens de krant", "according to the article"): every
 * sentence is from it, so it is no content — and no question word either ("… volgens de krant?" is
 * still a yes/no question). Likewise the newsroom's framing around a question ("desk wants to know
 * …", "anything in the dossier on that?", "voor de economiepagina: …"): who asks and for what says
 * nothing about the answer.
 */
const FRAMING_PHRASES = mapped([
  'volgens de krant', 'volgens het artikel', 'volgens de artikelen', 'volgens het stuk', 'in het artikel', 'in de artikelen', 'in de krant',
  'zegt het artikel', 'het artikel zegt', 'according to the article', 'according to the articles', 'according to the paper',
  'according to the story', 'in the article', 'in the articles', 'in the story', 'the article says', 'the article say', 'the articles say',
  ...flatMap(['according to the', 'per the', 'in the'], (at) => mapped(['piece', 'pieces', 'stories', 'report', 'reports', 'coverage', 'reporting', 'copy'], (copy) => `${at} ${copy}`)),
  // The newsroom asking.
  'in the dossier', 'in our dossier', 'anything in the dossier', 'anything in the dossier on that', 'anything in the dossier about that', 'do we have anything', 'do we have', 'have we got', 'anything on that',
  'anything on this', 'desk wants to know', 'the desk wants to know', 'editor wants to know', 'my editor wants to know', 'editor asking',
  'my editor is asking', 'the editor is asking', 'someone in the meeting said', 'going round on twitter', 'going around on twitter',
  'for the story', 'for my story', 'for the piece', 'for my piece', 'for the front page', 'quick one',
  'in het dossier', 'in ons dossier', 'hebben we daar iets over', 'hebben we iets over', 'hebben we daar iets',
  'de desk wil weten', 'de eindredactie vraagt', 'de redactie wil weten', 'voor de voorpagina', 'voor het stuk', 'voor mijn stuk',
  // Asking for news or help politely: "any word on where …", "what is the CSTO, quick explainer pls".
  'any word on', 'any news on', 'any update on', 'quick explainer', 'pls', 'plz', 'thx', 'thanks in advance', 'alvast bedankt', 'dank je',
  'for the lede', 'for my lede', 'for the intro', 'voor de intro', 'voor het kader',
  'for the explainer', 'for the explainer box', 'for the factbox', 'for the fact box', 'for the caption', 'for the timeline', 'for the graphic',
  'i need a one-liner on', 'need a one-liner on', 'a one-liner on', 'one-liner on', 'i need a line on', 'need a line on',
  // The copy asked for, anywhere: "what is the CSTO exactly, quick one-liner pls".
  'quick one-liner', 'a one-liner', 'one-liner', 'one liner', 'in a nutshell', 'in short', 'tl;dr', 'tldr',
  // Naming the abbreviation asked about ("what does the abbreviation CSTO stand for").
  'the abbreviation', 'the acronym', 'de afkorting', 'het acroniem',
  // The name written out: "hoe heet de president voluit", "CSTO voluit?".
  'voluit', 'in full', 'spelled out', 'written out', 'volledig uitgeschreven', 'uitschrijven', 'uitgeschreven',
  // Asking for the copy on something: "give me the line on …", "background on the CSTO pls".
  'give me the line on', 'the line on', 'what is the line on', 'background on', 'some background on', 'quick background on', 'context on',
  'backgrounder on', 'explainer on', 'give me',
  // Asking for evidence of something: "any signs of life returning to normal".
  'any signs of', 'any sign of', 'any signs that', 'any sign that', 'any signs', 'any sign', 'are there signs of', 'are there any signs of', 'is there any sign of',
  'zijn er tekenen van', 'zijn er tekenen dat', 'zijn er aanwijzingen dat', 'zijn er signalen dat',
  // What is reported, named as such ("who's denying the reports that …", "reports of officers found dead").
  'the reports that', 'reports that', 'the reports of', 'reports of', 'the report that', 'berichten dat', 'de berichten dat', 'berichten over',
  // Discourse markers: "nato for instance" asks about NATO; "who put him in power in the first place" asks who.
  'for instance', 'for example', 'bijvoorbeeld', 'bij voorbeeld', 'om een voorbeeld te noemen',
  'in the first place', 'to begin with', 'to start with', 'in de eerste plaats', 'überhaupt', 'uberhaupt',
  // Reports as the source: every sentence is one ("zou … zijn overleden" says it is reported).
  'according to reports', 'reportedly', 'allegedly', 'the reported', 'volgens de berichten', 'volgens berichten', 'naar verluidt',
  'reports say', 'reports say that', 'reports claim', 'reports suggest', 'berichten zeggen', 'er wordt gezegd dat',
  // Who in the newsroom claims it, and the copy it is checked for ("draft says …", "our columnist writes that …").
  // Where the line stands in the copy ("in mijn concept staat dat …", "in de kop staat …", "my draft says …").
  ...flatMap(['in mijn', 'in de', 'in het', 'in onze', 'in ons'], (at) => flatMap(['stuk', 'concept', 'tekst', 'kop', 'kader', 'intro', 'artikel', 'versie', 'opzet', 'eerste versie', 'alinea', 'kopij'], (copy) => [`${at} ${copy} staat dat`, `${at} ${copy} staat`])),
  // Which piece says it ("first story said …", "did the first piece say", "het eerste stuk zegt"): a source, every sentence is one's.
  ...flatMap(['first', 'second', 'other', 'earlier', 'later', 'latest', 'original', 'newer', 'older'], (which) => flatMap(['story', 'piece', 'article', 'report'], (copy) => [`${which} ${copy} said`, `${which} ${copy} says`, `the ${which} ${copy} said`, `the ${which} ${copy} says`, `did the ${which} ${copy} say`, `does the ${which} ${copy} say`, `in the ${which} ${copy}`, `according to the ${which} ${copy}`, `per the ${which} ${copy}`, `${which} ${copy}`])),
  ...flatMap(['eerste', 'tweede', 'andere', 'eerdere', 'latere', 'laatste', 'nieuwere', 'oudere'], (which) => flatMap(['stuk', 'artikel', 'verhaal'], (copy) => [`het ${which} ${copy} zegt`, `het ${which} ${copy} zei`, `in het ${which} ${copy}`, `zegt het ${which} ${copy}`, `volgens het ${which} ${copy}`])),
  'draft says', 'my draft says', 'the draft says', 'our draft says', 'my copy says', 'the copy says', 'columnist writes that',
  'wire says', 'the wire says', 'wire says that', 'wire copy says', 'the wire copy says', 'wires say', 'agency copy says', 'draft calls', 'the draft calls', 'our draft calls',
  // Whether the material has it, and how firmly it may run ("is that in our material?", "can we state that flatly or is it hedged?").
  'is that in our material', 'in our material', 'in our files', 'in our copy', 'is that in the material', 'does our material have',
  'can we state that flatly', 'can we state that', 'state that flatly', 'flatly', 'or is it hedged', 'is it hedged', 'hedged', 'as a fact', 'as fact', 'for a fact',
  'our columnist writes that', 'the columnist writes that', 'someone on the desk says', 'the desk says', 'the wires say', 'the wires say that',
  'a wire story says', 'wire story says', 'the wire story says', 'a commentator says', 'commentator says', 'an analyst says', 'claim on social',
  'claim on social media', 'please', 'background please',
  'does anyone happen to know', 'anyone happen to know', 'does anybody happen to know', 'happen to know', 'happens to know',
  // Asking for the source of a claim: every answer comes with its citation ("hebben we daar een bron voor?", "need a source for his age").
  // A kind of what is named: the thing itself is asked ("a sort of counterweight to NATO", "een soort Russische NAVO").
  'a sort of', 'sort of', 'a kind of', 'kind of', 'a mini', 'mini', 'what sort of', 'what kind of', 'een soort van', 'een soort', 'soort van', 'wat voor soort', 'welk soort',
  // Which piece says it frames as "the piece says" does ("according to the analysis").
  'according to the analysis', 'the analysis says', 'in the analysis', 'volgens de analyse', 'in de analyse',
  // Intensifiers of what they precede ("a full-blown uprising", "all-out war"): the thing itself is asked.
  'full blown', 'full-blown', 'all out', 'all-out',
  'bron voor', 'bronnen voor', 'source for', 'sources for', 'hebben we daar een bron voor', 'hebben we hier een bron voor', 'hebben we een bron voor', 'hebben we een bron', 'is er een bron voor', 'is er een bron',
  'is daar een bron voor', 'bron graag', 'graag een bron', 'met bron', 'do we have a source for', 'do we have a source', 'need a source for', 'need a source',
  'any source for', 'is there a source for', 'is there a source', 'got a source for', 'source please', 'which piece backs that up', 'which piece backs this up',
  'which article backs that up', 'which story backs that up', 'what backs that up', 'what backs this up', 'is that number solid', 'is that figure solid',
  'staat er in de kopij', 'in de kopij staat dat', 'in de kopij staat', 'kan dat zo', 'the draft implies that',
  'seeing posts that', 'seeing posts saying', 'posts say', 'posts saying', 'posts say that', 'viral tweet says', 'a viral tweet says', 'tweet says',
  'a tweet says', 'rumour going round that', 'rumour going around that', 'rumor going around that', 'rumour that', 'there is a rumour that',
  'er gaat een gerucht dat', 'op twitter wordt gezegd dat',
  // By its own account: the sentence says who says it ("volgens eigen zeggen", "naar eigen zeggen").
  'volgens eigen zeggen', 'naar eigen zeggen', 'by its own account', 'by their own account', 'by his own account',
  // Asking for a firm figure: the dossier's figure is what it has, however firm ("do we have a solid number").
  'do we have a solid number', 'do we have a solid figure', 'do we have a hard number', 'do we have a firm number', 'solid number', 'solid figure',
  'hard number', 'hard numbers', 'firm number', 'firm figure', 'reliable number', 'reliable figure', 'harde cijfers', 'hard cijfer', 'betrouwbaar cijfer',
  // Asking for a rough figure: every figure of the dossier is one.
  'ballpark', 'roughly', 'approximately', 'ruwweg', 'grofweg', 'bij benadering', 'ongeveer', "zo'n", 'circa', 'pakweg', 'zowat', 'om en nabij',
  // "Now" at length: "where is the former president these days" asks where he is.
  'these days', 'nowadays', 'at the moment', 'right now', 'as we speak', 'at some point', 'at any point', 'sooner or later', 'op een gegeven moment',
  'at this point', 'at this stage', 'op dit punt', 'inmiddels',
  // Hedges on what is so named: "so-called terrorists", "die zogenaamde terroristen" (the quotes are the article's own); "qua", "in terms of".
  'zogenaamde', 'zogenaamd', 'zogeheten', 'so-called', 'so called', 'qua', 'in terms of',
  // Setting two things side by side: the figures settle it ("8000 arrests vs the number he gave").
  'vs', 'versus', 'tegenover', 'compared to', 'compared with', 'vergeleken met', 'in vergelijking met',
  // Who asks and why: a newcomer's orientation, a reminder, a listener's or reader's question, the headline checked.
  'quick orientation', 'orientation', 'i have just been put on this', 'just been put on this', 'i am new on this', 'remind me', 'can you remind me',
  'a listener asks', 'listener asks', 'a reader asks', 'reader asks', 'luisteraar vraagt', 'een luisteraar vraagt', 'lezer vraagt', 'een lezer vraagt',
  'headline says', 'the headline says', 'our headline says', 'the headline', 'kop zegt', 'de kop zegt',
  // Their own country, not a street asked about ("how will Kazakhs react to foreign soldiers on their streets").
  'on their streets', 'in their streets', 'on their own streets', 'in hun straten', 'op hun straten',
  // The latest there is: every statement of the dossier is the latest it has ("what's the latest on …").
  'the latest on', 'the latest about', 'latest', 'het laatste nieuws over', 'laatste nieuws over',
  // Who is said to say it, and what was first reported: the claim is asked ("why are people saying …", "early reports: …").
  'are people saying', 'people are saying', 'is everyone saying', 'everyone is saying', 'do people say', 'people say', 'zeggen mensen', 'mensen zeggen',
  'early reports', 'first reports', 'initial reports', 'the early reports', 'the first reports', 'eerste berichten', 'de eerste berichten',
  // Asking what there is to know about something ("what's the deal with the 164 figure"): the thing itself is asked.
  // Who the answer is for: the thing itself is asked ("what's maidan again, need context for readers").
  'need context for readers', 'context for readers', 'context for our readers', 'for our readers', 'for the readers', 'for readers', 'need context', 'some context', 'for context', 'context please', 'context pls',
  // How bad it is, "death toll wise": the measure named is what is asked.
  'how bad is it', 'how bad is it really', 'how bad', 'hoe erg is het', 'hoe erg', 'wise',
  'quick definition', 'a quick definition', 'quick explainer', 'a quick explainer', 'quick summary', 'a quick summary', 'quick overview', 'a quick overview',
  'to listeners', 'to our listeners', 'to the listeners', 'to viewers', 'to readers', 'to our readers', 'in one line', 'in a line', 'in one sentence', 'one line', 'a one liner', 'one liner', 'in het kort', 'in een zin', 'kort en bondig', 'kort graag', 'graag kort', 'for the explainer', 'for an explainer', 'for my explainer', 'for our explainer',
  'whats our framing', 'what is our framing', 'our framing', 'how do we frame it', 'how do we frame this', 'how should we frame it', 'the precedent', 'a precedent', 'precedent',
  'for a listener', 'for listeners', 'for the listeners', 'for our listeners', 'for a reader', 'for viewers', 'for our viewers', 'voor de luisteraar', 'voor luisteraars', 'voor de lezer', 'voor lezers', 'voor de kijker',
  'what is the deal with', 'whats the deal with', 'what is the story with', 'whats the story with', 'what is up with', 'whats up with', 'what is going on with', 'whats going on with',
  // Filler for the thing named before it ("the Maidan stuff").
  'stuff', 'gedoe', 'thing',
  // What everyone talks about: the thing is what is asked ("who are these 'terrorists' everyone keeps mentioning").
  'everyone keeps mentioning', 'everybody keeps mentioning', 'people keep mentioning', 'everyone keeps talking about', 'everybody keeps talking about',
  'people keep talking about', 'everyone is talking about', 'everybody is talking about', 'we keep hearing about', 'we keep hearing',
  'everyone mentions', 'waar iedereen het over heeft', 'waar iedereen het steeds over heeft', 'iedereen het over heeft',
  // Up to now: every figure of the dossier is the latest it has ("how many dead so far").
  'so far', 'thus far', 'up to now', 'up until now', 'until now', 'tot nu toe', 'tot dusver', 'tot dusverre', 'tot op heden', 'tegenwoordig', 'op dit moment', 'op het moment', 'momenteel',
  // The piece as the one who says or thinks ("why does the piece think …", "what does the story suggest"): the source, every sentence is its.
  ...flatMap(['piece', 'article', 'story', 'report', 'dossier'], (copy) => [
    ...flatMap(['say', 'think', 'suggest', 'claim', 'argue', 'mention', 'reckon', 'believe', 'imply', 'describe', 'actually say', 'really say', 'sketch', 'paint', 'outline', 'lay out'], (verb) => [`does the ${copy} ${verb}`, `did the ${copy} ${verb}`, `does our ${copy} ${verb}`]),
    ...mapped(['says', 'thinks', 'suggests', 'claims', 'argues', 'mentions', 'reckons', 'believes', 'implies', 'sketches', 'paints', 'outlines', 'describes', 'lays out'], (verb) => `the ${copy} ${verb}`),
  ]),
  ...flatMap(['stuk', 'artikel', 'verhaal', 'dossier'], (copy) => flatMap(['zegt', 'denkt', 'suggereert', 'stelt', 'meldt', 'noemt', 'schetst', 'beschrijft'], (verb) => [`${verb} het ${copy}`, `het ${copy} ${verb}`, `${verb} ons ${copy}`, `ons ${copy} ${verb}`])),
  // The dossier as the source, as the newsroom calls it ("per our dossier", "volgens dat artikel", "according to our sources").
  ...flatMap(['according to', 'per', 'in'], (at) => mapped(['our dossier', 'the dossier', 'our sources', 'our own sources', 'our reporting', 'our files'], (source) => `${at} ${source}`)),
  ...flatMap(['volgens', 'in'], (at) => mapped(['ons dossier', 'het dossier', 'onze bronnen', 'onze eigen bronnen', 'dat artikel', 'dit artikel', 'dat stuk', 'dit stuk'], (source) => `${at} ${source}`)),
  'wat staat er in ons dossier over', 'wat staat er in het dossier over', 'wat staat er in ons dossier', 'wat staat er in het dossier',
  // By the rules asked about, not by anyone's word ("wanneer kon de CSTO volgens het oude standpunt worden ingeschakeld"): the case asked is the condition.
  ...flatMap(['volgens', 'onder', 'naar'], (at) => mapped(['het oude standpunt', 'het standpunt', 'de oude regels', 'de regels', 'de oude lezing', 'de oude interpretatie', 'de oorspronkelijke regels', 'de statuten', 'de oude afspraken'], (rule) => `${at} ${rule}`)),
  ...flatMap(['according to', 'under', 'per'], (at) => mapped(['the old rules', 'the rules', 'the old reading of the rules', 'the old reading', 'the original doctrine', 'the old doctrine', 'the old interpretation', 'the original interpretation', 'the charter', 'its rules', 'its charter', 'the old position', 'its old position', 'the original rules'], (rule) => `${at} ${rule}`)),
], (p) => p.split(' ')).sort((a, b) => b.length - a.length);
const FRAMING_TABLE = phraseTable(FRAMING_PHRASES, (words) => words);

/**
 * A fact-checker's opening ("is it true that …", "klopt het dat …", "was it confirmed that …"): the
 * claim after it is the question, asked yes or no.
 */
const CHECKING = mapped([
  'is it true that', 'is it true', 'is that true that', 'is it correct that', 'is it right that', 'is it accurate that', 'was it confirmed that',
  'has it been confirmed that', 'can you confirm that', 'can you confirm', 'can we confirm that', 'can we confirm', 'do we know if',
  'do we know whether', 'klopt het dat', 'klopt het', 'is het waar dat', 'is het juist dat', 'is het correct dat', 'is het bevestigd dat',
  'is bevestigd dat', 'kun je bevestigen dat', 'kan iemand bevestigen dat', 'weten we of',
  // The desk's own checks of a line: an imperative, or whether it may run ("confirm the CSTO flew in …", "can we say …").
  'confirm that', 'confirm', 'please confirm', 'check that', 'verify that', 'can we say that', 'can we say', 'can we write that',
  'can we write', 'can we report that', 'can we report', 'is it safe to say that', 'is it safe to say', 'bevestig dat', 'check of',
  'kunnen we zeggen dat', 'kunnen we schrijven dat', 'mogen we schrijven dat', 'kunnen we stellen dat',
  'can someone check', 'can somebody check', 'can anyone check', 'could someone check', 'can someone check that', 'fact check', 'factcheck',
  'kan iemand checken of', 'kan iemand nagaan of',
  // Whether a line may run, asked by whoever writes it ("mag ik schrijven dat …", "kan ik zeggen dat …", "can I say …").
  ...flatMap(['kan', 'kunnen', 'mag', 'mogen', 'kun'], (modal) => flatMap(['ik', 'we', 'wij', 'je', 'jij', 'men'], (who) => flatMap(['zeggen', 'schrijven', 'stellen', 'melden', 'beweren', 'opschrijven', 'publiceren', 'zetten'], (verb) => [`${modal} ${who} ${verb} dat`, `${modal} ${who} ${verb}`]))),
  ...flatMap(['can', 'could', 'may'], (modal) => flatMap(['i', 'we'], (who) => flatMap(['say', 'write', 'state', 'report', 'claim', 'put'], (verb) => [`${modal} ${who} ${verb} that`, `${modal} ${who} ${verb}`]))),
  'is it ok to say that', 'is it ok to say', 'is it fair to say that', 'is it fair to say', 'is it safe to write that', 'is it safe to write',
  // Whether a description may run ("is it fair to describe the CSTO as …", "ok to call it …"): the description is the claim.
  ...flatMap(['is it fair to', 'is it ok to', 'is it okay to', 'is it accurate to', 'is it right to', 'ok to', 'okay to', 'fair to', 'can we', 'could we', 'can i'], (may) => mapped(['describe', 'call', 'characterise', 'characterize', 'label', 'refer to'], (verb) => `${may} ${verb}`)),
  // Whether the dossier has it at all ("staat ergens dat …", "does it say anywhere that …").
  'staat ergens dat', 'staat er ergens dat', 'staat nergens dat', 'staat er dat', 'does it say anywhere that', 'does it say that', 'does anything say that', 'is there anything saying that',
], (p) => p.split(' ')).sort((a, b) => b.length - a.length);
const CHECKING_TABLE = phraseTable(CHECKING, (words) => words);

/** A tag that makes a claim a yes/no question ("164 doden, klopt dat?", "more than 10,000 arrests, is that right?"): at the end only. */
const BARE_TAG_WORDS = ['yes', 'yeah', 'yep', 'no', 'ja', 'nee', 'hè'];
const BARE_TAGS: ReadonlySet<string> = new Set(BARE_TAG_WORDS);
const TAGS = mapped([
  'right', 'correct', 'true', 'is that right', 'is that correct', 'is that true', 'is it', 'isn\'t it', 'or not', 'yes or no',
  'klopt dat', 'klopt het', 'toch', 'of niet', 'ja of nee', 'is dat waar', 'is het waar',
  'can we confirm', 'can you confirm', 'can anyone confirm', 'can someone confirm', 'is that accurate', 'accurate', 'can i use that',
  'can i use that line', 'can we use that', 'kan dat kloppen', 'kan iemand dat bevestigen', 'kunnen we dat bevestigen', 'klopt dat nog',
  'is the day right', 'is the date right', 'is that the right day', 'is that the right date', 'klopt de dag', 'klopt de datum',
  'is that the number', 'is that the figure', 'is that the right number', 'is that the right figure', 'is that the correct number',
  'is dat het cijfer', 'klopt dat cijfer', 'klopt dat aantal', 'klopt het aantal', 'klopt het cijfer',
  'does our material back that up', 'does our material support that', 'does that match what he said', 'does that match what she said',
  'does that match the dossier', 'does that match our reporting', 'does the reporting support that', 'does the dossier support that',
  'does the reporting back that up', 'ok for the caption', 'ok for the headline', 'ok for the copy', 'ok to use', 'ok to run', 'safe to say',
  'can we run that', 'can we say that', 'good to go', 'kan dat zo', 'klopt dat zo', 'kan dat zo in de kop',
  'can we print that', 'can we print that as fact', 'can we print it', 'can i print that', 'can we print that as a fact', 'kunnen we dat zo opschrijven',
  // Whether a claim seen elsewhere holds ("viral tweet says …. does that hold?").
  'does that hold', 'does it hold', 'does that hold up', 'does it hold up', 'does that stand up', 'is that in our reporting', 'is that actually in our reporting',
  'is that in the dossier', 'klopt dat wel', 'houdt dat stand', 'does it stand up',
  // Whether a line is fair to the facts ("headline: 'Tokayev calls unrest attempted coup' - fair?").
  'fair', 'is that fair', 'fair enough', 'is it fair', 'is dat fair', 'is dat eerlijk',
  'confirmed', 'is that confirmed', 'bevestigd', 'is dat bevestigd',
  // A bare yes or no asked back ("…, yeah?", "…, no?", "…, ja?"), after a break only (BARE_TAGS).
  ...BARE_TAG_WORDS, 'niet dan', 'of zo',
  // English question tags, as read after their contraction is written out ("didn't he" → "did not he").
  ...flatMap(['is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could'], (verb) =>
    flatMap(['he', 'she', 'it', 'they', 'we'], (pronoun) => [`${verb} not ${pronoun}`, `${verb} ${pronoun}`])),
], (p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The tags by their last word, each list in `TAGS` order: a question ends with one word. */
const TAGS_BY_LAST: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = groupedBy(TAGS, (words) => words[words.length - 1] ?? '');

/** The tag a claim of at least two words ends with, asking whether it holds ("… in Kazakhstan, correct"). */
function tagAtEnd(folded: readonly string[]): readonly string[] | undefined {
  return (TAGS_BY_LAST.get(folded[folded.length - 1] ?? '') ?? []).find((words) => folded.length >= words.length + 2 && standsAt(folded, words, folded.length - words.length));
}

/** Whether a claim ends with a tag asking whether it holds (`tagAtEnd`). */
export const endsWithTag = (folded: readonly string[]): boolean => tagAtEnd(folded) !== undefined;

/** A page or section of the paper a question is for: "voor de economiepagina", "for the front page" (preamble.ts too). */
export const namesPage = (word: string): boolean => /(?:pagina|page|katern|rubriek)$/u.test(word);

/** Framing only before a question word: "weten we waar …", not "waarom weten we zo weinig". */
const ASKING_AROUND = mapped(['weten we', 'weet iemand', 'does anyone know', 'anyone know', 'do we know'], (p) => p.split(' '));
const ASKED_AFTER = new Set([...QUESTION_WORDS, 'of', 'whether', 'if']);


/** The size of a force (`SIZED`) asks a figure. */
const SIZE: ReadonlySet<string> = new Set(['size', 'strength', 'omvang', 'sterkte']);
const SIZED: ReadonlySet<string> = new Set(['force', 'forces', 'troop', 'troops', 'contingent', 'army', 'deployment', 'troepenmacht', 'troepen', 'vredesmacht', 'interventiemacht', 'contingent']);

/** Whether the words open with a fact-checker's opening ("klopt het dat …", "is it true that …"): a question of its own (splitQuestions.ts). */
export const opensCheck = (folded: readonly string[]): boolean => CHECKING_TABLE.at(folded, 0) !== undefined;

/** Positions `from` up to (not including) `to`, added to `into`. */
function mark(into: Set<number>, from: number, to: number): void {
  for (let k = from; k < to; k++) into.add(k);
}

/** Where the question names its source or the newsroom frames it (`FRAMING_PHRASES`, `ASKING_AROUND`, a page): no content, no question word. */
const ON_THE_GROUND = ['on', 'the', 'ground'];
/** Words "on the ground" belongs to: then it names who is there ("boots on the ground"). */
const ON_THE_GROUND_OF: ReadonlySet<string> = new Set(['boots', 'troops', 'soldiers', 'forces', 'presence']);

const SOURCE_ASKED: ReadonlySet<string> = new Set(['source', 'sources', 'sourcing', 'bron', 'bronnen', 'bronvermelding']);

function framing(folded: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < folded.length; i++) {
    const source = FRAMING_TABLE.at(folded, i);
    if (source) mark(found, i, i + source.length);
    // "What is happening on the ground": where it happens, as every sentence is; not "boots on the ground", which are troops.
    if (standsAt(folded, ON_THE_GROUND, i) && !ON_THE_GROUND_OF.has(folded[i - 1] ?? '')) mark(found, i, i + ON_THE_GROUND.length);
    // A source asked for at the end ("two officers beheaded - source?", "… vluchtelingen bron"): the citation gives it.
    if (i === folded.length - 1 && i > 1 && SOURCE_ASKED.has(folded[i] as string)) found.add(i);
    // "In the Russian leader's view", "in his opinion", "in de ogen van": whose view, as "volgens" says; who stays.
    if (folded[i] === 'in') {
      // The possessive's "'s" is gone by now ("in the russian leader view"); "in view of" is no one's view.
      const view = mapped([2, 3, 4], (k) => i + k).find((at) => VIEW.has(folded[at] ?? '') && folded[at + 1] !== 'of' && !folded.slice(i + 1, at).some((w) => AUXILIARIES.has(w)));
      if (view !== undefined) found.add(i).add(view);
      if (folded[i + 1] === 'de' && folded[i + 2] === 'ogen' && folded[i + 3] === 'van') mark(found, i, i + 4);
    }
    // A stand-in after what it stands for ("the csto's afghanistan job", "the security council job"): that is what is asked.
    const before = folded[i - 1];
    // Not one named for itself ("the top job", "an inside job"), nor one held before or after something ("his job before he became president").
    if (STAND_IN.has(folded[i] as string) && before !== undefined && !isStopword(before, ['nl', 'en']) && !found.has(i - 1) && !OWN_KIND.has(before) && !WHEN_HELD.has(folded[i + 1] ?? '')) found.add(i);
    // A rule named by what it says ("an attack-on-one-is-attack-on-all rule", "an article-5 style clause"): what it says is asked.
    if (RULE_WORDS.has(folded[i] as string) && before !== undefined && (before.includes('-') || RULE_BEFORE.has(before))) found.add(i);
    const around = ASKING_AROUND.find((words) => standsAt(folded, words, i) && ASKED_AFTER.has(folded[i + words.length] ?? ''));
    if (around) mark(found, i, i + around.length);
    // "voor de economiepagina", "for the sports page": the page at most one word on.
    if ((folded[i] === 'voor' || folded[i] === 'for') && (folded[i + 1] === 'de' || folded[i + 1] === 'the')) {
      const page = [i + 2, i + 3].find((at) => namesPage(folded[at] ?? ''));
      if (page !== undefined) mark(found, i, page + 1);
    }
  }
  return found;
}

/** Nouns that stand in for the thing named before them ("the Afghanistan job"). */
const STAND_IN: ReadonlySet<string> = new Set(['job', 'jobs', 'business', 'affair', 'bit', 'klus', 'kwestie']);
/** Words before a stand-in that make it a thing of its own kind ("the top job", "an inside job"). */
const OWN_KIND: ReadonlySet<string> = new Set(['top', 'inside', 'day', 'dream', 'new', 'old', 'first', 'last']);
/** Words after a stand-in placing it in time ("his job before …"): the position itself is asked. */
const WHEN_HELD: ReadonlySet<string> = new Set(['before', 'after', 'until', 'voor', 'voordat', 'na', 'nadat']);
/** What a rule, clause or principle is called ("mutual-defence clause", "artikel 5-achtig principe"). */
const RULE_WORDS: ReadonlySet<string> = new Set(['rule', 'rules', 'clause', 'clauses', 'principle', 'provision', 'pledge', 'guarantee', 'principe', 'clausule', 'bepaling', 'regel']);
/** Words that name a rule by likeness ("an article 5 style clause", "a nato-like pledge", "5-achtig principe"). */
const RULE_BEFORE: ReadonlySet<string> = new Set(['style', 'like', 'type', 'achtig', 'achtige']);

/** Words for someone's view, after their possessive ("in Putin's view", "in his eyes"). */
const VIEW: ReadonlySet<string> = new Set(['view', 'opinion', 'eyes', 'mind', 'words', 'telling', 'reading']);

/** English auxiliaries that put the doer right after them in a question ("who did Putin thank"); not "was", "is": "who was arrested" names no doer. */
const DOER_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']);
/** How far into the question the auxiliary may stand ("how many troops did Russia send"). */
const AUXILIARY_WITHIN = 4;

/**
 * Where the auxiliary stands before the doer in an English question: "why has Putin sent …", "how
 * many troops did Russia send". After "who" only "did"/"does"/"do" puts a doer there: "who did
 * Putin thank", but "who has thanked Putin" is asked of the doer. Not "did the militants", where
 * the doer is no name.
 */
function doerAuxiliaryAt(folded: readonly string[]): number | undefined {
  // The question word opens the question, or follows when it is about ("in 2010, which country did Russia ask …").
  const opens = folded.slice(0, QUESTION_WORD_WITHIN + 1).findIndex((word) => ENGLISH_QUESTION_WORDS.has(word));
  if (opens < 0) return undefined;
  const first = folded[opens] as string;
  const at = folded.slice(opens + 1, opens + AUXILIARY_WITHIN + 1).findIndex((word) => DOER_AUXILIARIES.has(word) && (!ASKS_SUBJECT.has(first) || DO_SUPPORT.has(word))) + opens + 1;
  if (at === opens) return undefined;
  const doer = afterAuxiliary(folded, at);
  const word = folded[doer];
  return word !== undefined && !isStopword(word, ['en']) && doer + 1 < folded.length ? at : undefined;
}

/** How far into a question its question word may stand, past a phrase saying when or where ("in 2010, which …"). */
const QUESTION_WORD_WITHIN = 3;

/** Where the doer stands after the auxiliary at `auxiliary`: next, or after "the" ("when did the CSTO ask …"). */
function afterAuxiliary(folded: readonly string[], auxiliary: number): number {
  return folded[auxiliary + 1] === 'the' ? auxiliary + 2 : auxiliary + 1;
}
/** Question words that may be the subject themselves ("who has thanked Putin"). */
const ASKS_SUBJECT: ReadonlySet<string> = new Set(['who', 'whom']);

/** The first word, of the three from `from`, that is no stop word. */
function contentFrom(folded: readonly string[], from: number): number | undefined {
  for (let k = from; k < Math.min(folded.length, from + 3); k++) if (!isStopword(folded[k] as string, ['nl', 'en'])) return k;
  return undefined;
}

/**
 * Where the doer stands in a question naming one: right after the auxiliary ("who did Putin
 * thank", "did Putin thank Tokayev", "heeft Poetin Tokajev bedankt"), or first after a
 * fact-checker's opening ("is it true that Putin thanked …").
 */
function doerPosition(folded: readonly string[], polar: boolean, opening: number, consumed: ReadonlySet<number>): number | undefined {
  const auxiliary = doerAuxiliaryAt(folded);
  if (auxiliary !== undefined) return afterAuxiliary(folded, auxiliary);
  // Dutch puts the subject right after the verb that follows a question word other than who or what ("wanneer bedankte Tokajev Poetin").
  const verb = dutchVerbAt(folded, consumed);
  if (verb !== undefined) return contentFrom(folded, verb + 1);
  if (!polar) return undefined;
  if (opening > 0) return contentFrom(folded, opening);
  return AUXILIARIES.has(folded[0] ?? '') ? contentFrom(folded, 1) : undefined;
}
const ENGLISH_QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which']);

/**
 * "Who helped Nazarbayev", "who fired the deputies": in English, "who" then a verb (no auxiliary)
 * asks who did it, and what follows is the one done to. Dutch word order leaves it open
 * ("wie bedankte Poetin" may ask whom Putin thanked).
 */
function doneToPosition(folded: readonly string[]): number | undefined {
  // "Door wie is Nazarbajev aan de macht geholpen": a passive asked of its doer names the one done to after its auxiliary.
  if (folded[0] === 'door' && folded[1] === 'wie' && (PASSIVE.has(folded[2] ?? '') || PERFECT.has(folded[2] ?? ''))) {
    for (let k = 3; k < Math.min(folded.length, 6); k++) if (!isStopword(folded[k] as string, ['nl'])) return k;
    return undefined;
  }
  const verb = folded[1];
  if (folded[0] !== 'who' || verb === undefined || AUXILIARIES.has(verb) || DOER_AUXILIARIES.has(verb) || isStopword(verb, ['en'])) return undefined;
  for (let k = 2; k < Math.min(folded.length, 5); k++) if (!isStopword(folded[k] as string, ['en'])) return k;
  return undefined;
}

/** Dutch question words that are no subject: the finite verb follows, then the subject ("waarom ontsloeg Tokajev …"). */
const DUTCH_NOT_SUBJECT: ReadonlySet<string> = new Set(['wanneer', 'waarom', 'waar', 'waarheen', 'waarna', 'hoe', 'waardoor', 'hoelang', ...WAAR_WITH_PREPOSITION]);

/** Where the verb stands after a Dutch question word that is no subject (and the rest of its cue: "hoe lang"). */
function dutchVerbAt(folded: readonly string[], consumed: ReadonlySet<number>): number | undefined {
  if (!DUTCH_NOT_SUBJECT.has(folded[0] ?? '')) return undefined;
  // "hoe lang" is one question word; "hoe veel troepen", "hoe groot" ask for a thing that follows.
  if (folded[0] === 'hoe' && consumed.has(1) && folded[1] !== 'lang') return undefined;
  let at = 1;
  while (consumed.has(at)) at++;
  // A passive names who it was done to ("wanneer werd Poetin bedankt"); so may a perfect with "is"
  // and a participle at the end ("hoe lang geleden is Nazarbajev vervangen"): no doer, then.
  if (PASSIVE.has(folded[at] ?? '')) return undefined;
  if (PERFECT.has(folded[at] ?? '') && PAST_PARTICIPLE.test(folded.at(-1) ?? '')) return undefined;
  return at + 1 < folded.length ? at : undefined;
}
const PASSIVE: ReadonlySet<string> = new Set(['werd', 'werden', 'wordt', 'worden', 'geworden']);
/** Auxiliaries of a Dutch perfect that is as often a passive ("is vervangen", "zijn gearresteerd"). */
const PERFECT: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren']);

/** Verbs of confirming: in a yes/no question, the check itself. */
const CONFIRMING: ReadonlySet<string> = new Set(['confirm', 'confirms', 'confirmed', 'verified', 'verify', 'bevestigd', 'bevestigen', 'bevestigt', 'bevestigde', 'bevestigden', 'geverifieerd']);

/** Prepositions that end a Dutch question opening with "waar" ("waar … voor", "waar … over"): one adverb, "waarvoor", split. */
const SPLIT_PREPOSITIONS: ReadonlySet<string> = new Set(['voor', 'mee', 'over', 'aan', 'op', 'door', 'van', 'om', 'tegen', 'bij', 'uit', 'achter', 'onder', 'in']);
/** "Waar … naar" is where to ("waar is hij naar gevlucht"), but "waar … naar genoemd" what something is named after. */
const NAMED: ReadonlySet<string> = new Set(['genoemd', 'vernoemd']);

/** For each word, the last word of its clause (`clauseEnds`, or the question's end): one pass, whatever the number of "waar". */
function clauseEndsFrom(length: number, clauseEnds: ReadonlySet<number>): Int32Array {
  const endOf = new Int32Array(length);
  let end = length - 1;
  for (let i = length - 1; i >= 0; i--) {
    if (clauseEnds.has(i)) end = i;
    endOf[i] = end;
  }
  return endOf;
}

/** Verbs that may close a clause after the split preposition: "waar … over te maken", "waar Tokajev het over had". */
const CLOSING_AUXILIARY: ReadonlySet<string> = new Set(['te', 'had', 'hadden', 'heeft', 'hebben', 'is', 'was', 'waren', 'zijn', 'wordt', 'werd', 'werden', 'kan', 'kon', 'konden', 'zou', 'zouden', 'moet', 'moest', 'gaat', 'ging', 'gingen', 'wil', 'wilde', 'maakt', 'maakte', 'heb', 'hebt']);
const closesClause = (word: string): boolean => CLOSING_VERB.test(word) || CLOSING_AUXILIARY.has(word);

/**
 * Where "waar" at `at` has its preposition: last in its clause, or before the verbs that close it
 * ("waar zijn ze voor opgeleid", "waar … zorgen over te maken", "waar hij het over had"), a
 * trailing "volgens …" aside. `endOf`: each word's clause end (`clauseEndsFrom`; "waar begon het mee, …").
 */
function splitPreposition(folded: readonly string[], at: number, endOf: Int32Array): number | undefined {
  let last = at + 1 < folded.length ? (endOf[at + 1] as number) : at + 1;
  // "waar is Kazachstan het slachtoffer van volgens Poetin": who says so is no part of the clause.
  const according = folded.indexOf('volgens', at + 2);
  if (according > at + 2 && according <= last && last - according <= 3) last = according - 1;
  const named = folded[last - 1] === 'naar' && NAMED.has(folded[last] ?? '');
  if (named) return last - 1 > at + 1 ? last - 1 : undefined;
  // Or before a phrase put after it: "waar overlegt Moskou over met Kazachstan".
  for (let k = at + 2; k < last; k++) if (SPLIT_PREPOSITIONS.has(folded[k] as string) && PHRASE_AFTER.has(folded[k + 1] as string)) return k;
  // Before the closing verbs only (three at most): "waar zijn ze voor opgeleid", not "waar zit de
  // familie van Nazarbajev". A participle or infinitive closes the clause only last; before it,
  // only an auxiliary or "te" ("over te maken"), not a plural noun ("door agenten beschoten").
  for (let k = last; k > at + 1 && k >= last - 3; k--) {
    const word = folded[k] as string;
    if (SPLIT_PREPOSITIONS.has(word)) return k;
    if (!(k === last ? closesClause(word) : CLOSING_AUXILIARY.has(word))) return undefined;
  }
  return undefined;
}
/** Prepositions opening a phrase put after the split one ("over met Kazachstan"). */
const PHRASE_AFTER: ReadonlySet<string> = new Set(['met', 'in', 'bij', 'tegen', 'volgens', 'tijdens', 'sinds']);
/** A Dutch participle or infinitive, as a question closes with one ("opgeleid", "gebruiken"). */
const CLOSING_VERB = /^(?:\p{L}*ge\p{L}{2,}[dtn]|\p{L}{2,}en)$/u;
const WHEN: ReadonlySet<string> = new Set(['when', 'wanneer']);
/** Words before "state" that make it a noun ("a member state", "the state"). */
const STATE_BEFORE: ReadonlySet<string> = new Set(['member', 'the', 'a', 'this', 'that', 'each', 'every', 'one', 'nation', 'police', 'islamic', 'sovereign', 'neighbouring', 'neighboring', 'of']);
/** Parts of a text that "where" after them picks out ("the quote where …", "het stuk waar …"): no place asked. */
const PASSAGES: ReadonlySet<string> = new Set(['quote', 'line', 'passage', 'bit', 'sentence', 'paragraph', 'citaat', 'zin', 'stuk', 'alinea']);
/** Modal verbs of being able or allowed: after "when" they ask in which case. */
const PERMISSION: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'kan', 'kon', 'konden', 'kunnen', 'mag', 'mocht', 'mochten', 'mogen']);
/** Being allowed, said at length ("when was a member allowed to call for help"): as "when can …". */
const ALLOWED: ReadonlySet<string> = new Set(['allowed', 'permitted', 'entitled', 'toegestaan', 'gerechtigd']);
/**
 * What "when can …" asks the case of: calling someone in, a passive ("be called upon", "worden
 * ingeschakeld"). Not "when can the troops leave", which asks a time.
 */
const CALLED_IN: ReadonlySet<string> = new Set(['be', 'worden', 'invoke', 'invoked', 'call', 'called', 'ask', 'asked', 'inschakelen', 'ingeschakeld', 'inroepen', 'ingeroepen', 'vragen', 'gevraagd', 'beroep', 'use', 'used', 'gebruiken', 'gebruikt', 'intervene', 'ingrijpen']);
/**
 * Words of a prospect: "when does a bloody confrontation become more likely", "wanneer dreigt …" ask
 * in which case it comes, which a condition answers ("Als de rust niet terugkeert, … dan komt …").
 */
const PROSPECT: ReadonlySet<string> = new Set(['likely', 'likelier', 'closer', 'nearer', 'imminent', 'threaten', 'threatens', 'loom', 'looms', 'dreigt', 'dreigen', 'waarschijnlijker', 'dichterbij']);
const AND_OR: ReadonlySet<string> = new Set(['and', 'or', 'en', 'of']);

/**
 * "when" after the question has asked, within the question ("what strings are attached when a
 * member wants …"): a conjunction opening a clause, not a second question — unless "and" joins
 * it as one ("how long and when").
 */
function isConjunction(folded: readonly string[], i: number): boolean {
  return WHEN.has(folded[i] as string) && i + 1 < folded.length && !AND_OR.has(folded[i - 1] ?? '');
}

/** What the punctuation of the question says, which its folded words no longer show. */
export interface QuestionMarks {
  /** Indexes of words a comma, colon or stop follows (the question's last word need not be in it). */
  clauseEnds?: ReadonlySet<number>;
  /** The question ends with a question mark. */
  questionMark?: boolean;
  /** Indexes of words in sentences around the question that ask nothing (contextSentences.ts): they cue no answer type. */
  context?: ReadonlySet<number>;
}

/** Verbs reporting a claim ("Tokayev claims …?"), beside those of saying. */
const REPORTING: ReadonlySet<string> = new Set(['claims', 'insists', 'insisted', 'thinks', 'believes', 'reckons', 'beweert', 'stelt', 'denkt', 'vindt']);
/** Who says it comes first: "Tokajev zegt dat …?", "Putin said that …?" (within the first words). */
const REPORTER_WITHIN = 3;

export function readQuestionWords(folded: readonly string[], marks: QuestionMarks = {}): QuestionParse {
  const clauseEnds = marks.clauseEnds ?? new Set<number>();
  const context = marks.context ?? new Set<number>();
  const intents = new Set<Intent>();
  const fromSource = framing(folded);
  const consumed = new Set<number>(fromSource);
  const checking = CHECKING_TABLE.at(folded, 0);
  if (checking) mark(consumed, 0, checking.length);
  // A tag after a claim of at least two words; not after a question word: "which of these is true" asks which.
  // A claim may open with who says it ("volgens de politie zijn er …, klopt dat?"): that asks for no quote.
  const claim = !CUE_TABLE.someAt(folded, 0, (c) => c.intent !== 'quote');
  const found = claim ? tagAtEnd(folded) : undefined;
  // A bare "yes"/"no" asks back only after a break ("…, no?"): "csto troops kazakhstan no" is keywords.
  const tag = found && found.length === 1 && BARE_TAGS.has(found[0] as string) && !marks.clauseEnds?.has(folded.length - 2) ? undefined : found;
  if (tag) mark(consumed, folded.length - tag.length, folded.length);
  // "Tokajev zegt dat de jacht voorbij is?": a reported claim asked with a mark checks it, as a tag does.
  // "that" may be left out ("Tokayev claims the militants were all homegrown?"); "about" says what was talked about, no claim.
  const reporter = claim && tag === undefined && marks.questionMark === true ? folded.findIndex((word, i) => i > 0 && i <= REPORTER_WITHIN && (SPEECH.has(word) || REPORTING.has(word)) && i + 2 < folded.length && !ABOUT.has(folded[i + 1] ?? '')) : -1;
  const reported = reporter >= 0;
  // The verb reporting the claim frames it, as a tag does: "omschreven als een poging tot staatsgreep" settles "Tokayev says it was a coup attempt?".
  if (reported) consumed.add(reporter);
  const claimChecked = tag !== undefined || reported;
  let asked = false;
  let endOf: Int32Array | undefined;
  for (let i = 0; i < folded.length; i++) {
    if (consumed.has(i) || context.has(i)) continue;
    const cued = CUE_TABLE.at(folded, i);
    if (!cued) continue;
    // "does an attack count as an attack on all": being regarded as, no figure.
    if (cued.words.length === 1 && cued.words[0] === 'count' && folded[i + 1] === 'as') continue;
    // "Who calls himself …", "who calls the shots": naming oneself, or leading, asks who, not whose word it is; the verb stays a word of it.
    const calling = cued.intent === 'source' && CALLING.has(cued.words.at(-1) as string) && (REFLEXIVE.has(folded[i + cued.words.length] ?? '') || folded[i + cued.words.length + 1] === 'shots');
    const found = calling ? WHO_CUE : cued;
    // "Volgens de politie …, klopt dat?": who says it is part of the claim checked.
    if (claimChecked && found.intent === 'quote') {
      mark(consumed, i, i + found.words.length);
      i += found.words.length - 1;
      continue;
    }
    // "the quote where Putin talks about …": which passage, not where.
    if (found.intent === 'where' && PASSAGES.has(folded[i - 1] ?? '')) {
      consumed.add(i);
      continue;
    }
    const conjunction = asked && isConjunction(folded, i);
    asked = true;
    // "Waar zijn ze voor opgeleid" asks what for, not where: the preposition ends the question.
    const waar = found.words.length === 1 && found.words[0] === 'waar';
    if (waar) endOf ??= clauseEndsFrom(folded.length, clauseEnds);
    const split = waar && endOf !== undefined ? splitPreposition(folded, i, endOf) : undefined;
    const splitAdverb = split !== undefined;
    if (splitAdverb) consumed.add(split);
    // "When can the CSTO be called upon", "wanneer mocht je de CSTO om hulp vragen": in which case, not at what time.
    const permitted = PERMISSION.has(folded[i + 1] ?? '') || folded.slice(i + 1).some((w) => ALLOWED.has(w));
    const inCase = found.intent === 'when' && ((permitted && folded.slice(i + 2).some((w) => CALLED_IN.has(w))) || folded.slice(i + 1).some((w) => PROSPECT.has(w)));
    // "How long has Tokayev been in power": how long a state has lasted is since when, which a start answers ("drie jaar geleden").
    const lasting = found.intent === 'duration' && LASTING.test(folded.slice(i + found.words.length).join(' '));
    // "How long before the deployment did Moscow warn", "how long after …": the time between two events.
    const between = found.intent === 'duration' && BETWEEN.has(folded[i + found.words.length] ?? '');
    if (found.intent && !conjunction && !splitAdverb) intents.add(inCase ? 'condition' : lasting ? 'when' : between ? 'interval' : found.intent);
    // "naar welk land", "to which country", "which country did he flee to": a destination, a place to be named, not only who.
    if (found.intent === 'who' && PLACE_KINDS.has(found.words.at(-1) as string) && (TOWARDS.has(folded[i - 1] ?? '') || TOWARDS.has(folded.at(-1) as string))) intents.add('where');
    // "which neighbours", "welke functionarissen": the thing asked must be specified.
    else if (WHICH.has(found.words.join(' '))) {
      const thing = askedThing(folded, i + 1);
      if (thing !== undefined) intents.add('which');
      // "in welke stad", "which cities", "which foreign country", "welke westerse landen": a place must be named, not "het buitenland".
      if (placeKindFrom(folded, i + found.words.length)) intents.add('where');
    }
    mark(consumed, i, i + found.words.length);
    i += found.words.length - 1;
  }
  // "Whose people were the sacked deputies": whom they belong to, not who did what the question says of them.
  for (const i of framingWords(folded, intents)) consumed.add(i);
  const owning = intents.has('who') ? ownerAsked(folded) : undefined;
  if (owning) {
    intents.add('owner');
    for (const i of owning) consumed.add(i);
  }
  // Keywords that name a measure ("population of almaty", "inwonertal kazachstan") ask for its figure;
  // after a question word they may not ("how did the population react").
  if ((!asked && folded.some((word) => MEASURES.has(word))) || (intents.size === 0 && (asksMeasure(folded) || asksCost(folded)))) intents.add('figure');
  const amountsCompared = comparesAmounts(folded);
  // Two things set side by side ("how do the arrests compare with …", "8000 arrests vs …", "hoe verhoudt …").
  const compares = amountsCompared || folded.some((word) => COMPARING.has(word));
  if (amountsCompared) intents.add('figure');
  if (asked || folded.length > 1) {
    folded.forEach((word, i) => {
      // "what does the article say" asks what is in it, not for a quote.
      // "Poetin zei dat …, klopt dat?": what someone said is the claim checked, not a quote asked for.
      // "talks about" is saying something; "in talks with" is not.
      const talksAbout = TALK.has(word) && ABOUT.has(folded[i + 1] ?? '');
      if ((!SPEECH.has(word) && !talksAbout) || (!asked && i === 0) || fromSource.has(i) || consumed.has(i) || context.has(i) || claimChecked) return;
      // "a member state", "the state": a noun, not a verb of saying.
      if (word === 'state' && STATE_BEFORE.has(folded[i - 1] ?? '')) return;
      // "het voor het zeggen hebben" is being in charge, not saying something: no content either,
      // so "wie heeft het voor het zeggen binnen de CSTO" asks who, in the CSTO.
      if (word === 'zeggen' && folded[i - 1] === 'het' && folded[i - 2] === 'voor') {
        consumed.add(i);
        return;
      }
      consumed.add(i);
      // "What does the shake-up tell us about …" asks what it shows, not for anyone's words.
      if (TELL.has(word) && US.has(folded[i + 1] ?? '')) {
        consumed.add(i + 1);
        return;
      }
      // "tell the army to open fire" is an order, not a statement to quote; "which countries said
      // they would send troops" asks who pledged it, not for their words.
      if (!ORDER.test(folded.slice(i + 1, i + 4).join(' ')) && !(intents.has('who') && REPORTED.test(folded.slice(i + 1, i + 3).join(' ')))) intents.add('quote');
    });
  }
  // Who says so asks for the source, not for the words.
  if (intents.has('source')) intents.delete('quote');
  // "exact wording", "what exactly did he say": asking for a quote, exactness is what a quote gives;
  // so does a figure or a day ("exact number?", "which day exactly").
  if (intents.has('quote') || intents.has('figure') || intents.has('when') || intents.has('date') || intents.has('duration') || intents.has('clock')) {
    folded.forEach((word, i) => {
      if (EXACTLY.has(word)) consumed.add(i);
    });
  }
  // "What is the CSTO", "wat was de KNB": what someone or something is, as "wie is" asks — with one
  // content word after it only: not "what is tokayev trying to prevent".
  // "What does CSTO stand for", "waar staat CSTO voor": what it is, as "what is the CSTO" asks.
  const last = folded.length - 1;
  const standsFor = (folded[0] === 'what' && folded[last - 1] === 'stand' && folded[last] === 'for') || (folded[0] === 'waar' && folded[1] === 'staat' && folded[last] === 'voor');
  if (standsFor && last >= 3) {
    intents.delete('where');
    intents.add('who');
    for (const i of folded[0] === 'waar' ? [1, last] : [last - 1, last]) consumed.add(i);
  }
  // "csto force size", "troepenomvang": the size of a force is how many it counts; the force stays what is counted.
  folded.forEach((word, i) => {
    if (SIZE.has(word) && SIZED.has(folded[i - 1] ?? '') && !consumed.has(i)) {
      intents.add('figure');
      consumed.add(i);
    }
  });
  // "What kind of organisation is the CSTO", "wat voor organisatie is de CSTO": what it is, as "what is the CSTO" asks.
  const kind = KIND_OF.exec(folded.join(' '));
  if (kind && intents.size === 0) {
    intents.add('who');
    mark(consumed, 0, (kind[0] as string).split(' ').length);
  }
  // "What kind of revolutions did Putin vow to stop", "wat voor soort steden": which of them, the kind named after it.
  const kindOf = intents.size === 0 && !kind && KIND_ASKED.test(folded.slice(0, 3).join(' ')) && askedThing(folded, 3) !== undefined;
  if (kindOf) {
    intents.add('which');
    mark(consumed, 0, 3);
  }
  // The newsroom's word for what someone says ("the Putin line about …", "the coup line"): the statement
  // answers, no "line". Not a position held ("its old line on crushing revolts"): the glossary says that.
  folded.forEach((word, i) => {
    if (word === 'line' && !consumed.has(i) && !HELD_LINE.has(folded[i - 1] ?? '')) consumed.add(i);
  });
  // "What exactly is the CSTO", "wat is de CSTO precies": exactness asks for nothing more than what it is.
  const exactly = indicesWhere(folded, (word, i) => EXACTLY.has(word) && !consumed.has(i));
  const content = folded.filter((word, i) => !consumed.has(i) && !exactly.includes(i) && !isStopword(word, ['nl', 'en']));
  // Not what is going on ("what is happening exactly", "wat is er precies gebeurd"): that is no thing to define.
  const happening = content.length === 1 && VERB_FORM.test(content[0] as string);
  const asIs = folded.filter((_, i) => !exactly.includes(i)).join(' ');
  // Not what is said of it ("what is the latest on the curfew"): framing words between.
  const thing = folded.findIndex((word, i) => !consumed.has(i) && !exactly.includes(i) && !isStopword(word, ['nl', 'en']));
  const what = folded.findIndex((word) => word === 'what' || word === 'wat');
  const framed = [...fromSource].some((i) => i > what && i < thing);
  // Nor what something was about ("what was that afghanistan job about"): what it concerned, in any sentence saying so.
  const about = ABOUT_AT_END.has(folded[folded.length - 1] ?? '');
  if (intents.size === 0 && content.length === 1 && !happening && !framed && !about && (WHAT_IS.test(asIs) || WHAT_IT_IS.test(asIs) || WHAT_THAT_IS.test(asIs))) {
    intents.add('who');
    for (const i of exactly) consumed.add(i);
  }
  // A figure stated as a claim, without a mark ("de csto heeft 5000 man naar kazachstan gestuurd"): pasted to be checked.
  const statedFigure = marks.questionMark !== true && folded.some((word, i) => i > 0 && AUXILIARIES.has(word)) && folded.some((word) => STARTS_WITH_DIGIT.test(word) && !looksLikeYear(word));
  // A statement asked with a mark ("two deputy security chiefs were sacked on saturday?", "the police chief killed himself?"): a claim to check.
  // Not a Dutch question opening with its verb ("zegt tokajev dat …?"): that asks what was said.
  const opensWithVerb = SPEECH.has(folded[0] ?? '') || REPORTING.has(folded[0] ?? '');
  const statedClaim = marks.questionMark === true && !opensWithVerb && folded.length >= MIN_STATED_CLAIM && folded.some((word, i) => i > 0 && (AUXILIARIES.has(word) || PAST_TENSE.test(word)));
  const polar = !asked && intents.size === 0 && (checking !== undefined || claimChecked || statedFigure || statedClaim || AUXILIARIES.has(folded[0] ?? ''));
  // "Is the 164 figure confirmed?", "the authorities confirmed 164 deaths, correct?": confirming is
  // what a yes/no question asks of its claim, not part of it; the sentence that settles it may say "retracted".
  // So in a claim asked with a mark and no question word ("so 164 is the confirmed toll?").
  if (polar || checking !== undefined || claimChecked || AUXILIARIES.has(folded[0] ?? '') || (marks.questionMark === true && !folded.some((w) => QUESTION_WORDS.has(w)))) folded.forEach((word, i) => {
    if (CONFIRMING.has(word)) consumed.add(i);
  });
  // "Does Putin think this is the last attempt", "denkt Poetin dat …": whose view frames the claim checked, as "volgens" does.
  const opinion = polar ? opinionAt(folded) : undefined;
  if (opinion !== undefined) consumed.add(opinion);
  const doerAt = doerPosition(folded, polar, checking?.length ?? 0, consumed);
  const doneToAt = doneToPosition(folded);
  const verbAt = dutchVerbAt(folded, consumed);
  const predicateAt = intents.has('who') ? subjectVerbAt(folded, consumed) : undefined;
  // Outside a yes/no question, a doer is only found where the question names one (doerPosition).
  // "Waar hangt Nazarbajev uit", "where is he holed up": being somewhere is what "where" asks, no content.
  if (intents.has('where')) folded.forEach((word, i) => {
    if (BEING_SOMEWHERE.has(word)) consumed.add(i);
  });
  let earlier = false;
  for (let i = 0; i < folded.length; i++) {
    // "back in 2010": then, not support.
    const backThen = folded[i] === 'back' && folded[i + 1] === 'in' && looksLikeYear(folded[i + 2] ?? '') ? ['back', 'in'] : undefined;
    const phrase = consumed.has(i) ? undefined : (backThen ?? EARLIER_TABLE.at(folded, i));
    if (!phrase) continue;
    mark(consumed, i, i + phrase.length);
    earlier = true;
  }
  const question = folded.join(' ');
  const ahead = WILL_DO.test(question) || WHEN_WILL.test(question);
  // After the scene the question is set in ("Writing the explainer. What did …").
  const scene = folded.findIndex((_, i) => !context.has(i));
  // After a time clause opening it ("before the troops came what was he trying to stop"): its main clause's question word.
  const main = SUBORDINATORS.has(folded[scene] ?? '') ? folded.findIndex((word, k) => k > scene + 2 && (word === 'what' || word === 'wat' || WHICH.has(word))) : -1;
  const opens = main > 0 ? main : scene;
  // One clause: in "wat is het risico als de Kazachen … niet accepteren" the last verb is the condition's.
  const oneClause = !folded.some((word, i) => i > opens && SUBORDINATORS.has(word));
  const whatObject = intents.size === 0 && (folded[opens] === 'what' || folded[opens] === 'wat') && AUXILIARIES.has(folded[opens + 1] ?? '');
  // "Which country did the terrorists train in", "welke landen hebben troepen gestuurd": the kind asked, then the auxiliary.
  // "What kind of revolutions did …" as "which revolutions did …": the kind asked starts after "of".
  const which = kindOf ? 2 : opens;
  const whichObject = (kindOf || WHICH.has(folded[which] ?? '')) && [...intents].every((intent) => KINDS_ASKED.has(intent)) && [2, 3].some((k) => AUXILIARIES.has(folded[which + k] ?? '') && !folded.slice(which + 1, which + k).some((w) => AUXILIARIES.has(w)));
  const objectAsked = !polar && oneClause && (whatObject || whichObject);
  return { intents, consumed, polar, earlier, ahead, objectAsked, compares, checks: polar || amountsCompared, namesRoles: polar || doerAt !== undefined || doneToAt !== undefined, doerAt, doneToAt, verbAt, predicateAt };
}

/** Verbs of holding a view, which frame the claim a yes/no question checks ("does Putin think …", "denkt Poetin dat …"). */
const OPINION: ReadonlySet<string> = new Set(['think', 'believe', 'reckon', 'suspect', 'feel', 'consider', 'denkt', 'vindt', 'gelooft', 'meent', 'vermoedt']);
/** Where such a verb stands: after do-support and the one whose view it is, or first in Dutch with "dat" after; a clause of two words at least after it. */
function opinionAt(folded: readonly string[]): number | undefined {
  if (OPINION.has(folded[0] ?? '')) return folded.slice(2, 5).includes('dat') ? 0 : undefined;
  if (!DO_SUPPORT.has(folded[0] ?? '')) return undefined;
  const at = folded.findIndex((word, i) => i >= 2 && i <= 4 && OPINION.has(word));
  return at > 0 && folded.length - at > 2 ? at : undefined;
}

/** Words setting two things side by side. */
const COMPARING: ReadonlySet<string> = new Set(['compare', 'compares', 'compared', 'comparison', 'vs', 'versus', 'match', 'matches', 'stack', 'verhoudt', 'verhouden', 'verhouding', 'vergeleken', 'vergelijking', 'vergelijken', 'tegenover', 'fractie', 'fraction']);

/** What "which" asks of the kind it names: who, where, which one. */
const KINDS_ASKED: ReadonlySet<Intent> = new Set(['who', 'where', 'which']);
/** Words opening a clause of its own inside a question. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'when', 'that', 'which', 'who', 'because', 'before', 'after', 'while', 'als', 'toen', 'die', 'dat', 'omdat', 'nadat', 'voordat', 'terwijl', 'wanneer', 'zodat', 'waardoor']);

/** "who" alone, as the cues list it. */
const WHO_CUE: Cue = cue('who', 'who');
/** Verbs of calling in the source cues ("wie noemt …"), and the reflexives that make it naming oneself. */
const CALLING: ReadonlySet<string> = new Set(['calls', 'called', 'noemt', 'noemde', 'noemen']);
const REFLEXIVE: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'zich', 'zichzelf']);
/**
 * Words that only frame what the question asks, once its intents are known: "one" after a
 * preposition ("an attack on one member"), making sure of what the clause says ("hoe zorgden de
 * betogers ervoor dat …"), "wat … betreft", and the verb holding a cause asked as a thing ("waar
 * legt Poetin de oorzaak", "what reason does he give"). Their positions.
 */
function framingWords(folded: readonly string[], intents: ReadonlySet<Intent>): number[] {
  const framing: number[] = [];
  const causeAsked = intents.has('why') && folded.some((word) => CAUSE_NOUNS.has(word));
  folded.forEach((word, i) => {
    if (isOneOfThem(folded, i)) framing.push(i);
    // The subject may stand between ("zorgden de betogers ervoor", "zorgden betogers dat"); not worrying ("maakt zich zorgen dat").
    const ahead = folded.slice(i + 1, i + 1 + MAKING_SURE_WITHIN);
    const ervoor = ahead.indexOf('ervoor');
    if (MAKING_SURE.has(word) && folded[i - 1] !== 'zich' && (ervoor >= 0 || ahead.includes('dat'))) framing.push(i, ...(ervoor >= 0 ? [i + 1 + ervoor] : []));
    if (word === 'betreft' && folded.slice(0, i).includes('wat')) framing.push(i);
    if (causeAsked && CAUSE_SUPPORT.has(word)) framing.push(i);
  });
  return framing;
}

/** "one" in words, and the prepositions after which it is one of them ("an attack on one member", "aanval op één lid"). */
const ONE: ReadonlySet<string> = new Set(['one', 'een', 'één']);
const ONE_OF_AFTER: ReadonlySet<string> = new Set(['on', 'of', 'to', 'against', 'op', 'van', 'tegen']);

/** Whether word `i` is "one" of them ("an attack on one member"): no amount, no word of what is asked. */
export function isOneOfThem(folded: readonly string[], i: number): boolean {
  return ONE.has(folded[i] ?? '') && ONE_OF_AFTER.has(folded[i - 1] ?? '');
}
/** After "how long": the time between two events is asked ("how long before …", "hoe lang na …"). */
const BETWEEN: ReadonlySet<string> = new Set(['before', 'after', 'voor', 'vóór', 'na', 'nadat', 'voordat']);
/** Making sure ("zorgden ervoor dat"): the clause after it is what happened. */
const MAKING_SURE: ReadonlySet<string> = new Set(['zorgen', 'zorgt', 'zorgde', 'zorgden', 'gezorgd', 'zorg']);
const MAKING_SURE_WITHIN = 4;
/** A cause or reason asked as a thing ("de oorzaak", "the reason"). */
const CAUSE_NOUNS: ReadonlySet<string> = new Set(['oorzaak', 'oorzaken', 'reden', 'redenen', 'aanleiding', 'cause', 'causes', 'reason', 'reasons']);
/** Verbs that only hold a cause asked as a thing: one lays, seeks, sees, gives or names it ("waar legt Poetin de oorzaak"). */
const CAUSE_SUPPORT: ReadonlySet<string> = new Set([
  'legt', 'leggen', 'legde', 'legden', 'zoekt', 'zoeken', 'zocht', 'zochten', 'ziet', 'zien', 'zag', 'zagen', 'geeft', 'geven', 'gaf', 'gaven', 'noemt', 'noemen', 'noemde', 'noemden',
  'see', 'sees', 'saw', 'give', 'gives', 'gave', 'given', 'find', 'finds', 'found', 'put', 'puts', 'lay', 'lays', 'laid', 'place', 'places', 'placed', 'cite', 'cites', 'cited',
]);
/** "Whose the leader" is "who's": a determiner after it. */
const NOT_OWNED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'behind', 'in', 'at']);
/** "Who were they close to", "who are they loyal to": whom someone belongs to. */
const BELONGING: ReadonlySet<string> = new Set(['close', 'loyal', 'linked', 'tied', 'allied', 'connected', 'belong', 'belonged', 'belongs', 'beholden']);
/** "Bij wie hoorden ze": belonging. */
const HOREN: ReadonlySet<string> = new Set(['hoort', 'hoorde', 'hoorden', 'horen']);

/**
 * Whether a who-question asks whom someone or something belongs to: "whose people were …", "van
 * wie waren ze vertrouwelingen", "bij wie hoorden ze", "who were they close to". Returns the
 * positions that only say belonging (a generic "people" after "whose", "hoorden", "close to"), or
 * undefined when it does not ask.
 */
function ownerAsked(folded: readonly string[]): number[] | undefined {
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i] as string;
    const next = folded[i + 1] ?? '';
    if (word === 'whose' && next !== '' && !NOT_OWNED.has(next)) return countsAnyone(next) ? [i + 1] : [];
    if (word === 'wie' && folded[i - 1] === 'van') return [];
    if (word === 'wie' && folded[i - 1] === 'bij') {
      const belongs = folded.findIndex((w, k) => k > i && HOREN.has(w));
      if (belongs >= 0) return [belongs];
    }
    if ((folded[0] === 'who' || folded[0] === 'whom') && BELONGING.has(word) && (next === 'to' || next === 'with')) return [i, i + 1];
  }
  return undefined;
}

/** Words after "who" that are no verb of its own: a copula, a preposition ("who of them"), a filler ("who exactly"). */
const NOT_PREDICATE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'zijn', 'waren', 'else', 'anders', 'of', 'van', 'among', 'onder', 'exactly', 'precies', 'eigenlijk', 'actually', 'really']);

/**
 * Where the verb said of "who" stands when it opens the question as its subject: right after it
 * ("who fired …", "wie betaalt …"), or past an auxiliary, the Dutch participle at the end ("wie
 * heeft de inzet betaald") or a regular English one right after it ("who has ordered …"). Not after
 * "did" ("who did Putin thank": the doer follows), nor a copula ("who is").
 */
function subjectVerbAt(folded: readonly string[], consumed: ReadonlySet<number>): number | undefined {
  if (folded[0] !== 'who' && folded[0] !== 'wie') return undefined;
  const at = 1;
  const next = folded[at];
  // "Who is leading the protests": the progressive's verb.
  const ing = folded[at + 1] ?? '';
  if (next !== undefined && BE_NOW.has(next) && isGerund(ing) && ing !== 'being' && !consumed.has(at + 1)) return at + 1;
  if (next === undefined || consumed.has(at) || NOT_PREDICATE.has(next) || DO_SUPPORT.has(next)) return undefined;
  if (!AUXILIARIES.has(next)) return at;
  // "wie heeft … betaald", "who has ordered": the participle the auxiliary goes with.
  const last = folded.length - 1;
  if (PAST_PARTICIPLE.test(folded[last] ?? '') && last > at + 1) return last;
  // Past a passive's "been" ("who has been arrested").
  let verb = at + 1;
  while (PASSIVE_BE.has(folded[verb] ?? '')) verb++;
  return folded[verb] !== undefined && /ed$|en$/u.test(folded[verb] as string) && !consumed.has(verb) ? verb : undefined;
}
const BE_NOW: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Auxiliaries of do-support: with them the subject always follows ("who did Putin thank"). */
const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'does', 'do']);
const PASSIVE_BE: ReadonlySet<string> = new Set(['been', 'being', 'be']);
