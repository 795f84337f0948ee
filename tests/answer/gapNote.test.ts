/** The honest first line when no sentence answers exactly: it names what is missing. */
import { describe, expect, it } from 'vitest';
import { gapNote } from '../../src/answer/gapNote.js';
import type { Answer, AnswerGap, AnswerKind, AnswerResult } from '../../src/answer/types.js';

const RESULT: AnswerResult = {
  text: 'Er zijn 16 agenten gedood.',
  match: 'partial',
  score: 1,
  highlights: [],
  caveats: [],
  citation: { dossierId: 'd', articleId: 'd/a', title: 'A', titleDerived: false, source: null, date: null, url: null, paragraph: 1, sentence: 1, heading: null },
};

const answer = (gap: AnswerGap | null, results: AnswerResult[] = [RESULT]): Answer => ({ query: 'q', dossierId: 'd', concepts: ['q'], results, gap, more: 0, unmatched: [], suggestions: [] });

const ALL_KINDS: AnswerKind[] = ['figure', 'age', 'duration', 'who', 'name', 'quote', 'when', 'date', 'where', 'why'];

describe('gapNote', () => {
  it('says nothing when a sentence answers exactly', () => {
    expect(gapNote(answer(null))).toBeUndefined();
  });

  it('says nothing when there is nothing to show (the surfaces say "no sentence" instead)', () => {
    expect(gapNote(answer({ missing: ['journalisten'], elsewhere: [], types: [] }, []))).toBeUndefined();
  });

  it('names the missing words, quoted', () => {
    expect(gapNote(answer({ missing: ['journalisten'], elsewhere: [], types: [] }))).toBe('No sentence answers this exactly (none mentions “journalisten”); closest:');
  });

  it('lists two or more as "a, b or c"', () => {
    expect(gapNote(answer({ missing: ['a', 'b'], elsewhere: [], types: [] }))).toBe('No sentence answers this exactly (none mentions “a” or “b”); closest:');
    expect(gapNote(answer({ missing: ['a', 'b', 'c'], elsewhere: [], types: [] }))).toBe('No sentence answers this exactly (none mentions “a”, “b” or “c”); closest:');
  });

  it('names the kind of answer asked for', () => {
    expect(gapNote(answer({ missing: [], elsewhere: [], types: ['figure'] }))).toBe('No sentence answers this exactly (none gives a figure for it); closest:');
    expect(gapNote(answer({ missing: [], elsewhere: [], types: ['when', 'where'] }))).toBe('No sentence answers this exactly (none gives a date or time or where); closest:');
    expect(gapNote(answer({ missing: [], elsewhere: [], types: ['which'] }))).toBe('No sentence answers this exactly (none gives which ones); closest:');
  });

  it('gives both reasons, words first', () => {
    expect(gapNote(answer({ missing: ['journalisten'], elsewhere: [], types: ['age'] }))).toBe('No sentence answers this exactly (none mentions “journalisten”; none gives an age); closest:');
  });

  it('does not say "none mentions" of a word the dossier has in other sentences', () => {
    expect(gapNote(answer({ missing: ['arrested'], elsewhere: ['arrested'], types: ['figure'] }))).toBe('No sentence answers this exactly (“arrested” is only in other sentences; none gives a figure for it); closest:');
    expect(gapNote(answer({ missing: ['journalists', 'arrested', 'jailed'], elsewhere: ['arrested', 'jailed'], types: [] }))).toBe(
      'No sentence answers this exactly (none mentions “journalists”; “arrested” and “jailed” are only in other sentences); closest:',
    );
  });

  it('still says so when the gap names no reason', () => {
    expect(gapNote(answer({ missing: [], elsewhere: [], types: [] }))).toBe('No sentence answers this exactly; closest:');
  });

  it.each(ALL_KINDS)('has a wording for %s', (kind) => {
    const note = gapNote(answer({ missing: [], elsewhere: [], types: [kind] }));
    expect(note).toMatch(/^No sentence answers this exactly \(none gives [a-z ]+\); closest:$/u);
    expect(note).not.toContain('undefined');
  });
});
