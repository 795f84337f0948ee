/**
 * Words spelled close to a word, for typo correction ("Nazarbajv") and "did you mean". Words are
 * bucketed by first letter and length, so a look-up compares against a few dozen words, not all:
 * a slip of the keyboard rarely hits the first letter.
 */
import { editDistance } from './query/editDistance.js';

export interface Spelling {
  /** Known words within `maxDistance` edits of `word` (same first letter), closest first. */
  near(word: string, maxDistance: number): string[];
  /** Known words that are `word` with two neighbouring letters swapped ("cuop" → coup): the one slip short words allow. */
  swapped(word: string): string[];
}

export function buildSpelling(words: Iterable<string>): Spelling {
  const buckets = new Map<string, string[]>();
  const known = new Set(words);
  for (const word of known) {
    if (word.length < 3 || /[\s\p{N}]/u.test(word)) continue;
    const key = `${word[0]}${word.length}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(word);
    buckets.set(key, bucket);
  }
  return {
    near(word, maxDistance) {
      if (maxDistance <= 0 || word.length === 0) return [];
      const found: Array<[string, number]> = [];
      for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
        for (const candidate of buckets.get(`${word[0]}${length}`) ?? []) {
          if (candidate === word) continue;
          const distance = editDistance(word, candidate, maxDistance);
          if (distance <= maxDistance) found.push([candidate, distance]);
        }
      }
      return found.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).map(([w]) => w);
    },
    swapped(word) {
      const found = new Set<string>();
      // Not the first letter: a slip of the keyboard rarely hits it.
      for (let i = 1; i + 1 < word.length; i++) {
        if (word[i] === word[i + 1]) continue;
        const candidate = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
        if (known.has(candidate)) found.add(candidate);
      }
      return [...found].sort();
    },
  };
}
