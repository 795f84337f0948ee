import { describe, expect, it } from 'vitest';
import { dutchInfinitives, dutchPastInfinitives } from '../../../src/search/analysis/dutchVerbForms.js';

describe('dutchInfinitives', () => {
  it.each([
    ['zuivert', 'zuiveren'],
    ['reageert', 'reageren'],
    ['wordt', 'worden'],
    ['stopt', 'stoppen'],
    ['geeft', 'geven'],
    ['leest', 'lezen'],
    ['maakt', 'maken'],
    ['vindt', 'vinden'],
  ])('reads %s as a form of %s', (form, infinitive) => {
    expect(dutchInfinitives(form)).toContain(infinitive);
  });

  it.each(['gaat', 'zet', 'mensen', 'plat', 'zitt'])('leaves %s alone: too short, no -t, or a vowel before it', (word) => {
    expect(dutchInfinitives(word)).toEqual([]);
  });

  it('every candidate is the same word up to its last syllable, ending in -en', () => {
    const words = ['zuivert', 'reageert', 'ontslaat', 'verklaart', 'beschuldigt', 'bewaakt', 'neemt', 'houdt', 'kiest', 'blijft'];
    for (const word of words) {
      for (const infinitive of dutchInfinitives(word)) {
        expect(infinitive.endsWith('en')).toBe(true);
        expect(infinitive.slice(0, word.length - 3)).toBe(word.slice(0, word.length - 3));
        expect(Math.abs(infinitive.length - word.length)).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('dutchPastInfinitives', () => {
  it.each([
    ['reageerden', 'reageren'],
    ['opvolgde', 'opvolgen'],
    ['stopte', 'stoppen'],
    ['verhoogden', 'verhogen'],
  ])('reads %j as a form of %j', (past, infinitive) => {
    expect(dutchPastInfinitives(past)).toContain(infinitive);
  });

  it('leaves words that are no regular past alone', () => {
    expect(dutchPastInfinitives('vroeg')).toEqual([]);
    expect(dutchPastInfinitives('onrust')).toEqual([]);
    expect(dutchPastInfinitives('ende')).toEqual([]);
  });
});
