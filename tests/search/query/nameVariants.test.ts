/** English and Dutch transliterations of one name meet by rule (Putin/Poetin, Tokayev/Tokajev). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownVariants, spellingVariants } from '../../../src/search/query/nameVariants.js';

/** The one-step rewrites of the module, both ways. */
const RULES: Array<[string, string]> = [['u', 'oe'], ['y', 'j'], ['kh', 'ch'], ['zh', 'zj'], ['sh', 'sj'], ['ch', 'tsj'], ['j', 'dzj'], ['x', 'ks'], ['ae', 'aje'], ['ai', 'aj'], ['oi', 'oj'], ['ei', 'ej'], ['iy', 'ij']];

describe('spellingVariants', () => {
  it.each([
    ['putin', 'poetin'],
    ['tokayev', 'tokajev'],
    ['nazarbayev', 'nazarbajev'],
    ['zhanaozen', 'zjanaozen'],
    ['tajikistan', 'tadzjikistan'],
    ['uzbekistan', 'oezbekistan'],
    ['yanukovych', 'janoekovytsj'],
  ])('reaches %s ↔ %s both ways', (english, dutch) => {
    expect(spellingVariants(english)).toContain(dutch);
    expect(spellingVariants(dutch)).toContain(english);
  });

  it('finds nothing for a name without any of the letters the rules change', () => {
    expect(spellingVariants('csto')).toEqual([]);
    expect(spellingVariants('')).toEqual([]);
  });

  it('stops after three changes', () => {
    // Four u's: oe-spelling all four needs four rule applications.
    expect(spellingVariants('uuu')).toContain('oeoeoe');
    expect(spellingVariants('uuuu')).toContain('oeoeoeu');
    expect(spellingVariants('uuuu')).not.toContain('oeoeoeoe');
  });

  it('never lists the word itself or a variant twice, and stays below 256 variants', () => {
    const variants = spellingVariants('uuuuuuuuuuuu');
    expect(variants).toHaveLength(255);
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants).not.toContain('uuuuuuuuuuuu');
  });

  it('reaches every one-step rewrite, and the rewrite reaches back (property)', () => {
    const word = fc.array(fc.constantFrom('a', 'e', 'i', 'o', 'u', 'y', 'j', 'k', 'h', 'z', 's', 'c', 't', 'n', 'v', 'x'), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(word, fc.nat(), (w, pick) => {
        const rewrites = RULES.flatMap(([a, b]) =>
          ([[a, b], [b, a]] as Array<[string, string]>).flatMap(([from, to]) => {
            const found: string[] = [];
            for (let at = w.indexOf(from); at >= 0; at = w.indexOf(from, at + 1)) found.push(w.slice(0, at) + to + w.slice(at + from.length));
            return found;
          }),
        ).filter((v) => v !== w);
        fc.pre(rewrites.length > 0);
        const variant = rewrites[pick % rewrites.length]!;
        expect(spellingVariants(w)).toContain(variant);
        expect(spellingVariants(variant)).toContain(w);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('knownVariants', () => {
  const vocabulary = new Set(['poetin', 'tokajev', 'nazarbajev', 'zjanaozen', 'troepen', 'poet']);

  it.each([
    ['putin', ['poetin']],
    ['tokayev', ['tokajev']],
    ['nazarbayev', ['nazarbajev']],
    ['zhanaozen', ['zjanaozen']],
    // The word itself is no variant.
    ['poetin', []],
    ['troops', []],
  ])('%s → %j', (word, variants) => {
    expect(knownVariants(word, vocabulary)).toEqual(variants);
  });

  it('leaves words under four letters and words with digits alone', () => {
    expect(knownVariants('put', vocabulary)).toEqual([]);
    expect(knownVariants('put2', new Set(['poet2']))).toEqual([]);
    expect(spellingVariants('put2')).toContain('poet2');
  });

  it('only ever gives words of the vocabulary that are spelling variants (property)', () => {
    const word = fc.stringMatching(/^[a-z]*[uyjx][a-z]*$/u).filter((w) => w.length >= 4 && w.length <= 10);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 20 }), (w, others) => {
        const variants = spellingVariants(w);
        fc.pre(variants.length > 0);
        const all = new Set([...others, ...variants.slice(0, 3)]);
        const known = knownVariants(w, all);
        expect(known.length).toBeGreaterThan(0);
        expect(known.filter((v) => !all.has(v) || v === w)).toEqual([]);
        expect(known).toEqual(variants.filter((v) => all.has(v)));
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });
});
