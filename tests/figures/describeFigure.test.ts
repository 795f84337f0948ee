/** One wording of a figure for every surface: value, who says so, when, and why not a plain fact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/answer/types.js';
import { dateSpan, describeFigure, figureLineText, hedgeWarning, withdrawalWarning, type FigureDescription } from '../../src/figures/describeFigure.js';
import type { Figure } from '../../src/figures/extractFigures.js';

const citation = (over: Partial<Citation> = {}): Citation => ({
  dossierId: 'd',
  articleId: 'd/a',
  title: 'A',
  titleDerived: false,
  source: 'Testkrant',
  date: '2022-01-10',
  url: null,
  paragraph: 1,
  sentence: 1,
  heading: null,
  ...over,
});

const figure = (over: Partial<Figure> = {}): Figure => ({
  topic: 'deaths',
  mention: { text: '164', start: 27, end: 30, value: 164, numberEnd: 30 },
  text: '164 doden',
  sentence: 'De autoriteiten spraken van 164 doden.',
  citation: citation(),
  provenance: {},
  moment: { basis: 'unknown' },
  status: 'stands',
  ...over,
});

describe('dateSpan', () => {
  it.each([
    ['2022-01-08', undefined, '8 Jan 2022'],
    ['2022-01-08', '2022-01-08', '8 Jan 2022'],
    ['2022-01-08', '2022-01-09', '8–9 Jan 2022'],
    ['2022-01-31', '2022-02-02', '31 Jan – 2 Feb 2022'],
    ['2021-12-31', '2022-01-01', '31 Dec – 1 Jan 2022'],
  ])('%s … %s → %s', (from, to, text) => expect(dateSpan(from, to)).toBe(text));
});

describe('describeFigure: when', () => {
  it('resolves the sentence’s own time words to dates', () => {
    const d = describeFigure(figure({ moment: { text: 'afgelopen weekeinde', from: '2022-01-08', to: '2022-01-09', basis: 'sentence' } }));
    expect(d.when).toBe('afgelopen weekeinde (8–9 Jan 2022)');
  });

  it('keeps time words it cannot resolve, with the article date they relate to', () => {
    expect(describeFigure(figure({ moment: { text: 'maandag', basis: 'unknown' }, citation: citation({ date: '2022-01' }) })).when).toBe('maandag (article of 2022-01)');
    expect(describeFigure(figure({ moment: { text: 'maandag', basis: 'unknown' }, citation: citation({ date: null }) })).when).toBe('maandag (article undated)');
  });

  it('falls back to the article’s date, saying so', () => {
    expect(describeFigure(figure({ moment: { from: '2022-01-10', to: '2022-01-10', basis: 'article' } })).when).toBe('as of 10 Jan 2022 (article date)');
    expect(describeFigure(figure({ moment: { basis: 'unknown' }, citation: citation({ date: '2022-01' }) })).when).toBe('article of 2022-01');
    expect(describeFigure(figure({ moment: { basis: 'unknown' }, citation: citation({ date: null }) })).when).toBe('date unknown');
  });
});

describe('describeFigure: who says so', () => {
  it('names the claimant and the channel', () => {
    expect(describeFigure(figure({ provenance: { claimant: 'De autoriteiten', channel: 'op sociale media' } })).source).toBe('De autoriteiten, op sociale media');
    expect(describeFigure(figure({ provenance: { claimant: 'de politie' } })).source).toBe('de politie');
  });

  it('says when no source is named, with whom the sentence before cites as context', () => {
    expect(describeFigure(figure()).source).toBe('no source named');
    expect(describeFigure(figure({ provenance: { nearby: 'De autoriteiten' } })).source).toBe('no source named (the sentence before cites De autoriteiten)');
    expect(describeFigure(figure({ provenance: { channel: 'in een verklaring' } })).source).toBe('no source named, in een verklaring');
  });

  it('never attributes a figure to a nearby claimant when the sentence names its own', () => {
    expect(describeFigure(figure({ provenance: { claimant: 'Tokajev', nearby: 'de politie' } })).source).toBe('Tokajev');
  });
});

describe('describeFigure: warnings', () => {
  it('marks a retracted figure, in the article’s words', () => {
    const d = describeFigure(figure({ status: 'retracted', provenance: { withdrawal: { kind: 'retracted', text: 'trokken die informatie later in' } } }));
    expect(d.warnings).toEqual(['RETRACTED: “trokken die informatie later in”']);
  });

  it('marks the old value of a correction, but not the new value that stands', () => {
    const withdrawal = { kind: 'corrected' as const, text: 'gecorrigeerd' };
    expect(describeFigure(figure({ status: 'superseded', provenance: { withdrawal } })).warnings).toEqual(['CORRECTED since: “gecorrigeerd”']);
    expect(describeFigure(figure({ status: 'stands', provenance: { withdrawal } })).warnings).toEqual([]);
  });

  it('gives the most serious reason first: withdrawn, single event, hedged', () => {
    const d = describeFigure(figure({ status: 'retracted', event: 'dood aangetroffen', provenance: { hedge: 'zouden', withdrawal: { kind: 'retracted', text: 'ingetrokken' } } }));
    expect(d.warnings).toEqual(['RETRACTED: “ingetrokken”', 'a single event (“dood aangetroffen”), not a toll', 'hedged: “zouden”']);
  });

  it('exports the same wording answers use', () => {
    expect(withdrawalWarning({ kind: 'retracted', text: 'x' })).toBe('RETRACTED: “x”');
    expect(withdrawalWarning({ kind: 'corrected', text: 'x' })).toBe('CORRECTED since: “x”');
    expect(hedgeWarning('naar verluidt')).toBe('hedged: “naar verluidt”');
  });

  it('carries the desk’s pin, label and note', () => {
    expect(describeFigure(figure({ desk: { pinned: true, label: 'officieel', note: 'bevestigd door ons' } })).desk).toEqual(['pinned by the desk', 'desk: officieel', 'desk note: bevestigd door ons']);
    expect(describeFigure(figure({ desk: { pinned: false } })).desk).toEqual([]);
    expect(describeFigure(figure()).desk).toEqual([]);
  });

  it('keeps the figure as written', () => {
    expect(describeFigure(figure({ text: 'bijna 8.000 mensen' })).value).toBe('bijna 8.000 mensen');
  });
});

describe('figureLineText', () => {
  it('is one line: value — source · when · warnings · desk', () => {
    const d: FigureDescription = { value: '164 doden', source: 'De autoriteiten, op sociale media', when: 'afgelopen weekeinde (8–9 Jan 2022)', warnings: ['RETRACTED: “trokken die informatie later in”'], desk: ['desk: x'] };
    expect(figureLineText(d)).toBe('164 doden — De autoriteiten, op sociale media · afgelopen weekeinde (8–9 Jan 2022) · RETRACTED: “trokken die informatie later in” · desk: x');
  });

  it('always starts with the value and never says "undefined"', () => {
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ claimant: optional(fc.string({ minLength: 1 })), nearby: optional(fc.string({ minLength: 1 })), channel: optional(fc.string({ minLength: 1 })), hedge: optional(fc.string({ minLength: 1 })) }),
        fc.constantFrom<Figure['status']>('stands', 'retracted', 'superseded'),
        fc.option(fc.constantFrom('2022-01', '2022-01-10'), { nil: null }),
        (provenance, status, date) => {
          const clean = Object.fromEntries(Object.entries(provenance).filter(([, v]) => v !== undefined));
          const text = figureLineText(describeFigure(figure({ provenance: clean, status, citation: citation({ date }) })));
          expect(text.startsWith('164 doden — ')).toBe(true);
          expect(text).not.toContain('undefined');
        },
      ),
    );
  });
});
