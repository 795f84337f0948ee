import { describe, expect, it } from 'vitest';
import { asksWhatCalled } from '../../../src/search/query/namingWords.js';

describe('asksWhatCalled', () => {
  it.each([
    ['noemt', true],
    ['Label', true],
    ['called', true],
    ['omschreef', true],
    // A phrasal verb or another verb asks something else.
    ['call on', false],
    ['called for', false],
    ['stuurde', false],
  ])('%j → %s', (label, expected) => {
    expect(asksWhatCalled({ label })).toBe(expected);
  });
});
