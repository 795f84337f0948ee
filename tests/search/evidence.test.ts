/** Strong evidence: a sentence word that resembles a glossary form itself, not only its stem. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/search/analysis/analyzeText.js';
import { canBeEvidence, isFormOf, resembles, stronglyMatches } from '../../src/search/evidence.js';
import { WEAKEST_STAND_IN } from '../../src/search/query/expandQuery.js';

describe('resembles', () => {
  it.each([
    ['arrestatie', 'arrestatie', true],
    // Participles compared without their `ge`.
    ['gearresteerd', 'arrestatie', true],
    ['arrestaties', 'gearresteerd', true],
    ['troepenmacht', 'troepen', true],
    // Short words need only share what they have.
    ['mens', 'mensen', true],
    ['csto', 'csto', true],
    // Stem look-alikes: `gebeurd` (happened) and `beurs` (stock exchange) share the stem `beur`.
    ['gebeurd', 'beurs', false],
    ['beurs', 'gebeurd', false],
    ['gedood', 'doden', false],
    ['leger', 'legering', true],
    ['troepen', 'tropen', false],
  ])('%s ~ %s: %s', (sentenceForm, glossaryForm, expected) => {
    expect(resembles(sentenceForm, glossaryForm)).toBe(expected);
  });

  it('is reflexive and symmetric (property)', () => {
    const word = fc.oneof(fc.stringMatching(/^(?:ge)?[a-z]{1,10}$/u), fc.constantFrom('gearresteerd', 'arrestatie', 'gebeurd', 'beurs', 'mens'));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(resembles(a, a)).toBe(true);
        expect(resembles(a, b)).toBe(resembles(b, a));
      }),
      { seed: 20220106, numRuns: 500 },
    );
  });

  it('holds for any two words that share their first five letters (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{5}$/u), fc.stringMatching(/^[a-z]{0,6}$/u), fc.stringMatching(/^[a-z]{0,6}$/u), (stem, x, y) => {
        expect(resembles(stem + x, stem + y)).toBe(true);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('stronglyMatches', () => {
  const at = (term: string, form: string, start: number): Term => ({ term, form, start, end: start + form.length });
  const sentence: Term[] = [at('gebeur', 'gebeurd', 0), at('arresteer', 'gearresteerd', 8), at('mens', 'mensen', 21)];

  it('is true when a word carrying the term resembles a glossary form', () => {
    expect(stronglyMatches(sentence, 'arresteer', ['arrestatie', 'arrest'])).toBe(true);
    expect(stronglyMatches(sentence, 'mens', ['mensen'])).toBe(true);
  });

  it('is false for a stem coincidence', () => {
    // As if the glossary's `beurs` were stemmed to the sentence's term.
    expect(stronglyMatches(sentence, 'gebeur', ['beurs', 'aandelenbeurs'])).toBe(false);
  });

  it('needs the word to carry the term itself', () => {
    expect(stronglyMatches(sentence, 'arresteer', ['mensen'])).toBe(false);
    expect(stronglyMatches(sentence, 'troep', ['gearresteerd'])).toBe(false);
  });

  it('is false without forms or without words', () => {
    expect(stronglyMatches(sentence, 'arresteer', [])).toBe(false);
    expect(stronglyMatches([], 'arresteer', ['arrestatie'])).toBe(false);
  });
});

describe('canBeEvidence', () => {
  const glossary = (weight: number) => ({ terms: ['relschopper'], weight, kind: 'glossary' as const, forms: ['relschoppers'] });

  it('takes a glossary word as strong as a whole stand-in, not a weaker lead (a stand-in of a related concept)', () => {
    expect(canBeEvidence(glossary(WEAKEST_STAND_IN))).toBe(true);
    expect(canBeEvidence(glossary(0.85))).toBe(true);
    expect(canBeEvidence(glossary(WEAKEST_STAND_IN - 0.01))).toBe(false);
  });

  it('takes the word itself however it weighs, never a WordNet guess or a glossary word without forms', () => {
    expect(canBeEvidence({ terms: ['almaty'], weight: 0.1, kind: 'exact' })).toBe(true);
    expect(canBeEvidence({ terms: ['vecht'], weight: 0.5, kind: 'bridge' })).toBe(false);
    expect(canBeEvidence({ terms: ['vecht'], weight: 0.85, kind: 'glossary' })).toBe(false);
  });
});

describe('isFormOf', () => {
  it('takes a listed form, and a look-alike only when the glossary lists it nowhere', () => {
    expect(isFormOf('regeerde', ['regeerde', 'regeren'])).toBe(true);
    expect(isFormOf('regering', ['regeerde', 'regeren'])).toBe(true);
    expect(isFormOf('regering', ['regeerde', 'regeren'], new Set(['regering']))).toBe(false);
    expect(isFormOf('regering', ['regering'], new Set(['regering']))).toBe(true);
  });
});
