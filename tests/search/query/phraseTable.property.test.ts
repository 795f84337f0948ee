import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseTable, standsAt } from '../../../src/search/query/phraseTable.js';

// A small vocabulary, so that phrases and questions share words and overlap often.
const word = fc.constantFrom('how', 'many', 'what', 'is', 'the', 'source', 'wie', 'is', 'de', 'bron', 'of', 'it');
const phrase = fc.array(word, { minLength: 1, maxLength: 4 });
const question = fc.array(word, { minLength: 0, maxLength: 8 });

describe('phraseTable', () => {
  it('finds, at every position, the phrase list.find finds: the first in list order', () => {
    fc.assert(fc.property(fc.array(phrase, { maxLength: 30 }), question, (phrases, folded) => {
      const table = phraseTable(phrases, (words) => words);
      for (let at = -1; at <= folded.length; at++) {
        expect(table.at(folded, at)).toBe(phrases.find((words) => standsAt(folded, words, at)));
        expect(table.someAt(folded, at, (words) => words.length > 1)).toBe(phrases.some((words) => standsAt(folded, words, at) && words.length > 1));
      }
    }));
  });

  it('knows the words the phrases open with, and no others', () => {
    fc.assert(fc.property(fc.array(phrase, { maxLength: 30 }), word, (phrases, w) => {
      expect(phraseTable(phrases, (words) => words).opens(w)).toBe(phrases.some((words) => words[0] === w));
    }));
  });
});
