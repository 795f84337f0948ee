/** A four-digit number is a year ("in 2010") or a count ("2000 militairen"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/search/analysis/fold.js';
import { tokenize } from '../../../src/search/analysis/tokenize.js';
import { isYearAt } from '../../../src/search/analysis/years.js';

/** The surfaces of the tokens of `text` read as years. */
function years(text: string): string[] {
  const tokens = tokenize(text);
  const words = tokens.map((t) => fold(t.surface));
  return tokens.filter((_, i) => isYearAt(tokens, words, i)).map((t) => t.surface);
}

describe('isYearAt', () => {
  it.each([
    ['In 2010 verzocht Kirgizië de CSTO om militaire hulp.', ['2010']],
    ['de volksopstand in Oekraïne van 2013 en 2014', ['2013', '2014']],
    ['Sinds 2019 is Tokajev president.', ['2019']],
    ['Eind 2021 begonnen de protesten.', ['2021']],
    ['since 2019 troops have been stationed there', ['2019']],
    // No noun after it: nothing for it to count.
    ['Het gebeurde in januari 2022', ['2022']],
    ['De cijfers van 1999', ['1999']],
    // A number after it: a span of years.
    ['Cijfers 2021 2022 liggen klaar', ['2021']],
  ])('%j → %j', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each([
    ['Ruim 2000 militairen gingen naar Kazachstan.'],
    ['Er vielen 1999 doden.'],
    ['bijna 8.000 mensen zijn gearresteerd'],
    ['De 164 doden zijn niet meegeteld.'],
    // Only 1800–2099 can be years.
    ['in 1799'],
    ['in 2100'],
    ['in 20100'],
  ])('reads no year in %j', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('is false outside the tokens and for words', () => {
    const tokens = tokenize('in 2010');
    const words = tokens.map((t) => fold(t.surface));
    expect(isYearAt(tokens, words, 1)).toBe(true);
    expect([isYearAt(tokens, words, 0), isYearAt(tokens, words, 2), isYearAt(tokens, words, -1)]).toEqual([false, false, false]);
  });

  it('reads any 1800–2099 after "in" as a year, and no number below 1800 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2200 }), fc.constantFrom('militairen', 'doden', 'troops'), (n, noun) => {
        const inYear = n >= 1800 && n <= 2099;
        expect(years(`in ${n} ${noun}`)).toEqual(inYear ? [String(n)] : []);
        expect(years(`ruim ${n} ${noun}`)).toEqual([]);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
