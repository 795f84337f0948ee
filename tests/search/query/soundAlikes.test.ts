/** Dutch sounds spelled the other way: the slip people make most. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soundAlikes } from '../../../src/search/query/soundAlikes.js';
import { answer } from '../../../src/answer/answer.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

describe('soundAlikes', () => {
  it('swaps ei and ij, au and ou, and a verb ending in d, t or dt', () => {
    expect(soundAlikes('palijs')).toContain('paleis');
    expect(soundAlikes('blouw')).toContain('blauw');
    expect(soundAlikes('gebeurt')).toContain('gebeurd');
    expect(soundAlikes('word')).toContain('wordt');
  });

  it('is symmetric: each spelling reaches the other (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,4}(?:ei|ij|au|ou)[a-z]{0,4}$/u), (word) => {
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
