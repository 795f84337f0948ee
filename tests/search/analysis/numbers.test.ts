/** Canonical numbers: `8.000` (Dutch), `8,000` (English) and `8000` meet; `1,6` and `1.6` meet. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber } from '../../../src/search/analysis/numbers.js';

/** `n` written with `separator` between groups of three digits. */
const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(?:\d{3})+$)/gu, separator);

describe('canonicalNumber', () => {
  it.each([
    ['8.000', '8000'],
    ['8,000', '8000'],
    ['8000', '8000'],
    ['20.000', '20000'],
    ['1.600.000', '1600000'],
    ['1,600,000', '1600000'],
    ['164', '164'],
    ['1,6', '1.6'],
    ['1.6', '1.6'],
    ['0,5', '0.5'],
    ['12,75', '12.75'],
    // Not groups of exactly three digits: a decimal mark.
    ['1.2345', '1.2345'],
    ['1234.567', '1234.567'],
    ['8.00', '8.00'],
  ])('%s → %s', (written, canonical) => {
    expect(canonicalNumber(written)).toBe(canonical);
  });

  it('makes Dutch, English and plain spellings of a whole number meet (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect([canonicalNumber(grouped(n, '.')), canonicalNumber(grouped(n, ',')), canonicalNumber(String(n))]).toEqual([String(n), String(n), String(n)]);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });

  it('reads a comma or point before other than three digits as the decimal mark (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/u), fc.constantFrom(',', '.'), (whole, fraction, mark) => {
        expect(canonicalNumber(`${whole}${mark}${fraction}`)).toBe(`${whole}.${fraction}`);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });

  // Found by this test and fixed: with both separators ("2.500,50" in Dutch, "2,500.50" in English) the thousands separator
  // is kept and the decimal comma becomes a point, contrary to the rule in the module comment.
  it('reads thousands and decimals together (counterexample: "2.500,50" → "2.500.50")', () => {
    expect(canonicalNumber('2.500,50')).toBe('2500.50');
    expect(canonicalNumber('2,500.50')).toBe('2500.50');
  });
});
