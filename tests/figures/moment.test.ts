import { describe, expect, it } from 'vitest';
import { momentOf } from '../../src/figures/moment.js';

// Tuesday 11 January 2022.
const TUESDAY = '2022-01-11';

describe('when a figure was given', () => {
  it.each([
    ['De politie meldde maandag 30 doden.', 'maandag', '2022-01-10', '2022-01-10'],
    ['De politie meldde dinsdag 30 doden.', 'dinsdag', '2022-01-11', '2022-01-11'],
    ['Tokajev zei vrijdag dat er 20.000 bandieten waren.', 'vrijdag', '2022-01-07', '2022-01-07'],
    ['Gisteren vielen 12 doden.', 'Gisteren', '2022-01-10', '2022-01-10'],
    ['De autoriteiten spraken afgelopen weekeinde van 164 doden.', 'afgelopen weekeinde', '2022-01-08', '2022-01-09'],
    ['Op 5 januari vielen 12 doden.', '5 januari', '2022-01-05', '2022-01-05'],
    ['Op 30 december vielen 12 doden.', '30 december', '2021-12-30', '2021-12-30'],
    ['Op 2 januari 2021 vielen 12 doden.', '2 januari 2021', '2021-01-02', '2021-01-02'],
  ])('%s → %s', (sentence, text, from, to) => {
    expect(momentOf(sentence, TUESDAY)).toEqual({ text, from, to, basis: 'sentence' });
  });

  it('a weekday is the latest such day on or before publication, whatever the weekday', () => {
    for (let day = 10; day <= 16; day++) {
      const published = `2022-01-${day}`;
      const moment = momentOf('Maandag vielen 12 doden.', published);
      expect(new Date(`${moment.from as string}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(moment.from! <= published).toBe(true);
      expect(Date.parse(published) - Date.parse(moment.from!)).toBeLessThan(7 * 86_400_000);
    }
  });

  it('without time words, the article date is the moment', () => {
    expect(momentOf('Er vielen 12 doden.', TUESDAY)).toEqual({ from: TUESDAY, to: TUESDAY, basis: 'article' });
  });

  it('never guesses a date: without a full article date, the words stay words', () => {
    expect(momentOf('De politie meldde maandag 30 doden.', '2022-01')).toEqual({ text: 'maandag', basis: 'unknown' });
    expect(momentOf('De politie meldde maandag 30 doden.', undefined)).toEqual({ text: 'maandag', basis: 'unknown' });
    expect(momentOf('Er vielen 12 doden.', undefined)).toEqual({ basis: 'unknown' });
  });

  it('a word that names what every object has is no time word ("constructor")', () => {
    expect(momentOf('De constructor meldde 12 doden.', TUESDAY)).toEqual({ from: TUESDAY, to: TUESDAY, basis: 'article' });
  });

  it('an impossible date is no date', () => {
    expect(momentOf('Op 31 februari vielen 12 doden.', TUESDAY).from).toBeUndefined();
  });
});
