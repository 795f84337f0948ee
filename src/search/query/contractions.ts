/**
 * English clitics, written out before a question is read: "what's" is the question word "what",
 * "can't" a negation, "the country's" the country. Left in, they hide the question word and
 * make "country's" a word no sentence has. Dutch spoken forms are written out ("z'n" is "zijn");
 * otherwise Dutch keeps its apostrophes ("foto's", "'s nachts"):
 * only a letter-final `'s` after an English pronoun or question word reads as "is". Pure.
 */
import { table } from '../../lists/table.js';
import { HAS_APOSTROPHE } from '../../text/letterClasses.js';

/** Words whose `'s` is "is" or "has", not a possessive. */
const IS_AFTER = new Set(['what', 'who', 'where', 'when', 'how', 'why', 'which', 'that', 'it', 'there', 'here', 'he', 'she', 'let']);
/** The head as the regex cuts it: "can't" is ca + n't. */
const IRREGULAR_NOT: Readonly<Record<string, string>> = table({ ca: 'can not', wo: 'will not', sha: 'shall not' });
const CLITIC: Readonly<Record<string, string>> = table({ re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' });

// A head starts where a word starts: tried from every letter of a long run of letters instead,
// the look-ups would take time in the square of its length.
const NOT = /(?<!\p{L})(\p{L}+)n['’]t(?!\p{L})/giu;
const OTHER = /(\p{L})['’](re|ve|ll|d|m)(?!\p{L})/giu;
const APOSTROPHE_S = /(?<!\p{L})(\p{L}+)['’]s(?!\p{L})/giu;

/** The apostrophe left out, as chat does: "whats", "wheres", "hows" are "what is". */
const WITHOUT_APOSTROPHE = /(?<!\p{L})(what|where|who|how|when|why)s(?!\p{L})/giu;
/** What every such form holds, anywhere in a word: a plain scan, so a question without one is not walked with look-arounds. */
const WH_S = /(?:what|where|who|how|when|why)s/iu;

/** Dutch spoken forms ("z'n", "m'n", "d'r", "'t", "'n"): the words they stand for. "zo'n" is written so in the articles too. */
const DUTCH_SHORT = /(?<!\p{L})(z['’]n|m['’]n|d['’]r|['’]t|['’]n)(?!\p{L})/giu;
/** "d'r" is mostly "er" in speech ("d'r zijn veel doden"). */
const DUTCH_FULL: Readonly<Record<string, string>> = table({ zn: 'zijn', mn: 'mijn', dr: 'er', t: 'het', n: 'een' });


export function expandContractions(text: string): string {
  // Every form but the apostrophe-less one has an apostrophe: a question without one is read once, not five times.
  if (!HAS_APOSTROPHE.test(text)) return WH_S.test(text) ? text.replace(WITHOUT_APOSTROPHE, (_, head: string) => `${head} is`) : text;
  return text
    .replace(DUTCH_SHORT, (short: string) => DUTCH_FULL[short.toLowerCase().replace(/['’]/gu, '')] ?? short)
    .replace(WITHOUT_APOSTROPHE, (_, head: string) => `${head} is`)
    .replace(NOT, (_, head: string) => IRREGULAR_NOT[head.toLowerCase()] ?? `${head} not`)
    .replace(OTHER, (_, last: string, clitic: string) => `${last} ${CLITIC[clitic.toLowerCase()] ?? ''}`)
    .replace(APOSTROPHE_S, (_, head: string) => (IS_AFTER.has(head.toLowerCase()) ? `${head} is` : head));
}
