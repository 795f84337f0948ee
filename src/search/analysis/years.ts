/**
 * Whether a four-digit number is a year ("in 2010", "van 2013 en 2014") rather than a count
 * ("2000 militairen"): a year follows a preposition or stands with no noun after it.
 */
import type { Token } from './tokenize.js';

const YEAR = /^(1[89]|20)\d\d$/u;

/** Four digits, no separator, that could be a year (1800–2099): "2000", not "2.000". */
export const looksLikeYear = (written: string): boolean => YEAR.test(written);
/** Folded words after which a four-digit number is read as a year. */
const BEFORE_YEAR = new Set(['in', 'sinds', 'vanaf', 'tot', 'van', 'en', 'eind', 'begin', 'medio', 'jaar', 'since', 'until', 'from', 'of', 'and', 'year']);

/** `tokens[i]` is a year; `words` are the tokens folded. */
export function isYearAt(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isNumber || !YEAR.test(token.surface)) return false;
  const next = tokens[i + 1];
  return BEFORE_YEAR.has(words[i - 1] ?? '') || next === undefined || next.isNumber;
}
