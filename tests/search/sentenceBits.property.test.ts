/** A bitmap of sentence ids: members in id order, counted once, cleared between uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsFor, lazySentenceFlags, SentenceBits } from '../../src/search/sentenceBits.js';

describe('SentenceBits (properties)', () => {
  it('gives back the distinct ids added, ascending, and counts only the new ones', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 999 }), { maxLength: 200 }), { maxLength: 4 }), (batches) => {
        const bits = new SentenceBits(1000);
        const all = new Set<number>();
        for (const batch of batches) {
          const before = all.size;
          for (const id of batch) all.add(id);
          expect(bits.addAll(batch)).toBe(all.size - before);
        }
        expect([...bits.ids()]).toEqual([...all].sort((x, y) => x - y));
      }),
    );
  });

  it('is reused per index and use, and comes back cleared', () => {
    const index = {};
    const first = bitsFor(index, 'gathered', 100);
    first.add(7);
    first.add(99);
    const again = bitsFor(index, 'gathered', 100);
    expect(again).toBe(first);
    expect([...again.ids()]).toEqual([]);
    expect(bitsFor(index, 'other', 100)).not.toBe(first);
  });
});

describe('lazySentenceFlags', () => {
  it('fills the flags once, on the first question asked, and answers from them after', () => {
    let fills = 0;
    const flag = lazySentenceFlags(4, (flags) => {
      fills++;
      flags[1] = 1;
      flags[3] = 1;
    });
    expect(fills).toBe(0);
    expect([0, 1, 2, 3].map(flag)).toEqual([false, true, false, true]);
    expect(fills).toBe(1);
  });
});
