/**
 * Chat shorthand as reporters type it in Slack, read as the words it stands for: "20k" is 20000,
 * "ppl" people, "govt" government. Only forms that are no word of their own are listed. Pure.
 */
import { table } from '../../lists/table.js';
import { mapped } from '../../lists/loops.js';

const WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  ppl: 'people',
  smth: 'something',
  smthg: 'something',
  sth: 'something',
  paras: 'paratroopers',
  govt: 'government',
  gov: 'government',
  pres: 'president',
  intl: 'international',
  dept: 'department',
  approx: 'approximately',
  mil: 'military',
  mins: 'minutes',
  hrs: 'hours',
  yrs: 'years',
  mln: 'miljoen',
  mld: 'miljard',
  journos: 'journalists',
  journo: 'journalist',
  intel: 'intelligence',
  ref: 'reference',
  hq: 'headquarters',
  admin: 'administration',
  natl: 'national',
  ops: 'operations',
  incl: 'including',
  excl: 'excluding',
}));

/** Month names and their short forms, English and Dutch: a digit ordinal next to one is a date. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|okt|nov|dec|januari|january|februari|february|maart|march|april|mei|juni|june|juli|july|augustus|august|september|oktober|october|november|december)';
/** A digit ordinal ("1st") standing alone, not in a date. */
const ordinalForm = (ordinal: string): RegExp => new RegExp(String.raw`(?<!${MONTH}\.?\s*)(?<![\p{L}\p{N}])${ordinal}(?![\p{L}\p{N}])(?!\s+(?:of\s+)?${MONTH})`, 'giu');

/**
 * Chat forms written with a slash or run together, read out before the question's words are: "w/o
 * warning" is without, "acc to Tokayev" according to, "abt" about, "gimme" give me.
 */
const CHAT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{L})w\/o(?!\p{L})/giu, 'without'],
  [/(?<!\p{L})w\/(?=\s|\p{L})/giu, 'with '],
  [/(?<!\p{L})b\/c(?!\p{L})/giu, 'because'],
  [/(?<!\p{L})acc\.?(?=\s+to(?!\p{L}))/giu, 'according'],
  // "acc tokayev", "acc. to the piece": according to, with or without its "to".
  [/(?<!\p{L})acc\.?(?=\s+(?!to(?!\p{L}))\p{L})/giu, 'according to'],
  // "w foreign help", "talks w who": with; a lone letter before a word is no word of its own.
  [/(?<![\p{L}'’])w(?=\s+\p{L})/gu, 'with'],
  // "re the op": about (the letters "re" alone are no word of a question otherwise).
  [/(?<![\p{L}'’])re(?=\s+\p{L})/gu, 'about'],
  // "y/n", "yes/no": it asks yes or no, as a question mark does.
  [/\s*(?<!\p{L})(?:y\/n|yes\/no|ja\/nee)(?!\p{L})/giu, '?'],
  [/(?<!\p{L})abt(?!\p{L})/giu, 'about'],
  [/(?<!\p{L})socials(?!\p{L})/giu, 'social media'],
  // Read before the question words are, so that they ask what they stand for ("quick defn", "the 'at least' nr").
  [/(?<!\p{L})defn\.?(?!\p{L})/giu, 'definition'],
  [/(?<!\p{L})nrs(?!\p{L})/giu, 'numbers'],
  [/(?<!\p{L})nr(?!\p{L})/giu, 'number'],
  // "say no to" is a refusal: its "no" would be dropped as a negation, leaving "say", a speech verb.
  [/(?<!\p{L})(?:say|says|said|saying)\s+no\s+to(?!\p{L})/giu, 'refused'],
  // Dutch chat abbreviations: "vlgs tokajev", "ivm de onrust", "mbt de csto", "wss", "mss".
  [/(?<!\p{L})vlgs?\.?(?!\p{L})/giu, 'volgens'],
  [/(?<!\p{L})i\.?v\.?m\.?(?!\p{L})/giu, 'in verband met'],
  [/(?<!\p{L})m\.?b\.?t\.?(?!\p{L})/giu, 'met betrekking tot'],
  [/(?<!\p{L})t\.?o\.?v\.?(?!\p{L})/giu, 'ten opzichte van'],
  [/(?<!\p{L})zgn\.?(?!\p{L})/giu, 'zogenaamde'],
  [/(?<!\p{L})(?:wss|wrs|waarsch)\.?(?!\p{L})/giu, 'waarschijnlijk'],
  [/(?<!\p{L})mss(?!\p{L})/giu, 'misschien'],
  [/(?<!\p{L})(?:bijv|bv)\.?(?!\p{L})/giu, 'bijvoorbeeld'],
  // Ordinals in digits, not of a date ("in the 1st place", "the 2nd article"; not "jan 1st", "the 1st of May").
  [ordinalForm('1st'), 'first'],
  [ordinalForm('2nd'), 'second'],
  [/(?<!\p{L})gimme(?!\p{L})/giu, 'give me'],
  [/(?<!\p{L})wanna(?!\p{L})/giu, 'want to'],
  [/(?<!\p{L})gonna(?!\p{L})/giu, 'going to'],
  // "Now" in chat: as much the latest as every sentence of the dossier is ("who's running the airport rn").
  [/(?<!\p{L})rn(?!\p{L})/giu, 'right now'],
  [/(?<!\p{L})atm(?!\p{L})/giu, 'at the moment'],
  [/(?<!\p{L})etc\.?(?!\p{L})/giu, ''],
  // Newsroom slang for the death toll: "count" alone asks a figure, "body" would be searched.
  [/(?<!\p{L})body[- ]counts?(?!\p{L})/giu, 'death toll'],
  // A numbered article of a treaty ("nato art 5", "art. 5"): not art.
  [/(?<!\p{L})art\.?(?=\s*\d)/giu, 'article'],
];

/** Any of `CHAT_FORMS` (case aside): most questions have none, and one test tells so. */
const ANY_CHAT_FORM = new RegExp(mapped(CHAT_FORMS, ([form]) => `(?:${form.source})`).join('|'), 'iu');

/** The question with its chat forms read out (`CHAT_FORMS`). */
export function expandChatForms(text: string): string {
  if (!ANY_CHAT_FORM.test(text)) return text;
  return CHAT_FORMS.reduce((out, [form, words]) => out.replace(form, words), text);
}

const MULTIPLIER: Readonly<Record<string, number>> = table({ k: 1_000, mln: 1_000_000, mn: 1_000_000, m: 1_000_000, bn: 1_000_000_000 });
const SCALED = /^(\d+(?:[.,]\d+)?)(k|mln|mn|m|bn)$/u;

/** What a folded query word stands for, and whether that is a number; the word itself when it is no shorthand. */
export function expandShorthand(folded: string): { word: string; isNumber: boolean } | undefined {
  // Only a word starting with a digit can be a scaled number: most words skip the expression.
  const first = folded.charCodeAt(0);
  const scaled = first >= 48 && first <= 57 ? SCALED.exec(folded) : null;
  if (scaled) {
    // Rounded to the nearest whole: 2.01 × 1000 is 2009.999… in floating point. A value with more
    // decimals than the multiplier has zeros ("1.0005k") is not a whole number and stays a word.
    const exact = Number((scaled[1] as string).replace(',', '.')) * (MULTIPLIER[scaled[2] as string] as number);
    const value = Math.round(exact);
    if (Math.abs(exact - value) < 1e-6 && Number.isSafeInteger(value)) return { word: String(value), isNumber: true };
  }
  const word = WORDS.get(folded);
  return word === undefined ? undefined : { word, isNumber: false };
}
