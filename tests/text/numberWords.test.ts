/** Dutch and English number words: recognised as figures, and Dutch ones read as values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchNumberValue, dutchNumberWord, INDEFINITE_AMOUNTS, isNumberWord, MULTIPLIERS } from '../../src/text/numberWords.js';

const UNITS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** How a Dutch paper spells 1–999.999 as one word, folded (`tweeëntwintig` → `tweeentwintig`). */
function spellDutch(n: number): string {
  const below100 = (m: number): string => {
    if (m < 10) return UNITS[m] ?? '';
    if (m < 20) return TEENS[m - 10] ?? '';
    const unit = m % 10;
    const tens = TENS[Math.floor(m / 10)] ?? '';
    return unit === 0 ? tens : `${UNITS[unit]}en${tens}`;
  };
  const below1000 = (m: number): string => {
    const hundreds = Math.floor(m / 100);
    const rest = m % 100;
    return `${hundreds === 0 ? '' : `${hundreds === 1 ? '' : UNITS[hundreds]}honderd`}${rest === 0 ? '' : below100(rest)}`;
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands === 0 ? '' : `${thousands === 1 ? '' : below1000(thousands)}duizend`}${rest === 0 ? '' : below1000(rest)}`;
}

describe('isNumberWord', () => {
  it.each([
    'twee', 'dertien', 'vijfentwintig', 'tweeentwintig', 'tweeduizend', 'driehonderdvijftig', 'honderd', 'miljoen',
    'tientallen', 'honderden', 'duizenden', 'honderdduizenden', 'talloze', 'dozijn',
    'twenty', 'hundred', 'thousands', 'dozens', 'million',
  ])('%s states a number', (word) => {
    expect(isNumberWord(word)).toBe(true);
  });

  it.each([
    // `een`/`one` are mostly "a".
    'een', 'one',
    // Ordinals and words that merely start like a number.
    'tweede', 'achtste', 'tiener', 'vieren', 'zestigers', 'elfje',
    'troepen', 'arrestaties', '', '8000',
  ])('%j is no number word', (word) => {
    expect(isNumberWord(word)).toBe(false);
  });

  it('recognises every Dutch number from 2 to 999.999 written as one word (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
        expect(isNumberWord(spellDutch(n))).toBe(true);
      }),
      { seed: 20220106, numRuns: 500 },
    );
  });
});

describe('dutchNumberValue', () => {
  it.each([
    ['dertien', 13],
    ['tweeduizend', 2000],
    ['vijfentwintig', 25],
    ['tweeentwintig', 22],
    ['driehonderdvijftig', 350],
    ['honderd', 100],
    ['duizend', 1000],
    ['honderdeen', 101],
    ['duizendachttien', 1018],
    ['vijfentwintighonderd', 2500],
    ['tweehonderdduizend', 200_000],
    ['honderdvijftigduizend', 150_000],
    ['tweemiljoen', 2_000_000],
    ['miljard', 1_000_000_000],
    ['een', 1],
  ])('%s → %d', (word, value) => {
    expect(dutchNumberValue(word)).toBe(value);
  });

  it.each(['tientallen', 'honderden', 'twenty', 'tweede', 'twee duizend', '', '8000'])('%j has no value', (word) => {
    expect(dutchNumberValue(word)).toBeUndefined();
  });

  it('reads every Dutch number from 1 to 999.999 back to its value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(dutchNumberValue(spellDutch(n))).toBe(n);
      }),
      { seed: 20220106, numRuns: 1000 },
    );
  });

  it('reads millions and billions on top of a spelled amount', () => {
    expect(dutchNumberValue(`${spellDutch(16)}miljoen`)).toBe(16_000_000);
    expect(dutchNumberValue(`driemiljard${spellDutch(450)}miljoen`)).toBe(3_450_000_000);
  });
});

describe('INDEFINITE_AMOUNTS and MULTIPLIERS', () => {
  it('gives the least each indefinite amount can mean', () => {
    expect(INDEFINITE_AMOUNTS.tientallen).toBe(20);
    expect(INDEFINITE_AMOUNTS.duizenden).toBe(2000);
    expect(INDEFINITE_AMOUNTS.dozens).toBe(24);
    expect(INDEFINITE_AMOUNTS.tweeduizend).toBeUndefined();
  });

  it('lists only words that are number words themselves', () => {
    const amounts = Object.keys(INDEFINITE_AMOUNTS);
    expect(amounts.length).toBeGreaterThan(5);
    expect(amounts.filter((word) => !isNumberWord(word))).toEqual([]);
  });

  it('agrees with dutchNumberValue on the Dutch multipliers', () => {
    expect(['duizend', 'miljoen', 'miljard'].map((word) => [MULTIPLIERS[word], dutchNumberValue(word)])).toEqual([
      [1000, 1000],
      [1_000_000, 1_000_000],
      [1_000_000_000, 1_000_000_000],
    ]);
    expect(MULTIPLIERS.mln).toBe(1_000_000);
    expect(MULTIPLIERS.billion).toBe(1_000_000_000);
  });
});

describe('dutchNumberWord', () => {
  it.each([
    [2, 'twee'],
    [13, 'dertien'],
    [20, 'twintig'],
    [25, 'vijfentwintig'],
    [22, 'tweeëntwintig'],
    [100, 'honderd'],
    [300, 'driehonderd'],
    [2000, 'tweeduizend'],
    [16000, 'zestienduizend'],
  ])('%i is %s', (value, word) => {
    expect(dutchNumberWord(value)).toBe(word);
  });

  it('has no word for 1 (mostly "a"), fractions or numbers it does not write', () => {
    for (const value of [1, 0, -3, 2.5, 101, 1234, 150_000]) expect(dutchNumberWord(value)).toBeUndefined();
  });

  it('is read back as the value it writes (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 1, max: 9 }).map((n) => n * 100), fc.integer({ min: 1, max: 99 }).map((n) => n * 1000)), (value) => {
        const word = dutchNumberWord(value) as string;
        expect(dutchNumberValue(word.replace('ë', 'e'))).toBe(value);
      }),
    );
  });
});
