/** Properties of the word tokenizer: offsets, coverage of every word character, folding, huge input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/search/analysis/fold.js';
import { tokenize, wordParts } from '../../../src/search/analysis/tokenize.js';

const RUNS = { numRuns: 200 };

/** News-like text: words, Dutch numbers, hyphens and elisions, punctuation, marks, Greek, astral letters. */
const PIECE = fc.constantFrom(
  'Tokajev', 'CSTO-lidstaten', "zo'n", 'zo’n', '8.000', '1,6', '2022', '1.2.3', 'a1.2', '12a', 'gecoördineerd', 'Armenië', 'e\u0301',
  '-', '--', "'", '’', '‐', '‑', '.', ',', ';', '!', '?', '(', ')', '“', '”', ' ', '  ', '\n', '\t', '\u00a0', '\u200b',
  'ΟΔΟΣ', 'ΑΣ', 'Σ', '😀', '𝐀𝐁', '\u0301', '\u0308', '٣', 'ⅻ', '½', 'x',
);
const NEWSY = fc.array(PIECE, { maxLength: 25 }).map((pieces) => pieces.join(''));
const TEXT = fc.oneof(NEWSY, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** `toLowerCase` picks σ or ς by what follows (Greek final sigma), so a word folds to ς alone but σ inside `ΑΣ.Α`. */
const sigma = (text: string): string => text.replace(/ς/gu, 'σ');

describe('tokenize (properties)', () => {
  it('gives non-empty tokens whose surface is the text at their offsets, in order, without overlap', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expect(token.surface.length).toBeGreaterThan(0);
          expect(token.end - token.start).toBe(token.surface.length);
          expect(text.slice(token.start, token.end)).toBe(token.surface);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
        }
      }),
      RUNS,
    );
  });

  it('loses no word character: every letter, digit and mark lies inside a token', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const covered = new Uint8Array(text.length);
        for (const token of tokenize(text)) covered.fill(1, token.start, token.end);
        let at = 0;
        for (const char of text) {
          if (WORD_CHAR.test(char)) expect({ at, char, covered: covered[at] === 1 }).toEqual({ at, char, covered: true });
          at += char.length;
        }
      }),
      RUNS,
    );
  });

  it('starts and ends every token on a word character, never on a joiner', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        for (const { surface } of tokenize(text)) {
          expect(surface).toMatch(/^[\p{L}\p{N}\p{M}]/u);
          expect(surface).toMatch(/[\p{L}\p{N}\p{M}]$/u);
        }
      }),
      RUNS,
    );
  });

  it('finds each folded token in the folded text', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const folded = sigma(fold(text));
        for (const { surface } of tokenize(text)) expect(folded).toContain(sigma(fold(surface)));
      }),
      RUNS,
    );
  });

  it('returns a token unchanged when it is tokenized on its own', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        for (const token of tokenize(text)) {
          expect(tokenize(token.surface)).toEqual([{ surface: token.surface, start: 0, end: token.surface.length, isNumber: token.isNumber }]);
        }
      }),
      RUNS,
    );
  });

  it('marks exactly the digit runs with Dutch separators as numbers, and keeps 8.000 and 1,6 whole', () => {
    const digits = fc.stringMatching(/^[0-9]{1,4}$/u);
    const number = fc.tuple(digits, fc.array(fc.tuple(fc.constantFrom('.', ','), digits), { maxLength: 3 })).map(([head, rest]) => head + rest.map(([sep, d]) => sep + d).join(''));
    fc.assert(
      fc.property(NEWSY, number, NEWSY, (before, figure, after) => {
        const text = `${before} ${figure} ${after}`;
        const tokens = tokenize(text);
        for (const token of tokens) expect(token.isNumber).toBe(/^\p{N}+(?:[.,]\p{N}+)*$/u.test(token.surface));
        expect(tokens).toContainEqual({ surface: figure, start: before.length + 1, end: before.length + 1 + figure.length, isNumber: true });
      }),
      RUNS,
    );
  });

  it('stays bounded on huge input: fewer tokens than characters, total token length within the text', () => {
    const huge = fc.tuple(fc.array(PIECE, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2_000, max: 20_000 })).map(([pieces, times]) => pieces.join('').repeat(times).slice(0, 200_000));
    fc.assert(
      fc.property(huge, (text) => {
        const tokens = tokenize(text);
        expect(tokens.length).toBeLessThanOrEqual(text.length);
        expect(tokens.reduce((sum, t) => sum + t.surface.length, 0)).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 8 },
    );
  });

  it('splits a word into its non-empty parts, losing only the joiners', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        for (const { surface } of tokenize(text)) {
          const parts = wordParts(surface);
          expect(parts.length).toBeGreaterThan(0);
          for (const part of parts) expect(part).toMatch(/^[^'’‐‑-]+$/u);
          expect(parts.join('')).toBe(surface.replace(/['’‐‑-]/gu, ''));
        }
      }),
      RUNS,
    );
  });
});
