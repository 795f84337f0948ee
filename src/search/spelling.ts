/**
 * Words spelled close to a word, for typo correction ("Nazarbajv") and "did you mean". The
 * vocabulary lives in MiniSearch's radix tree (SearchableMap), whose fuzzy look-up walks only the
 * branches within reach: it finds the candidates in Levenshtein distance; the project's own rule
 * (a swap of two letters is one slip, and a slip rarely hits the first letter) then decides.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { editDistance } from './query/editDistance.js';
import { MAX_WORD_LENGTH } from './analysis/stem.js';
import { HAS_DIGIT } from '../text/letterClasses.js';
import { kept, remembered } from '../lists/remembered.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface Spelling {
  /** Known words within `maxDistance` edits of `word` (same first letter), closest first. */
  near(word: string, maxDistance: number): string[];
  /** Of those, only the closest (all at the smallest distance found): what a slip most likely meant. */
  closest(word: string, maxDistance: number): string[];
  /**
   * The one known word `word` was most likely typed for, within `maxDistance`: the closest, and of
   * those the likeliest slip ("historicaly": a dropped letter of historically before an extra one
   * of historical); `undefined` when two are equally likely.
   */
  likeliest(word: string, maxDistance: number): string | undefined;
  /** Known words that are `word` with two neighbouring letters swapped ("cuop" → coup): the one slip short words allow. */
  swapped(word: string): string[];
  /** Known words that are `word` with its doubled letter doubled elsewhere ("barells" → barrels, "tommorow" → tomorrow): one slip, though two edits. */
  redoubled(word: string): string[];
}

/**
 * Among equally close words, the likelier slip first: a dropped letter ("internt" → internet, not
 * interne) is the commonest, then a swapped or mistyped one, then an extra letter.
 */
function slip(typed: string, candidate: string): number {
  if (candidate.length === typed.length + 1 && isSubsequence(typed, candidate)) return 0;
  return candidate.length === typed.length ? 1 : 2;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/** Words whose neighbours are remembered at most, per vocabulary. */
const MEMO_LIMIT = 20_000;

export function buildSpelling(words: Iterable<string>): Spelling {
  // The words of a listed phrase too: "rigth hand" is meant as the glossary's "right hand".
  const known = new Set(flatMap([...words], (word) => word.split(/\s+/u)));
  // One tree per first letter, holding the rest of each word: a slip rarely hits the first letter,
  // so a look-up walks one small tree instead of every branch of one large one.
  const trees = new Map<string, SearchableMap<true>>();
  for (const word of known) {
    if (word.length < 3 || HAS_DIGIT.test(word)) continue;
    const first = word[0] as string;
    const tree = kept(trees, first, () => new SearchableMap<true>());
    tree.set(word.slice(1), true);
  }
  // The vocabulary never changes once built, and reporters type the same words again and again:
  // each word's neighbours are walked for once (bounded, as a question's words are anyone's).
  const memo = new Map<string, ReadonlyArray<readonly [string, number]>>();
  const near = (word: string, maxDistance: number): ReadonlyArray<readonly [string, number]> => remembered(memo, `${maxDistance}:${word}`, MEMO_LIMIT, () => walk(word, maxDistance));
  const walk = (word: string, maxDistance: number): Array<[string, number]> => {
    // A "word" longer than any word is no typo of one; the fuzzy walk's matrix grows with its square.
    if (maxDistance <= 0 || word.length === 0 || word.length > MAX_WORD_LENGTH) return [];
    const found: Array<[string, number]> = [];
    const tree = trees.get(word[0] as string);
    if (!tree) return [];
    // A swap of two letters is two Levenshtein edits: look twice as far, then measure as people type.
    for (const rest of tree.fuzzyGet(word.slice(1), 2 * maxDistance).keys()) {
      const candidate = `${word[0]}${rest}`;
      if (candidate === word) continue;
      const distance = editDistance(word, candidate, maxDistance);
      if (distance <= maxDistance) found.push([candidate, distance]);
    }
    return found.sort((x, y) => x[1] - y[1] || slip(word, x[0]) - slip(word, y[0]) || x[0].localeCompare(y[0]));
  };
  return {
    near: (word, maxDistance) => mapped(near(word, maxDistance), ([w]) => w),
    closest(word, maxDistance) {
      const found = near(word, maxDistance);
      const best = found[0]?.[1];
      return mapped(found.filter(([, distance]) => distance === best), ([w]) => w);
    },
    likeliest(word, maxDistance) {
      const [first, second] = near(word, maxDistance);
      if (!first) return undefined;
      const tied = second !== undefined && second[1] === first[1] && slip(word, second[0]) === slip(word, first[0]);
      return tied ? undefined : first[0];
    },
    swapped(word) {
      const found = new Set<string>();
      if (word.length > MAX_WORD_LENGTH) return [];
      // Not the first letter: a slip of the keyboard rarely hits it.
      for (let i = 1; i + 1 < word.length; i++) {
        if (word[i] === word[i + 1]) continue;
        const candidate = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
        if (known.has(candidate)) found.add(candidate);
      }
      return [...found].sort();
    },
    redoubled(word) {
      const found = new Set<string>();
      if (word.length > MAX_WORD_LENGTH) return [];
      for (let i = 0; i + 1 < word.length; i++) {
        if (word[i] !== word[i + 1]) continue;
        const single = `${word.slice(0, i)}${word.slice(i + 1)}`;
        // Not the first letter, and not the letter just undoubled.
        for (let j = 1; j < single.length; j++) {
          if (j === i || single[j] === single[j - 1] || single[j] === single[j + 1]) continue;
          const candidate = `${single.slice(0, j + 1)}${single.slice(j)}`;
          if (known.has(candidate)) found.add(candidate);
        }
      }
      return [...found].sort();
    },
  };
}
