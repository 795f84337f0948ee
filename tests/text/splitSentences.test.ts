/** Properties of the paragraph → sentences splitter: nothing lost, nothing altered, nothing too long. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/text/splitSentences.js';

const RUNS = { numRuns: 150 };

/** Dutch news pieces, with the abbreviations and initials the splitter repairs, quotes and odd spaces. */
const PIECE = fc.constantFrom(
  'Tokajev', 'zei', 'dat', 'er', 'bijna', '8.000', 'mensen', 'zijn', 'gearresteerd', 'dhr.', 'Dr.', 'o.a.', 'bijv.', 'J.', 'J.F.', 'Kennedy', 'jan.', 'ca.', 'enz.', 'etc.',
  '.', '!', '?', '…', '...', '“', '”', '‘', '’', '"', '(', ')', ':', ';', ',', '-', '–',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '😀', 'é', '1,6', '2022.',
);
const PARAGRAPH = fc.oneof(
  { weight: 4, arbitrary: fc.array(PIECE, { maxLength: 60 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);
/** Run-on text past the cap: long words, spaceless runs, rare full stops. */
const RUN_ON = fc
  .tuple(fc.array(fc.oneof(PIECE, fc.stringMatching(/^[a-z]{1,40}$/u), fc.constantFrom('x'.repeat(700), 'y'.repeat(1_200), ' ')), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }))
  .map(([pieces, times]) => pieces.join(' ').repeat(times));

const squeeze = (text: string): string => text.replace(/\s/gu, '');

function checkSplit(paragraph: string): void {
  const sentences = splitSentences(paragraph);
  // Concatenated, the sentences are the paragraph again, but for whitespace.
  expect(squeeze(sentences.join(''))).toBe(squeeze(paragraph));
  let from = 0;
  for (const sentence of sentences) {
    expect(sentence.length).toBeGreaterThan(0);
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentence).toBe(sentence.trim());
    // Verbatim and in order: each sentence is found in the paragraph after the previous one.
    const at = paragraph.indexOf(sentence, from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + sentence.length;
  }
}

describe('splitSentences (properties)', () => {
  it('gives back the paragraph, verbatim and in order, in trimmed non-empty sentences within the cap', () => {
    fc.assert(fc.property(PARAGRAPH, checkSplit), RUNS);
  });

  it('cuts run-on text into pieces no longer than MAX_SENTENCE_CHARS without losing a character', () => {
    fc.assert(fc.property(RUN_ON, checkSplit), { numRuns: 40 });
  });

  it('splits a paragraph of plain sentences at each full stop, and joins them back with spaces', () => {
    const sentence = fc.array(fc.constantFrom('Rusland', 'stuurde', 'troepen', 'naar', 'Kazachstan', 'Almaty', 'de', 'politie'), { minLength: 1, maxLength: 8 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const capitalised = sentences.map((s) => s[0]!.toUpperCase() + s.slice(1));
        expect(splitSentences(capitalised.join(' '))).toEqual(capitalised);
      }),
      RUNS,
    );
  });

  it('never ends a sentence on a title or an initial: "dhr." and "J." stay with the name after them', () => {
    const title = fc.constantFrom('dhr.', 'Dr.', 'prof.', 'gen.', 'J.', 'J.F.', 'o.a.', 'bijv.', 'ca.');
    fc.assert(
      fc.property(title, (abbreviation) => {
        const sentences = splitSentences(`Volgens ${abbreviation} Tokajev is de rust terug. Rusland trekt zich terug.`);
        expect(sentences).toEqual([`Volgens ${abbreviation} Tokajev is de rust terug.`, 'Rusland trekt zich terug.']);
      }),
      { numRuns: 20 },
    );
  });
});
