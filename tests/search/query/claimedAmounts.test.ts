import { describe, expect, it } from 'vitest';
import { claimedAmounts } from '../../../src/search/query/claimedAmounts.js';

const claims = (question: string) => {
  const folded = question.split(' ');
  const { at, intents } = claimedAmounts(folded, (i) => /^\d[\d.,]*$/u.test(folded[i] ?? ''));
  return { words: [...at].sort((a, b) => a - b).map((i) => folded[i]), intents: [...intents] };
};

describe('amounts a question states to check them', () => {
  it('names what a claimed figure counts, past "of"', () => {
    const folded = 'were dozens of rioters killed by police'.split(' ');
    expect([...claimedAmounts(folded, () => false).counted].map((i) => folded[i])).toEqual(['rioters']);
  });

  it('a number counting something asks for the figure', () => {
    expect(claims('more than 10,000 people arrested')).toEqual({ words: ['more', 'than', '10,000'], intents: ['figure'] });
    expect(claims('er zijn 16 doden gevallen')).toEqual({ words: ['16'], intents: ['figure'] });
  });

  it('a number before a unit of time asks for the duration, also past a scale word', () => {
    expect(claims('ruled for 30 years')).toEqual({ words: ['30', 'years'], intents: ['duration'] });
    expect(claims('internet down for 5 dagen')).toEqual({ words: ['5', 'dagen'], intents: ['duration'] });
    expect(claims('produces 1,6 miljoen vaten')).toEqual({ words: ['1,6', 'miljoen'], intents: ['figure'] });
  });

  it('a number said of someone with a copula, or years old, asks for the age; not one said of an amount', () => {
    expect(claims('nazarbajev is toch 78').intents).toEqual(['age']);
    expect(claims('klopt het dat nazarbajev 81 is').intents).toEqual(['age']);
    expect(claims('nazarbayev is 81 years old')).toEqual({ words: ['81', 'years'], intents: ['age'] });
    expect(claims('the toll is 78 right').intents).toEqual(['figure']);
    expect(claims('the death toll is 164 right').intents).toEqual(['figure']);
  });

  it('a day or a month stated to be checked asks for the date; "may" and "march" only beside a number', () => {
    expect(claims('thanked putin on tuesday')).toEqual({ words: ['tuesday'], intents: ['date'] });
    expect(claims('may members intervene')).toEqual({ words: [], intents: [] });
    expect(claims('did they march on the capital')).toEqual({ words: [], intents: [] });
  });

  it('a number in words and a rough amount state one too, with what qualifies them and the unit of a length', () => {
    expect(claims('er zijn ruim 8.000 mensen gearresteerd')).toEqual({ words: ['ruim', '8.000'], intents: ['figure'] });
    expect(claims('more than 10,000 arrests')).toEqual({ words: ['more', 'than', '10,000'], intents: ['figure'] });
    expect(claims('er zijn honderden relschoppers gedood')).toEqual({ words: ['honderden'], intents: ['figure'] });
    expect(claims('de troepen vertrekken binnen twee weken')).toEqual({ words: ['twee', 'weken'], intents: ['duration'] });
    // After a determiner a number in words refers to what is known ("the two deputies").
    expect(claims('were the two deputies sacked')).toEqual({ words: [], intents: [] });
  });

  it('a year, a day of the month and a numbered thing state no amount', () => {
    expect(claims('troops sent in 2010')).toEqual({ words: [], intents: [] });
    // A year naming an event after a determiner; without one, a number before a noun counts it.
    expect(claims('blamed the west for the 2014 ukraine uprising')).toEqual({ words: [], intents: [] });
    expect(claims('het verzoek werd in 2010 ingewilligd')).toEqual({ words: [], intents: [] });
    // "that" and "tot" stand before amounts as often: "is it true that 2000 people were arrested".
    expect(claims('is it true that 2000 people were arrested')).toEqual({ words: ['2000'], intents: ['figure'] });
    expect(claims('er zijn tot 2000 doden gevallen')).toEqual({ words: ['2000'], intents: ['figure'] });
    expect(claims('were 2000 people arrested')).toEqual({ words: ['2000'], intents: ['figure'] });
    // The day of the month is no amount; the month is the date checked.
    expect(claims('protests on 2 januari')).toEqual({ words: ['januari'], intents: ['date'] });
    expect(claims('like nato article 5')).toEqual({ words: [], intents: [] });
  });
});
