/** The dossier's articles, one mrkdwn line each. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../src/reply/replyTo.js';
import { sourceLines } from '../../../src/slack/blocks/sourceLines.js';

const source = (over: Partial<SourceSummary> = {}): SourceSummary => ({ id: 'k/a', title: 'Rusland stuurt troepen', titleDerived: false, source: 'NOS', date: '2022-01-06', url: null, sentences: 12, ...over });

describe('sourceLines', () => {
  it('gives one line per article: title, source, date and how many sentences', () => {
    expect(sourceLines([source(), source({ title: 'Tweede', sentences: 2 })])).toEqual(['• *Rusland stuurt troepen* — NOS · 2022-01-06 · 12 sentences', '• *Tweede* — NOS · 2022-01-06 · 2 sentences']);
    expect(sourceLines([])).toEqual([]);
  });

  it('links the title when the article has a URL', () => {
    expect(sourceLines([source({ url: 'https://example.org/a?x=1&y=2' })])).toEqual(['• *<https://example.org/a?x=1&amp;y=2|Rusland stuurt troepen>* — NOS · 2022-01-06 · 12 sentences']);
  });

  it('marks a title made of the opening words, and says what is unknown', () => {
    expect(sourceLines([source({ titleDerived: true, source: null, date: null })])).toEqual(['• *Rusland stuurt troepen* (opening words) — source unknown · date unknown · 12 sentences']);
  });

  it('escapes titles, sources and dates', () => {
    const [line] = sourceLines([source({ title: '<!channel> & co', source: 'A <@U1>', date: '2022 > 2021' })]);
    expect(line).toBe('• *&lt;!channel&gt; &amp; co* — A &lt;@U1&gt; · 2022 &gt; 2021 · 12 sentences');
  });

  it('never lets <, > or a bare & of the article through, except the link it makes', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: null }), fc.option(fc.string(), { nil: null }), (title, src, date) => {
        const [line] = sourceLines([source({ title, source: src, date })]);
        expect(line!.replace(/&(?:amp|lt|gt);/gu, '')).not.toMatch(/[<>&]/u);
      }),
    );
  });

  // Found by this test and fixed (src/slack/blocks/sourceLines.ts): a URL with "|" (allowed by the front matter check
  // /^https?:\/\/\S+$/) is put into the link as is: `<https://example.org/a|b|Title>` links to
  // https://example.org/a and shows "b|Title". citationText (mrkdwn.ts) encodes it as %7C.
  it('keeps a "|" in the URL from splitting the link (counterexample: https://example.org/a|b)', () => {
    const [line] = sourceLines([source({ url: 'https://example.org/a|b' })]);
    expect(line).toContain('<https://example.org/a%7Cb|Rusland stuurt troepen>');
  });
});
