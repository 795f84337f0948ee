/** Chat shorthand read as what it stands for: "20k" is 20000, "ppl" people. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandChatForms, expandShorthand } from '../../../src/search/query/shorthand.js';

describe('expandShorthand', () => {
  it.each([
    ['20k', '20000'],
    ['8k', '8000'],
    ['1,5m', '1500000'],
    ['1,6m', '1600000'],
    ['4,35m', '4350000'],
    ['2.5bn', '2500000000'],
    ['3mln', '3000000'],
    ['10mn', '10000000'],
    ['0,1k', '100'],
  ])('%s → the number %s', (typed, value) => {
    expect(expandShorthand(typed)).toEqual({ word: value, isNumber: true });
  });

  it.each([
    ['ppl', 'people'],
    ['smth', 'something'],
    ['paras', 'paratroopers'],
    ['govt', 'government'],
    ['incl', 'including'],
    ['excl', 'excluding'],
    ['gov', 'government'],
    ['pres', 'president'],
    ['intl', 'international'],
    ['yrs', 'years'],
    ['mln', 'miljoen'],
    ['mld', 'miljard'],
  ])('%s → the word %s', (typed, word) => {
    expect(expandShorthand(typed)).toEqual({ word, isNumber: false });
  });

  it.each([
    ['troepen'],
    ['csto'],
    ['8000'],
    // Folded input only: capitals are not shorthand.
    ['20K'],
    // A unit, not a multiplier.
    ['20km'],
    ['k'],
    // Not a whole number: 1234.5.
    ['1,2345k'],
    // Beyond what a number can hold exactly.
    ['9007199254740993k'],
    // Names of what every object has are words like any other.
    ['constructor'],
    ['tostring'],
    ['__proto__'],
  ])('%s is no shorthand', (typed) => {
    expect(expandShorthand(typed)).toBeUndefined();
  });

  it('multiplies any whole number by its suffix (property)', () => {
    const suffixes: Array<[string, bigint]> = [['k', 1_000n], ['m', 1_000_000n], ['mn', 1_000_000n], ['mln', 1_000_000n], ['bn', 1_000_000_000n]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(...suffixes), (n, [suffix, factor]) => {
        expect(expandShorthand(`${n}${suffix}`)).toEqual({ word: String(BigInt(n) * factor), isNumber: true });
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });

  // Found by this test and fixed: the value is computed in floating point and dropped when the product is not a safe integer,
  // so a scaled number with two decimals is sometimes not read at all: 2.01 × 1000 = 2009.9999999999998.
  // Counterexamples: "2,01k", "4.06k", "8.19k" → undefined (expected 2010, 4060, 8190).
  it('reads two decimals before a suffix exactly (counterexample: "2,01k" → undefined)', () => {
    expect(expandShorthand('2,01k')).toEqual({ word: '2010', isNumber: true });
    expect(expandShorthand('4.06k')).toEqual({ word: '4060', isNumber: true });
    expect(expandShorthand('8.19k')).toEqual({ word: '8190', isNumber: true });
  });
});

describe('expandChatForms', () => {
  it.each([
    ['who authorised troops to open fire w/o warning', 'who authorised troops to open fire without warning'],
    ['is Moscow in talks w/ allies', 'is Moscow in talks with  allies'],
    ['where were they trained acc to tokayev', 'where were they trained according to tokayev'],
    ['wat did putin say abt colour revolutions', 'wat did putin say about colour revolutions'],
    ['gimme the line on the blackout', 'give me the line on the blackout'],
    ['shops reopening etc?', 'shops reopening ?'],
    ['countrywide body count?', 'countrywide death toll?'],
    ['like nato art 5?', 'like nato article 5?'],
    ['zoals art. 5 van de navo', 'zoals article 5 van de navo'],
    ["who's running almaty airport rn", "who's running almaty airport right now"],
    ['how many troops atm', 'how many troops at the moment'],
    ['terrorists stormed what, acc tokayev', 'terrorists stormed what, according to tokayev'],
    ['coordinated attacks acc. putin?', 'coordinated attacks according to putin?'],
    ['talks w who re the op', 'talks with who about the op'],
    ['csto intel sharing y/n', 'csto intel sharing?'],
    ['klopt dat, ja/nee', 'klopt dat,?'],
    ['how was the airport lost in the 1st place', 'how was the airport lost in the first place'],
    ['what did the 2nd article say', 'what did the second article say'],
    ['wie coordineerde de militanten vlgs tokajev', 'wie coordineerde de militanten volgens tokajev'],
    ['did the csto ever say no to a member', 'did the csto ever refused a member'],
    ['civilian deaths figure the govt posted on socials', 'civilian deaths figure the govt posted on social media'],
    ['what is the csto exactly, quick defn', 'what is the csto exactly, quick definition'],
    ["the 'at least' nr", "the 'at least' number"],
    ['why did the csto say no to kyrgyzstan', 'why did the csto refused kyrgyzstan'],
    ['ontslagen ivm de onrust?', 'ontslagen in verband met de onrust?'],
    ['wat zei poetin mbt de csto', 'wat zei poetin met betrekking tot de csto'],
    ['zijn de zgn. terroristen gepakt', 'zijn de zogenaamde terroristen gepakt'],
    ['is nazarbajev wss gevlucht', 'is nazarbajev waarschijnlijk gevlucht'],
  ])('%j reads as %j', (text, read) => {
    expect(expandChatForms(text)).toBe(read);
  });

  it('leaves words that merely contain the forms alone', () => {
    for (const text of ['accused', 'the accord to end it', 'abtract', 'etcetera', 'how/why', 'w', 'art in almaty', 'the party 5', "we're saying 10,000", 'they’re allowed to', 'W Bush said', 'the re-run', 'since jan 1st', 'on the 1st of january', 'the 21st century', 'op 2nd mei', 'de vlag', 'bivak', 'totaal', 'mssion', 'say no more', 'they said no']) expect(expandChatForms(text)).toBe(text);
  });
});
