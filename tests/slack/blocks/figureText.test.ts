/** A figure line in Slack mrkdwn: the value bold, warnings flagged, everything echoed escaped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureLineText, type FigureDescription } from '../../../src/figures/describeFigure.js';
import { figureMrkdwn } from '../../../src/slack/blocks/figureText.js';

const description = (over: Partial<FigureDescription> = {}): FigureDescription => ({
  value: '164 doden',
  source: 'De autoriteiten, op sociale media',
  when: 'afgelopen weekeinde (8–9 Jan 2022)',
  warnings: [],
  desk: [],
  ...over,
});

/** What is left of the text once Slack's three escapes are taken out: no markup may remain. */
const unescaped = (text: string): string => text.replace(/&(?:amp|lt|gt);/gu, '');

describe('figureMrkdwn', () => {
  it('bolds the value and keeps source and time in order', () => {
    expect(figureMrkdwn(description())).toBe('*164 doden* — De autoriteiten, op sociale media · afgelopen weekeinde (8–9 Jan 2022)');
  });

  it('flags each warning and each desk note', () => {
    const text = figureMrkdwn(description({ warnings: ['RETRACTED: “ingetrokken”', 'hedged: “zouden”'], desk: ['pinned by the desk'] }));
    expect(text).toBe('*164 doden* — De autoriteiten, op sociale media · afgelopen weekeinde (8–9 Jan 2022) · ⚠️ _RETRACTED: “ingetrokken”_ · ⚠️ _hedged: “zouden”_ · 📌 pinned by the desk');
  });

  it('escapes the article’s and the desk’s words', () => {
    const text = figureMrkdwn(description({ value: '<!channel> 5 & 6', source: 'A <@U123>', when: 'x > y', warnings: ['<b>'], desk: ['desk note: <!here>'] }));
    expect(text).toBe('*&lt;!channel&gt; 5 &amp; 6* — A &lt;@U123&gt; · x &gt; y · ⚠️ _&lt;b&gt;_ · 📌 desk note: &lt;!here&gt;');
  });

  it('never lets <, > or a bare & through, whatever the words', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.string(), { maxLength: 3 }), (value, source, when, warnings, desk) => {
        const text = unescaped(figureMrkdwn({ value, source, when, warnings, desk }));
        expect(text).not.toMatch(/[<>&]/u);
      }),
    );
  });

  it('says what the plain figure line says, in the same order', () => {
    const d = description({ warnings: ['hedged: “zouden”'], desk: ['desk: officieel'] });
    const plain = figureMrkdwn(d).replace(/\*|⚠️ _|_(?= ·|$)|📌 /gu, '');
    expect(plain).toBe(figureLineText(d));
  });
});
