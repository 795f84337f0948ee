/** Properties of case and diacritic folding, over arbitrary Unicode and over accented Dutch words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/search/analysis/fold.js';

const RUNS = { numRuns: 300 };

/** Latin letters, Dutch and other diacritics (precomposed and combining), curly quotes, dashes, Greek, Turkish İ. */
const ACCENTED = fc.string({
  unit: fc.constantFrom(...'aeiouAEIOUnNcCsSzZ'.split(''), 'ë', 'Ë', 'é', 'É', 'ï', 'ö', 'Ö', 'ü', 'ç', 'ñ', 'ß', 'ẞ', 'İ', 'ı', 'Σ', 'ς', 'Å', 'ø', 'Œ', '\u0301', '\u0308', '\u0327', '\u0303', '’', '‘', '`', '´', '‐', '‑', '–', '-', "'", ' ', '.'),
  maxLength: 30,
});
const ANY = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), ACCENTED);

describe('fold (properties)', () => {
  it('is idempotent: folding folded text changes nothing', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        const once = fold(text);
        expect(fold(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('leaves no upper case: the result is its own lower case', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        const folded = fold(text);
        expect(folded.toLowerCase()).toBe(folded);
      }),
      RUNS,
    );
  });

  it('leaves no combining marks, even when they were typed separately or stacked', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        expect(fold(text)).not.toMatch(/\p{M}/u);
      }),
      RUNS,
    );
  });

  it('maps curly apostrophes and the Unicode hyphens to their ASCII forms', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        expect(fold(text)).not.toMatch(/[’‘`´‐‑–]/u);
      }),
      RUNS,
    );
  });

  it('folds an accented word and its plain spelling to the same key', () => {
    const plainOf: Record<string, string> = { ë: 'e', é: 'e', è: 'e', ê: 'e', ï: 'i', ö: 'o', ó: 'o', ü: 'u', á: 'a', à: 'a', ç: 'c', ñ: 'n' };
    const letter = fc.constantFrom(...'abcdefghijklmnoprstuvwz'.split(''), ...Object.keys(plainOf));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 20 }), fc.boolean(), (letters, upper) => {
        const word = letters.join('');
        const plain = letters.map((l) => plainOf[l] ?? l).join('');
        // Decomposed (NFD) input, as some keyboards and PDFs produce it, folds the same as precomposed.
        expect(fold(upper ? word.toUpperCase() : word)).toBe(plain);
        expect(fold(word.normalize('NFD'))).toBe(plain);
      }),
      RUNS,
    );
  });

  it('never makes text longer than its canonical decomposition', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        // Marks go; the one letter whose lower case is longer (İ → i̇) has already been decomposed by NFD.
        expect(fold(text).length).toBeLessThanOrEqual(text.normalize('NFD').length);
      }),
      RUNS,
    );
  });
});
