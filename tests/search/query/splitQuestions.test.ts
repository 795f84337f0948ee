import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../../../src/search/query/splitQuestions.js';

describe('splitQuestions', () => {
  it.each([
    ['how many arrested and how many dead so far?', ['how many arrested', 'how many dead so far?']],
    ['who did tokayev sack on sunday and who got arrested for treason?', ['who did tokayev sack on sunday', 'who got arrested for treason?']],
    ['hoeveel veiligheidsmensen gedood en klopt het dat er onthoofdingen waren?', ['hoeveel veiligheidsmensen gedood', 'klopt het dat er onthoofdingen waren?']],
    ['Arrest figure + who put it out?', ['Arrest figure', 'who put it out arrest figure?']],
    // A part that refers back carries what the part before was about.
    ['waar is nazarbajev nu en hoe oud is hij eigenlijk', ['waar is nazarbajev nu', 'hoe oud is hij eigenlijk nazarbajev']],
    ['hoeveel csto-militairen zijn er nu en hoelang blijven ze', ['hoeveel csto-militairen zijn er nu', 'hoelang blijven ze csto-militairen']],
    // A check states its own claim; "zijn" is also "are", and "many" asks: neither carries.
    ['how many died and is it true that police were beheaded?', ['how many died', 'is it true that police were beheaded?']],
    ['hoeveel mensen gearresteerd en hoeveel doden zijn er gevallen', ['hoeveel mensen gearresteerd', 'hoeveel doden zijn er gevallen']],
  ])('asks %j as %j', (question, parts) => {
    expect(splitQuestions(question)).toEqual(parts);
  });

  it.each([
    // Two question words asking one thing, a conjunction inside a claim, a second claim without a question word.
    'where and when did the protests start',
    'troops arrived and were sent to almaty',
    'klopt het dat rusland en belarus troepen stuurden',
    "belarus isn't part of this, right? only russia sent troops?",
    'how many',
    // A lone subject before "and which others" asks nothing on its own.
    'did russia and which other countries send troops',
    'massimov and who else was arrested',
  ])('leaves %j one question', (question) => {
    expect(splitQuestions(question)).toEqual([question]);
  });

  it('asks at most three questions, the rest of a long message in the last', () => {
    const parts = splitQuestions('who came and who left and who stayed and who paid');
    expect(parts).toHaveLength(3);
    expect(parts[2]).toBe('who stayed and who paid');
  });
});

describe('splitQuestions on a pasted text', () => {
  it('reads a text longer than any question as one, however many conjunctions it has', () => {
    const text = 'who came and '.repeat(10_000);
    expect(splitQuestions(text)).toEqual([text]);
  });
});
