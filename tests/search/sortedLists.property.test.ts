/** Matching sorted id lists: the same pairs as a set intersection, in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, forEachCommon } from '../../src/search/sortedLists.js';

const sortedIds = (max: number) => fc.uniqueArray(fc.nat({ max }), { maxLength: 300 }).map((ids) => ids.sort((x, y) => x - y));

describe('forEachCommon (properties)', () => {
  it('visits exactly the ids both lists hold, in ascending order, with their positions', () => {
    fc.assert(
      fc.property(sortedIds(500), sortedIds(500), (a, b) => {
        const seen: Array<[number, number]> = [];
        forEachCommon(a, Uint32Array.from(b), (i, j) => seen.push([i, j]));
        const expected = a.flatMap((id, i) => (b.includes(id) ? [[i, b.indexOf(id)] as [number, number]] : []));
        expect(seen).toEqual(expected);
      }),
    );
  });

  it('a short list against a long one (galloping) finds the same as against a short one', () => {
    const long = Uint32Array.from({ length: 10_000 }, (_, i) => i * 3);
    const seen: number[] = [];
    forEachCommon([0, 2, 3, 29_997, 29_998, 40_000], long, (i) => seen.push(i));
    expect(seen).toEqual([0, 2, 3]);
  });
});

describe('firstAtLeast (properties)', () => {
  it('is the first position from `from` whose id is at least the target', () => {
    fc.assert(
      fc.property(sortedIds(200), fc.nat({ max: 220 }), fc.nat({ max: 320 }), (list, target, from) => {
        const start = Math.min(from, list.length);
        let expected = start;
        while (expected < list.length && (list[expected] as number) < target) expected++;
        expect(firstAtLeast(list, target, start)).toBe(expected);
      }),
    );
  });
});
