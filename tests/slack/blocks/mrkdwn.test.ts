/** Properties of mrkdwn escaping: nothing echoed can become Slack markup, and escaping loses nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerResult, Citation } from '../../../src/answer/types.js';
import { citationText, escapeText, highlightedSentence } from '../../../src/slack/blocks/mrkdwn.js';

const RUNS = { numRuns: 300 };

/** Text heavy in what Slack treats specially: brackets, ampersands, entities already escaped once, mentions. */
const TEXT = fc.oneof(
  fc.array(fc.constantFrom('<', '>', '&', '&amp;', '&lt;', '&gt;', '&#60;', '<!channel>', '<@U123|jan>', '<https://x.nl|a>', '|', '*', 'Tokajev', ' ', '😀', 'é'), { maxLength: 20 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** The inverse Slack applies when it shows text: the three entities, in one pass. */
const unescapeEntities = (text: string): string => text.replace(/&(amp|lt|gt);/gu, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');

/** Every `&` starts one of the three entities; no raw `<` or `>` is left. */
const SAFE = /^(?:[^<>&]|&(?:amp|lt|gt);)*$/u;

const citation: Citation = { dossierId: 'd', articleId: 'd/a', title: 't', titleDerived: false, source: null, date: null, url: null, paragraph: 1, sentence: 1, heading: null };

describe('escapeText (properties)', () => {
  it('leaves no raw < or >, and every & starts &amp; &lt; or &gt;', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(escapeText(text)).toMatch(SAFE);
      }),
      RUNS,
    );
  });

  it('is undone exactly by unescaping &amp; &lt; &gt;, even for text that already holds entities', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(unescapeEntities(escapeText(text))).toBe(text);
      }),
      RUNS,
    );
  });

  it('changes only the three characters: each & grows by 4, each < and > by 3, the rest is untouched', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const escaped = escapeText(text);
        const count = (re: RegExp): number => (text.match(re) ?? []).length;
        expect(escaped.length).toBe(text.length + 4 * count(/&/gu) + 3 * count(/[<>]/gu));
        expect(escaped.replace(/&(?:amp|lt|gt);/gu, '')).toBe(text.replace(/[&<>]/gu, ''));
      }),
      RUNS,
    );
  });
});

describe('highlightedSentence (properties)', () => {
  /** A sentence without `*` and sorted, disjoint, non-empty highlight ranges inside it. */
  const highlighted = fc
    .tuple(TEXT.map((t) => t.replace(/\*/gu, '')), fc.uniqueArray(fc.nat(), { maxLength: 8 }))
    .map(([text, cuts]) => {
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const highlights: Array<[number, number]> = [];
      for (let i = 0; i + 1 < points.length; i += 2) highlights.push([points[i]!, points[i + 1]!]);
      return { text, highlights };
    });

  it('is the escaped sentence with each highlight wrapped in *, and nothing else', () => {
    fc.assert(
      fc.property(highlighted, ({ text, highlights }) => {
        const result: AnswerResult = { text, match: 'full', citation, score: 1, highlights, caveats: [] };
        const out = highlightedSentence(result);
        expect((out.match(/\*/gu) ?? []).length).toBe(2 * highlights.length);
        expect(out.replace(/\*/gu, '')).toMatch(SAFE);
        expect(unescapeEntities(out.replace(/\*/gu, ''))).toBe(text);
        // The bold runs are the highlighted words, in order.
        const bold = [...out.matchAll(/\*([^*]*)\*/gu)].map((m) => unescapeEntities(m[1]!));
        expect(bold).toEqual(highlights.map(([start, end]) => text.slice(start, end)));
      }),
      RUNS,
    );
  });
});

describe('citationText (properties)', () => {
  it('escapes every field, so the only markup is the article link, whose target holds no | or >', () => {
    const cited = fc.record({ title: TEXT, source: fc.option(TEXT), date: fc.option(TEXT), url: fc.option(fc.oneof(TEXT, fc.webUrl())), titleDerived: fc.boolean(), paragraph: fc.integer({ min: 1, max: 99 }) });
    fc.assert(
      fc.property(cited, (fields) => {
        const out = citationText({ ...citation, ...fields });
        const link = /<([^<>]*)\|open article>$/u.exec(out);
        if (fields.url) {
          expect(link).not.toBeNull();
          expect(link![1]).toMatch(SAFE);
          expect(link![1]).not.toContain('|');
          expect(out.slice(0, link!.index)).toMatch(SAFE);
        } else {
          expect(out).toMatch(SAFE);
        }
      }),
      RUNS,
    );
  });
});
