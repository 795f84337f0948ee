/** An answer as terminal text: each sentence verbatim, numbered, then its citation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DERIVED_TITLE_NOTE } from '../../src/answer/citationFields.js';
import type { Answer, AnswerResult, Citation } from '../../src/answer/types.js';
import { ANSI, citationLine, highlighted, PLAIN, renderAnswer, type TextStyle } from '../../src/console/renderAnswer.js';

const citation = (over: Partial<Citation> = {}): Citation => ({
  dossierId: 'd',
  articleId: 'd/a',
  title: 'Rusland stuurt troepen',
  titleDerived: false,
  source: 'NOS',
  date: '2022-01-06',
  url: null,
  paragraph: 2,
  sentence: 1,
  heading: null,
  ...over,
});

const result = (text: string, over: Partial<AnswerResult> = {}): AnswerResult => ({ text, match: 'full', score: 1, highlights: [], caveats: [], citation: citation(), ...over });

const answer = (over: Partial<Answer> = {}): Answer => ({ query: 'hoeveel troepen', dossierId: 'd', concepts: ['troepen'], results: [], gap: null, more: 0, unmatched: [], suggestions: [], ...over });

/** Marks what a style wraps, so tests can see where it applied. */
const MARKED: TextStyle = { strong: (t) => `[${t}]`, dim: (t) => `{${t}}` };

describe('citationLine', () => {
  it('joins label, source, date and paragraph with middle dots', () => {
    expect(citationLine(citation())).toBe('Rusland stuurt troepen · NOS · 2022-01-06 · ¶2');
  });

  it('says what is unknown, marks a derived title and ends with the link', () => {
    expect(citationLine(citation({ title: 'De onrust', titleDerived: true, source: null, date: null, url: 'https://example.org/a' }))).toBe(
      `De onrust ${DERIVED_TITLE_NOTE} · source unknown · date unknown · ¶2 · https://example.org/a`,
    );
  });
});

describe('highlighted', () => {
  it('wraps each matched range and keeps the rest as written', () => {
    const r = result('Rusland stuurt 2.500 troepen.', { highlights: [[0, 7], [21, 28]] });
    expect(highlighted(r, MARKED)).toBe('[Rusland] stuurt 2.500 [troepen].');
  });

  it('is the sentence itself in plain text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(highlighted(result(text, { highlights: [[start, end]] }), PLAIN)).toBe(text);
      }),
    );
  });

  it('uses bold on a terminal', () => {
    expect(highlighted(result('Rusland stuurt', { highlights: [[0, 7]] }), ANSI)).toBe('\u001b[1mRusland\u001b[22m stuurt');
  });
});

describe('renderAnswer', () => {
  it('says so when no sentence answers, with the notes', () => {
    const text = renderAnswer(answer({ unmatched: ['vaccin'], suggestions: ['troepen'] }), 'Kazachstan');
    expect(text).toBe('No sentence in “Kazachstan” answers “hoeveel troepen”.\nNot in this dossier: vaccin.\nDid you mean: troepen?');
  });

  it('numbers the sentences, each verbatim with its citation under it', () => {
    const text = renderAnswer(answer({ results: [result('Rusland stuurt troepen.'), result('De CSTO stuurt 2.500 militairen.', { citation: citation({ paragraph: 5 }) })] }), 'Kazachstan');
    expect(text.split('\n')).toEqual([
      'hoeveel troepen — 2 sentences from “Kazachstan”',
      '',
      '1. Rusland stuurt troepen.',
      '   — Rusland stuurt troepen · NOS · 2022-01-06 · ¶2',
      '2. De CSTO stuurt 2.500 militairen.',
      '   — Rusland stuurt troepen · NOS · 2022-01-06 · ¶5',
    ]);
  });

  it('says "1 sentence", and how many more there are', () => {
    const text = renderAnswer(answer({ results: [result('Een.')], more: 4 }), 'K');
    expect(text.split('\n')[0]).toBe('hoeveel troepen — 1 sentence from “K” (4 more)');
  });

  it('goes on numbering from the offset of the page', () => {
    const text = renderAnswer(answer({ results: [result('Vier.'), result('Vijf.')] }), 'K', PLAIN, 3);
    expect(text).toContain('\n4. Vier.');
    expect(text).toContain('\n5. Vijf.');
    expect(text).not.toMatch(/^1\. /mu);
  });

  it('marks related sentences, lists caveats, and says first what is missing', () => {
    const r = result('De autoriteiten spraken van 164 doden.', { match: 'partial', caveats: ['RETRACTED: “trokken die informatie later in”'] });
    const lines = renderAnswer(answer({ results: [r], gap: { missing: ['journalisten'], elsewhere: [], types: [] } }), 'K', MARKED).split('\n');
    expect(lines[2]).toBe('No sentence answers this exactly (none mentions “journalisten”); closest:');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('1. {(related) }De autoriteiten spraken van 164 doden.');
    expect(lines[5]).toBe('   ⚠ RETRACTED: “trokken die informatie later in”');
    expect(lines[6]).toBe('   {— Rusland stuurt troepen · NOS · 2022-01-06 · ¶2}');
  });

  it('puts the notes after the sentences', () => {
    const lines = renderAnswer(answer({ results: [result('Een.')], unmatched: ['vaccin', 'covid'] }), 'K').split('\n');
    expect(lines.at(-1)).toBe('Not in this dossier: vaccin, covid.');
    expect(lines.at(-2)).toBe('');
  });

  it('shows every sentence verbatim, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => !s.includes('\n')), { minLength: 1, maxLength: 8 }), fc.nat(100), (texts, offset) => {
        const text = renderAnswer(answer({ results: texts.map((t) => result(t)) }), 'K', PLAIN, offset);
        let at = 0;
        texts.forEach((t, i) => {
          const line = `\n${offset + i + 1}. ${t}\n`;
          const found = text.indexOf(line, at);
          expect(found).toBeGreaterThanOrEqual(at);
          at = found + 1;
        });
      }),
    );
  });
});
