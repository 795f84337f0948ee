/**
 * Figures as written in Dutch news text: digits with Dutch separators (`8.000`, `1,6 miljoen`),
 * number words (`dertien`, `tweeduizend`), indefinite amounts (`tientallen`), and the qualifier
 * that changes their meaning (`bijna`, `ruim`, `minstens`, `zo'n`). Years are dates, not figures.
 */
import { fold } from '../search/analysis/fold.js';
import { canonicalNumber } from '../search/analysis/numbers.js';
import { tokenize } from '../search/analysis/tokenize.js';
import { isYearAt } from '../search/analysis/years.js';
import { dutchNumberValue, INDEFINITE_AMOUNTS, MULTIPLIERS } from '../text/numberWords.js';
import { mapped } from '../lists/loops.js';

export interface NumberMention {
  /** The figure as written, with its qualifier: `bijna 8.000`, `minstens dertien`. */
  text: string;
  start: number;
  end: number;
  /** Exact value when the text gives one; undefined for indefinite amounts. */
  value?: number;
  /** Least value of an indefinite amount (`tientallen` → 20). */
  atLeast?: number;
  qualifier?: string;
  /** Character offset right after the number (before any noun), for finding what it counts. */
  numberEnd: number;
}

/** Qualifiers, longest first; matched on folded words right before the number. */
const QUALIFIERS = mapped([
  'meer dan', 'minder dan', 'ten minste', 'naar schatting', 'more than', 'at least', 'less than', 'up to',
  'bijna', 'ruim', 'minstens', 'tenminste', "zo'n", 'circa', 'ca', 'ongeveer', 'rond', 'maximaal', 'hooguit', 'zeker',
  'liefst', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'roughly', 'approximately',
], (q) => q.split(' '));


export function readNumbers(sentence: string): NumberMention[] {
  const tokens = tokenize(sentence);
  const words = mapped(tokens, (t) => fold(t.surface));
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const word = words[i] ?? '';
    if (!token) continue;
    let value: number | undefined;
    let atLeast: number | undefined;
    let last = i;
    if (token.isNumber) {
      if (isYearAt(tokens, words, i)) continue;
      value = Number(canonicalNumber(token.surface));
      const multiplier = MULTIPLIERS[words[i + 1] ?? ''];
      if (multiplier) {
        value *= multiplier;
        last = i + 1;
      }
    } else if (INDEFINITE_AMOUNTS[word] !== undefined) {
      atLeast = INDEFINITE_AMOUNTS[word];
    } else if (word !== 'een' && word.length > 2) {
      value = dutchNumberValue(word);
      if (value === undefined) continue;
    } else {
      continue;
    }
    let first = i;
    let qualifier: string | undefined;
    for (const q of QUALIFIERS) {
      if (i - q.length >= 0 && q.every((part, k) => words[i - q.length + k] === part)) {
        first = i - q.length;
        qualifier = q.join(' ');
        break;
      }
    }
    const start = tokens[first]?.start ?? token.start;
    const end = tokens[last]?.end ?? token.end;
    mentions.push({ text: sentence.slice(start, end), start, end, numberEnd: end, ...(value !== undefined && !Number.isNaN(value) ? { value } : {}), ...(atLeast !== undefined ? { atLeast } : {}), ...(qualifier ? { qualifier } : {}) });
    i = last;
  }
  return mentions;
}
