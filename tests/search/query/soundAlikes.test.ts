/** Dutch sounds spelled the other way: the slip people make most. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soundAlikes } from '../../../src/search/query/soundAlikes.js';
import { answer } from '../../../src/answer/answer.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

describe('soundAlikes', () => {
  it('swaps ei and ij, au and ou, cht and gt, and a verb ending in d, t or dt', () => {
    expect(soundAlikes('gevlugt')).toContain('gevlucht');
    expect(soundAlikes('palijs')).toContain('paleis');
    expect(soundAlikes('blouw')).toContain('blauw');
    expect(soundAlikes('gebeurt')).toContain('gebeurd');
    expect(soundAlikes('word')).toContain('wordt');
  });

  it('swaps a verb ending whole', () => {
    expect(soundAlikes('wordt').sort()).toEqual(['word', 'wort']);
    expect(soundAlikes('abddt')).not.toContain('abddd');
  });

  it('is symmetric: each spelling reaches the other (property)', () => {
    fc.assert(
      // A stem not itself ending in d or t ("auddt" would be "aud" + "dt" or "audd" + "t").
      fc.property(fc.stringMatching(/^[a-z]{0,4}(?:ei|ij|au|ou)[a-ce-su-z]{1,4}(?:d|t|dt)?$/u), (word) => {
        for (const other of soundAlikes(word)) expect(soundAlikes(other)).toContain(word);
      }),
    );
  });

  it('reads a question word the dossier lacks as the word it has', () => {
    const index = tinyIndex({ a: ['De militanten wilden het presidentieel paleis innemen.'] });
    const [top] = answer('wilden de militanten het presidentieel palijs innemen', { index }).results;
    expect(top?.match).toBe('full');
  });
});
