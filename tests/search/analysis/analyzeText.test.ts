import { describe, expect, it } from 'vitest';
import { analyzeText, type AnalyzerContext } from '../../../src/search/analysis/analyzeText.js';
import { splitCompound, type Vocabulary } from '../../../src/search/analysis/decompound.js';
import { fold } from '../../../src/search/analysis/fold.js';
import { canonicalNumber } from '../../../src/search/analysis/numbers.js';
import { stem } from '../../../src/search/analysis/stem.js';
import { isStopword } from '../../../src/search/analysis/stopwords.js';
import { tokenize } from '../../../src/search/analysis/tokenize.js';

const words = (list: string): Set<string> => new Set(list.split(' '));
function context(vocabulary: string): AnalyzerContext {
  const known = words(vocabulary);
  const stems = new Set([...known].map((w) => stem(w, 'nl')));
  return { language: 'nl', vocabulary: known, properNouns: new Set(), compoundParts: { isWord: (w) => known.has(w), hasStem: (w) => stems.has(stem(w, 'nl')) } };
}

describe('fold', () => {
  it.each([
    ['Armenië', 'armenie'],
    ['Oekraïne', 'oekraine'],
    ['gecoördineerd', 'gecoordineerd'],
    ['Kirgizië', 'kirgizie'],
    ["zo’n", "zo'n"],
  ])('%s → %s', (word, folded) => expect(fold(word)).toBe(folded));
});

describe('numbers', () => {
  it.each([
    ['8.000', '8000'],
    ['20.000', '20000'],
    ['8,000', '8000'],
    ['1,6', '1.6'],
    ['1.6', '1.6'],
    ['164', '164'],
    ['1.600.000', '1600000'],
  ])('%s → %s', (written, canonical) => expect(canonicalNumber(written)).toBe(canonical));

  it('tokenizes numbers whole and keeps hyphenated words and zo’n together', () => {
    const text = "Bijna 8.000 mensen, zo'n 1,6 miljoen vaten, CSTO-lidstaten en de 81-jarige.";
    expect(tokenize(text).map((t) => t.surface)).toEqual(['Bijna', '8.000', 'mensen', "zo'n", '1,6', 'miljoen', 'vaten', 'CSTO-lidstaten', 'en', 'de', '81-jarige']);
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.surface);
  });
});

describe('stop words', () => {
  it.each(['de', 'het', 'een', 'the', 'of', 'was'])('drops %s', (w) => expect(isStopword(w, ['nl', 'en'])).toBe(true));
  it.each(['hoeveel', 'bijna', 'ruim', 'minstens', 'twee', 'dertien', 'duizend', 'many', 'troepen'])('keeps %s', (w) => expect(isStopword(w, ['nl', 'en'])).toBe(false));
});

describe('analyzeText', () => {
  const terms = (text: string, vocabulary = ''): { words: string[]; parts: string[] } => {
    const analysed = analyzeText(text, context(vocabulary));
    return { words: analysed.words.map((t) => t.term), parts: analysed.parts.map((t) => t.term) };
  };

  it('indexes numbers in canonical form', () => {
    expect(terms('bijna 8.000 mensen').words).toEqual(['bijna', '8000', 'mens']);
  });
  it('keeps hyphenated words whole and findable by their parts', () => {
    expect(terms('CSTO-lidstaten').words).toEqual(['csto-lidstaat']);
    expect(terms('CSTO-lidstaten').parts).toEqual(expect.arrayContaining(['csto', 'lidstaat']));
    expect(terms('Wit-Rusland').parts).toEqual(expect.arrayContaining(['wit', 'rusland']));
    expect(terms('olie-installaties').parts).toContain(stem('olie', 'nl'));
  });
  it('finds the name inside a possessive', () => {
    expect(terms('Nazarbajevs rechterhand', 'nazarbajev').parts).toContain('nazarbajev');
  });
  it('splits compounds against known words', () => {
    expect(terms('brandstofprijzen', 'brandstof prijs').parts).toEqual(expect.arrayContaining(['brandstof', 'prijs']));
    expect(terms('veiligheidsdiensten', 'veiligheid dienst').parts).toEqual(expect.arrayContaining([stem('veiligheid', 'nl'), 'dienst']));
    expect(terms('troepenmacht', 'troepen macht').parts).toEqual(expect.arrayContaining(['troep', 'macht']));
  });
  it('drops stop words', () => {
    expect(terms('de troepen van het land').words).toEqual(['troep', 'land']);
  });
  it('gives offsets into the original text', () => {
    const text = 'De Kazachse president Tokajev.';
    const analysed = analyzeText(text, context(''));
    expect(analysed.words.map((t) => text.slice(t.start, t.end))).toEqual(['Kazachse', 'president', 'Tokajev']);
  });
});

describe('splitCompound', () => {
  const known = (list: string): Vocabulary => {
    const surfaces = new Set(list.split(' '));
    const stems = new Set(list.split(' ').map((w) => stem(w, 'nl')));
    return { isWord: (w) => surfaces.has(w), hasStem: (w) => stems.has(stem(w, 'nl')) };
  };
  it.each([
    ['troepenmacht', 'troepen macht', ['troepen', 'macht']],
    ['munitiedepots', 'munitie depots', ['munitie', 'depots']],
    ['veiligheidsdiensten', 'veiligheid diensten', ['veiligheid', 'diensten']],
    ['brandstofprijzen', 'brandstof prijs', ['brandstof', 'prijzen']],
    ['burgemeesterskantoor', 'burgemeester kantoor', ['burgemeester', 'kantoor']],
    ['olieprijsstijging', 'olie prijs stijging', ['olie', 'prijs', 'stijging']],
  ])('%s → parts', (word, vocabulary, parts) => {
    expect(splitCompound(word, known(vocabulary))).toEqual(parts);
  });
  it.each([
    ['bevolking', 'king volk'],
    ['onthoofd', 'hoofd'],
    ['verschenen', 'schenen'],
    ['overleden', 'leden'],
    ['aanvallen', 'vallen allen'],
    ['toegezegd', 'gezegd'],
    ['probeerde', 'eerde'],
    ['tijdelijk', 'tijd lijk'],
    ['handhaving', 'hand'],
    ['munitiedepots', 'depots'],
  ])('leaves %s whole', (word, vocabulary) => {
    expect(splitCompound(word, known(vocabulary))).toEqual([]);
  });
});

describe('tokens longer than any word', () => {
  it('are kept whole: not split into compounds, not stemmed (so analysis stays linear in the input)', async () => {
    const { splitCompound } = await import('../../../src/search/analysis/decompound.js');
    const { stem, MAX_WORD_LENGTH } = await import('../../../src/search/analysis/stem.js');
    const long = 'troepen'.repeat(Math.ceil((MAX_WORD_LENGTH + 1) / 7));
    const vocabulary = { isWord: (w: string) => w === 'troepen', hasStem: () => false };
    expect(splitCompound(long, vocabulary)).toEqual([]);
    expect(stem(long, 'nl')).toBe(long);
    expect(splitCompound('troepentroepen', vocabulary)).toEqual(['troepen', 'troepen']);
  });
});
