/** Properties of the spelling look-ups ("did you mean", typo correction) against a brute-force reference. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpelling } from '../../src/search/spelling.js';

const RUNS = { numRuns: 200 };

/** A three-letter alphabet makes neighbours common; a few words carry digits, spaces or capitals. */
const WORD = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'C', '1', ' ', 'é'), maxLength: 6 }) },
);
const WORDS = fc.uniqueArray(WORD, { maxLength: 40 });
const DISTANCE = fc.integer({ min: -1, max: 3 });

/** What `near` may return: known words (and the words of known phrases) of three letters or more, without digits. */
const eligible = (word: string): boolean => word.length >= 3 && !/[\s\p{N}]/u.test(word);
const wordsOf = (entries: readonly string[]): string[] => [...new Set(entries.flatMap((entry) => entry.split(/\s+/u)))];

/** Reference optimal string alignment distance (edits and adjacent swaps), independent of the code under test. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
const within = (a: string, b: string, max: number): boolean => osa(a, b) <= max;

describe('buildSpelling (properties)', () => {
  it('near() returns only known words (or words of known phrases) within the distance, with the same first letter, never the word itself', () => {
    fc.assert(
      fc.property(WORDS, WORD, DISTANCE, (words, word, max) => {
        const known = new Set(wordsOf(words));
        for (const found of buildSpelling(words).near(word, max)) {
          expect(known.has(found)).toBe(true);
          expect(eligible(found)).toBe(true);
          expect(found[0]).toBe(word[0]);
          expect(found).not.toBe(word);
          expect(within(word, found, max)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('near() misses no eligible word within the distance, lists each once, closest first', () => {
    fc.assert(
      fc.property(WORDS, WORD, DISTANCE, (words, word, max) => {
        const found = buildSpelling(words).near(word, max);
        const expected = max <= 0 || word === '' ? [] : wordsOf(words).filter((w) => eligible(w) && w !== word && w[0] === word[0] && within(word, w, max));
        expect([...found].sort()).toEqual([...expected].sort());
        const distances = found.map((w) => osa(word, w));
        expect(distances).toEqual([...distances].sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it('near() finds a known word from any one slip that keeps the first letter', () => {
    const typo = fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 3, maxLength: 9 }), fc.nat(), fc.constantFrom('swap', 'drop', 'add', 'replace'));
    fc.assert(
      fc.property(WORDS, typo, (words, [word, at, kind]) => {
        const i = 1 + (at % (word.length - 1));
        const typed =
          kind === 'swap' ? word.slice(0, i - 1) + word.slice(i - 1, i + 1).split('').reverse().join('') + word.slice(i + 1)
          : kind === 'drop' ? word.slice(0, i) + word.slice(i + 1)
          : kind === 'add' ? `${word.slice(0, i)}x${word.slice(i)}`
          : `${word.slice(0, i)}x${word.slice(i + 1)}`;
        const spelling = buildSpelling([...words, word]);
        if (typed !== word && typed[0] === word[0]) expect(spelling.near(typed, 1)).toContain(word);
      }),
      RUNS,
    );
  });

  it('swapped() returns exactly the known words that are the word with two neighbouring letters (not the first) swapped', () => {
    fc.assert(
      fc.property(WORDS, WORD, (words, word) => {
        // A listed phrase is known word by word, as buildSpelling reads it.
        const known = new Set(words.flatMap((w) => w.split(/\s+/u)));
        const expected = new Set<string>();
        for (let i = 1; i + 1 < word.length; i++) {
          const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
          if (candidate !== word && known.has(candidate)) expected.add(candidate);
        }
        const found = buildSpelling(words).swapped(word);
        expect(found).toEqual([...expected].sort());
        for (const w of found) {
          expect(known.has(w)).toBe(true);
          expect(w).not.toBe(word);
          expect(w[0]).toBe(word[0]);
          expect(osa(word, w)).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('redoubled() returns exactly the known words that are the word with one doubled letter doubled at another letter (not the first)', () => {
    fc.assert(
      fc.property(WORDS, WORD, (words, word) => {
        const known = new Set(words.flatMap((w) => w.split(/\s+/u)));
        const expected = new Set<string>();
        for (let i = 0; i + 1 < word.length; i++) {
          if (word[i] !== word[i + 1]) continue;
          const single = word.slice(0, i) + word.slice(i + 1);
          for (let j = 1; j < single.length; j++) {
            const candidate = single.slice(0, j + 1) + single.slice(j);
            if (j !== i && single[j] !== single[j - 1] && single[j] !== single[j + 1] && known.has(candidate)) expected.add(candidate);
          }
        }
        expect(buildSpelling(words).redoubled(word)).toEqual([...expected].sort());
      }),
      RUNS,
    );
  });

  it('redoubled() reads a doubled letter typed at the wrong place ("barells" → barrels, "tommorow" → tomorrow)', () => {
    const spelling = buildSpelling(['barrels', 'tomorrow', 'bares']);
    expect(spelling.redoubled('barells')).toEqual(['barrels']);
    expect(spelling.redoubled('tommorow')).toEqual(['tomorrow']);
    expect(spelling.redoubled('bares')).toEqual([]);
  });

  it('near() puts the likelier slip first among equally close words: a dropped letter', () => {
    expect(buildSpelling(['interne', 'internet', 'intern']).near('internt', 1)).toEqual(['internet', 'interne', 'intern']);
  });

  it('likeliest() is the one word of the closest and likeliest slip, none when two tie', () => {
    const spelling = buildSpelling(['historical', 'historically', 'where', 'when', 'wheel', 'wheat']);
    expect(spelling.likeliest('historicaly', 1)).toBe('historically');
    // A dropped letter before a mistyped one; two mistyped ones tie.
    expect(spelling.likeliest('wher', 1)).toBe('where');
    expect(spelling.likeliest('wheal', 1)).toBeUndefined();
    expect(spelling.likeliest('hysterical', 1)).toBeUndefined();
  });

  it('finds the words of a listed phrase ("rigth" → the "right" of "right hand")', () => {
    expect(buildSpelling(['right hand']).swapped('rigth')).toEqual(['right']);
  });

  it('closest() keeps only the words at the smallest distance ("inteernet" → internet, not interne)', () => {
    const spelling = buildSpelling(['internet', 'interne']);
    expect(spelling.near('inteernet', 2)).toEqual(['internet', 'interne']);
    expect(spelling.closest('inteernet', 2)).toEqual(['internet']);
  });
});
