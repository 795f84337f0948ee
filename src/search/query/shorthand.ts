/**
 * Chat shorthand as reporters type it in Slack, read as the words it stands for: "20k" is 20000,
 * "ppl" people, "govt" government. Only forms that are no word of their own are listed. Pure.
 */

const WORDS: Readonly<Record<string, string>> = {
  ppl: 'people',
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
};

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1_000, mln: 1_000_000, mn: 1_000_000, m: 1_000_000, bn: 1_000_000_000 };
const SCALED = /^(\d+(?:[.,]\d+)?)(k|mln|mn|m|bn)$/u;

/** What a folded query word stands for, and whether that is a number; the word itself when it is no shorthand. */
export function expandShorthand(folded: string): { word: string; isNumber: boolean } | undefined {
  const scaled = SCALED.exec(folded);
  if (scaled) {
    // Rounded to the nearest whole: 2.01 × 1000 is 2009.999… in floating point. A value with more
    // decimals than the multiplier has zeros ("1.0005k") is not a whole number and stays a word.
    const exact = Number((scaled[1] as string).replace(',', '.')) * (MULTIPLIER[scaled[2] as string] as number);
    const value = Math.round(exact);
    if (Math.abs(exact - value) < 1e-6 && Number.isSafeInteger(value)) return { word: String(value), isNumber: true };
  }
  const word = WORDS[folded];
  return word === undefined ? undefined : { word, isNumber: false };
}
