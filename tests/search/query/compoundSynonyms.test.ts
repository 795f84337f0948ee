import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compoundSynonyms } from '../../../src/search/query/compoundSynonyms.js';

const SAME = [['baas', 'chef'], ['top', 'leiding'], ['dienst', 'apparaat']];
const sameMeaning = (a: string, b: string): boolean => SAME.some(([x, y]) => (a === x && b === y) || (a === y && b === x));

describe('compoundSynonyms', () => {
  const words = new Set(['politiechef', 'politie', 'legerleiding', 'veiligheidsapparaat', 'allemaal', 'chef']);

  it('reads a compound as the dossier one with the same first part and a last part of the same meaning', () => {
    expect(compoundSynonyms('politiebaas', words, sameMeaning)).toEqual(['politiechef']);
    expect(compoundSynonyms('veiligheidsdienst', words, sameMeaning)).toEqual(['veiligheidsapparaat']);
  });

  it('needs both: the same first part, and a last part that means the same', () => {
    expect(compoundSynonyms('legerbaas', words, sameMeaning)).toEqual([]);
    expect(compoundSynonyms('stadsbaas', words, sameMeaning)).toEqual([]);
    // A word the dossier has is its own; short words are no compounds.
    expect(compoundSynonyms('politiechef', words, sameMeaning)).toEqual([]);
    expect(compoundSynonyms('chefbaas', new Set(['chefchef']), sameMeaning)).toEqual(['chefchef']);
    expect(compoundSynonyms('baas', words, () => true)).toEqual([]);
  });

  it('only ever offers dossier words sharing a first part of four letters or more', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 14 }), fc.array(fc.string({ maxLength: 14 }), { maxLength: 20 }), (word, list) => {
        const found = compoundSynonyms(word, new Set(list), () => true);
        expect(found.length).toBeLessThanOrEqual(3);
        for (const other of found) {
          expect(list).toContain(other);
          expect(other).not.toBe(word);
          expect(other.slice(0, 4)).toBe(word.slice(0, 4));
        }
      }),
    );
  });
});
