/** Dutch compounds split against a vocabulary of known words, without over-splitting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCompound, type Vocabulary } from '../../../src/search/analysis/decompound.js';

/** `words` occur as such; `stems` only share a stem with a word that occurs. */
const vocabulary = (words: readonly string[], stems: readonly string[] = []): Vocabulary => ({
  isWord: (word) => words.includes(word),
  hasStem: (word) => words.includes(word) || stems.includes(word),
});

const NEWS = vocabulary(['troep', 'troepen', 'macht', 'veiligheid', 'diensten', 'brand', 'stof', 'prijzen', 'lid', 'staten', 'volk', 'opstand', 'vrede', 'over', 'leden', 'tijd', 'lijk', 'zeker', 'heid', 'eren', 'wapen', 'leveringen']);

describe('splitCompound', () => {
  it.each([
    ['troepenmacht', ['troep', 'macht']],
    ['veiligheidsdiensten', ['veiligheid', 'diensten']],
    ['volksopstand', ['volk', 'opstand']],
    ['vredesmacht', ['vrede', 'macht']],
    ['lidstaten', ['lid', 'staten']],
    ['wapenleveringen', ['wapen', 'leveringen']],
    // Three parts: the modifier is split again.
    ['brandstofprijzen', ['brand', 'stof', 'prijzen']],
  ])('%s → %j', (word, parts) => {
    expect(splitCompound(word, NEWS)).toEqual(parts);
  });

  it.each([
    // A verb particle is never a modifier: `overleden` is not over + leden.
    ['overleden'],
    // Suffixes that happen to be words never head: `tijdelijk` is not tijd + lijk.
    ['tijdelijk'],
    ['zekerheid'],
    // Parts that are not known words.
    ['gevechten'],
    ['almaty'],
    // Too short to hold a modifier of three and a head of four letters.
    ['lidstat'],
  ])('leaves %s whole', (word) => {
    expect(splitCompound(word, NEWS)).toEqual([]);
  });

  it('takes a head that only shares a stem with a known word from five letters, not four', () => {
    expect(splitCompound('vredesprijs', vocabulary(['vrede'], ['prijs']))).toEqual(['vrede', 'prijs']);
    expect(splitCompound('vredestaal', vocabulary(['vrede'], ['taal']))).toEqual([]);
    expect(splitCompound('vredestaal', vocabulary(['vrede', 'taal']))).toEqual(['vrede', 'taal']);
  });

  it('needs a modifier of at least three letters', () => {
    expect(splitCompound('exbondgenoot', vocabulary(['ex', 'bondgenoot']))).toEqual([]);
    expect(splitCompound('oudbondgenoot', vocabulary(['oud', 'bondgenoot']))).toEqual(['oud', 'bondgenoot']);
  });

  it('does not analyse a token longer than any word', () => {
    const word = `${'troepen'.repeat(10)}macht`;
    expect(word.length).toBeGreaterThan(64);
    expect(splitCompound(word, NEWS)).toEqual([]);
  });

  const PARTS = ['troep', 'macht', 'brand', 'stof', 'prijzen', 'volk', 'opstand', 'wapen', 'vrede', 'dienst', 'land'];
  const KNOWN = vocabulary(PARTS);

  /** Parts, modifier(s) first, and the word they spell with a linking sound after each modifier. */
  const COMPOUND = fc.array(fc.tuple(fc.constantFrom(...PARTS), fc.constantFrom('', 's', 'e', 'en')), { minLength: 2, maxLength: 4 }).map((pieces) => ({
    parts: pieces.map(([part]) => part),
    word: pieces.map(([part, link], i) => (i === pieces.length - 1 ? part : part + link)).join(''),
  }));

  /** The split is a valid reading of the word: known parts that, with linking sounds, spell it and end in its head. */
  const expectValidSplit = (word: string, split: readonly string[]): void => {
    expect(split.length).toBeGreaterThanOrEqual(2);
    expect(split.filter((part) => !KNOWN.isWord(part))).toEqual([]);
    expect(word.endsWith(split.at(-1)!)).toBe(true);
    expect(word).toMatch(new RegExp(`^${split.join('(?:s|en|e)?')}$`, 'u'));
  };

  it('splits every compound of two to four known parts, into a valid reading ending in its head (property)', () => {
    fc.assert(
      fc.property(COMPOUND, ({ parts, word }) => {
        const split = splitCompound(word, KNOWN);
        expectValidSplit(word, split);
        expect(split.at(-1)).toBe(parts.at(-1));
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });

  it('gives nothing or a valid reading for any other word (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{7,20}$/u), (word) => {
        const split = splitCompound(word, KNOWN);
        if (split.length > 0) expectValidSplit(word, split);
        else expect(split).toEqual([]);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
