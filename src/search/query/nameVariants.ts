/**
 * Transliterations of the same name meet by rule, not by listing names: English and Dutch
 * render Russian and Central-Asian names with different letters (Putin/Poetin,
 * Nazarbayev/Nazarbajev, Zhanaozen/Zjanaozen, Tajikistan/Tadzjikistan).
 */
import { HAS_DIGIT } from '../../text/letterClasses.js';
import { remembered } from '../../lists/remembered.js';

/** Spelling correspondences, English ↔ Dutch; each applies in both directions. */
const RULES: ReadonlyArray<readonly [string, string]> = [
  ['u', 'oe'],
  ['y', 'j'],
  ['kh', 'ch'],
  ['zh', 'zj'],
  ['sh', 'sj'],
  ['ch', 'tsj'],
  ['j', 'dzj'],
  ['x', 'ks'],
  ['ae', 'aje'],
  ['ai', 'aj'],
  ['oi', 'oj'],
  ['ei', 'ej'],
  ['iy', 'ij'],
];

const MAX_VARIANTS = 256;
const MAX_CHANGES = 3;

/** Words whose variants are remembered at most: a question's words recur, and each costs hundreds of strings. */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, readonly string[]>();

/** Every spelling reachable from `word` with up to three rule applications (`word` excluded). */
export function spellingVariants(word: string): readonly string[] {
  return remembered(memo, word, MEMO_LIMIT, () => variantsOf(word));
}

function variantsOf(word: string): string[] {
  const seen = new Set([word]);
  let frontier = [word];
  for (let depth = 0; depth < MAX_CHANGES && frontier.length > 0 && seen.size < MAX_VARIANTS; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const [a, b] of RULES) {
        for (const [from, to] of [[a, b], [b, a]] as const) {
          for (let at = current.indexOf(from); at >= 0; at = current.indexOf(from, at + 1)) {
            const variant = current.slice(0, at) + to + current.slice(at + from.length);
            if (!seen.has(variant) && seen.size < MAX_VARIANTS) {
              seen.add(variant);
              next.push(variant);
            }
          }
        }
      }
    }
    frontier = next;
  }
  seen.delete(word);
  return [...seen];
}

/** The spellings of `word` that occur in a vocabulary of folded words. Short words are left alone. */
export function knownVariants(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 4 || HAS_DIGIT.test(word)) return [];
  return spellingVariants(word).filter((variant) => vocabulary.has(variant));
}
