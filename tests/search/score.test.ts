/** BM25 parts: inverse document frequency and term-frequency saturation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idf, tfNorm } from '../../src/search/score.js';

describe('idf', () => {
  it.each([
    [0, 10, Math.log(22)],
    [1, 10, Math.log(1 + 9.5 / 1.5)],
    [10, 10, Math.log(1 + 0.5 / 10.5)],
    [0, 0, Math.log(2)],
    [500, 1000, Math.log(2)],
  ])('idf(%d, %d) = %f', (matching, total, expected) => {
    expect(idf(matching, total)).toBeCloseTo(expected, 12);
  });

  it('is positive, and lower the more sentences share the idea (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (total, a, b) => {
        const [fewer, more] = [Math.min(a, b) % (total + 1), Math.max(a, b) % (total + 1)].sort((x, y) => x - y) as [number, number];
        expect(idf(more, total)).toBeGreaterThan(0);
        if (fewer < more) expect(idf(fewer, total)).toBeGreaterThan(idf(more, total));
        else expect(idf(fewer, total)).toBe(idf(more, total));
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('tfNorm', () => {
  it('is 0 without occurrences', () => {
    expect(tfNorm(0, 12, 10)).toBe(0);
    expect(tfNorm(-1, 12, 10)).toBe(0);
  });

  it('is 1 for one occurrence in a sentence of average length', () => {
    expect(tfNorm(1, 10, 10)).toBeCloseTo(1, 12);
  });

  it('weighs an occurrence in a shorter sentence more, in a longer one less', () => {
    expect(tfNorm(1, 5, 10)).toBeCloseTo(2.2 / (1 + 1.2 * (0.25 + 0.375)), 12);
    expect(tfNorm(1, 5, 10)).toBeGreaterThan(1);
    expect(tfNorm(1, 20, 10)).toBeLessThan(1);
  });

  it('reads an average length of 0 (an empty index) as 1', () => {
    expect(tfNorm(1, 1, 0)).toBe(tfNorm(1, 1, 1));
  });

  it('grows with the count, saturating below 2.2 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), fc.double({ min: 1, max: 100, noNaN: true }), (tf, length, average) => {
        const value = tfNorm(tf, length, average);
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThan(2.2);
        expect(tfNorm(tf + 1, length, average)).toBeGreaterThan(value);
        expect(tfNorm(tf, length + 1, average)).toBeLessThan(value);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
