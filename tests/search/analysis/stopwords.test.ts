/** Function words per language; words that carry a question's meaning are never among them. */
import { describe, expect, it } from 'vitest';
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS, isStopword } from '../../../src/search/analysis/stopwords.js';
import { isNumberWord } from '../../../src/text/numberWords.js';

describe('isStopword', () => {
  it.each([
    ['de', ['nl'], true],
    ['het', ['nl'], true],
    ["'t", ['nl'], true],
    ['de', ['en'], false],
    ['the', ['en'], true],
    ['the', ['nl'], false],
    ['the', ['nl', 'en'], true],
    ['de', ['en', 'nl'], true],
    ['de', [], false],
    ['doesnt', ['en'], true],
    // Past modals and pointing adverbs of direction ("mochten ze binnenkomen", "waarom sturen ze soldaten daarheen").
    ['mochten', ['nl'], true],
    ['moesten', ['nl'], true],
    ['daarheen', ['nl'], true],
    // Content words.
    ['tokajev', ['nl', 'en'], false],
    ['arrestaties', ['nl', 'en'], false],
    ['troops', ['nl', 'en'], false],
    // Case and diacritics are folded before the look-up: the lists hold folded words only.
    ['De', ['nl'], false],
  ] as const)('%j in %j → %s', (word, languages, expected) => {
    expect(isStopword(word, languages)).toBe(expected);
  });

  it.each([
    // Question words, read by the query parser before stop words are dropped.
    'wie', 'wat', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'who', 'what', 'where', 'when', 'why', 'how', 'which',
    // Quantity qualifiers.
    'bijna', 'ruim', 'minstens', 'hooguit', 'nearly', 'almost', 'least',
    // Number words.
    'twee', 'duizend', 'tientallen', 'two', 'thousand', 'dozens',
  ])('keeps %s, which can carry the meaning of a question', (word) => {
    expect(isStopword(word, ['nl', 'en'])).toBe(false);
  });

  it('holds only folded, lowercase words without spaces', () => {
    const all = [...DUTCH_STOPWORDS, ...ENGLISH_STOPWORDS];
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((word) => word === '' || /[\sA-Z]/u.test(word) || word.normalize('NFD') !== word)).toEqual([]);
  });

  it('lists no English number word as an English stop word', () => {
    expect([...ENGLISH_STOPWORDS].filter(isNumberWord)).toEqual([]);
  });

  // Found by this test and fixed (inconsistency): the module says number words are never stop words, but `enkele` ("several"),
  // which numberWords lists among the indefinite amounts that answer "how many", is a Dutch stop word.
  it('lists no Dutch number word as a Dutch stop word (counterexample: "enkele")', () => {
    expect([...DUTCH_STOPWORDS].filter(isNumberWord)).toEqual([]);
  });
});
