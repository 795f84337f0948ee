/** One seeded slip per question: one edit in one word, never the first letter, the same every run. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slipped } from '../../src/eval/slips.js';
import { editDistance } from '../../src/search/query/editDistance.js';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 10 });
const question = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

describe('slipped', () => {
  it('changes one word of five letters or more by one slip, keeping its first letter (property)', () => {
    fc.assert(
      fc.property(question, (q) => {
        const before = q.split(' ');
        const after = slipped(q).split(' ');
        expect(after).toHaveLength(before.length);
        const changed = before.map((w, i) => [w, after[i] as string] as const).filter(([a, b]) => a !== b);
        if (!before.some((w) => w.length >= 5)) {
          expect(changed).toEqual([]);
          return;
        }
        expect(changed).toHaveLength(1);
        const [[original, typed]] = changed as [readonly [string, string]];
        expect(original.length).toBeGreaterThanOrEqual(5);
        expect(typed[0]).toBe(original[0]);
        expect(editDistance(original, typed, 2)).toBe(1);
      }),
    );
  });

  it('slips the same question the same way every time, and the longest word', () => {
    expect(slipped('how many troops did russia send')).toBe(slipped('how many troops did russia send'));
    expect(slipped('how many troops did russia send').split(' ').filter((w, i) => w !== 'how many troops did russia send'.split(' ')[i])[0]?.[0]).toBe('t');
  });
});
