/** Figures as lines, shared by the digests and `/… figures`: per measure and group. */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/answer/types.js';
import { figureLines } from '../../src/digest/figureLines.js';
import { MAX_PAIRS } from '../../src/figures/compareFigures.js';
import { describeFigure } from '../../src/figures/describeFigure.js';
import type { Figure, FigureGroup, TopicFigures } from '../../src/figures/extractFigures.js';
import { tinyIndex } from '../helpers/tinyDossier.js';
import { extractFigures } from '../../src/figures/extractFigures.js';

const citation = (over: Partial<Citation> = {}): Citation => ({ dossierId: 'd', articleId: 'd/a', title: 'A', titleDerived: false, source: 'Testkrant', date: '2022-01-10', url: null, paragraph: 1, sentence: 1, heading: null, ...over });

const figure = (text: string, over: Partial<Figure> = {}): Figure => ({
  topic: 'deaths',
  mention: { text: text.split(' ')[0] ?? text, start: 0, end: 2, value: Number.parseInt(text, 10), numberEnd: 2 },
  text,
  sentence: `Er zijn ${text}.`,
  citation: citation(),
  provenance: {},
  moment: { basis: 'unknown' },
  status: 'stands',
  ...over,
});

const group = (over: Partial<FigureGroup> = {}): FigureGroup => ({ figures: [figure('16 doden')], sourcesDiffer: false, disagreements: [], updates: [], ...over });
const topic = (groups: FigureGroup[], label = 'Doden'): TopicFigures => ({ topic: 'deaths', label, groups });

describe('figureLines', () => {
  it('has one line per measure and group, labelled with both', () => {
    const lines = figureLines([topic([group({ group: 'security forces' }), group()]), topic([group()], 'Arrestaties')]);
    expect(lines.map((l) => l.label)).toEqual(['Doden — security forces', 'Doden', 'Arrestaties']);
  });

  it('has no lines when nothing is tracked', () => {
    expect(figureLines([])).toEqual([]);
    expect(figureLines([topic([])])).toEqual([]);
  });

  it('describes each figure the one way every surface does, with its sentence and citation', () => {
    const f = figure('164 doden', { provenance: { claimant: 'De autoriteiten' }, citation: citation({ paragraph: 4 }) });
    const [line] = figureLines([topic([group({ figures: [f] })])]);
    expect(line?.figures).toEqual([{ description: describeFigure(f), sentence: 'Er zijn 164 doden.', citation: f.citation, standing: true }]);
  });

  it('only a standing count is "standing": not a withdrawn figure, not a single event', () => {
    const figures = [figure('16 doden'), figure('3 officieren', { event: 'dood aangetroffen' }), figure('164 doden', { status: 'retracted' }), figure('200 doden', { status: 'superseded' })];
    const [line] = figureLines([topic([group({ figures })])]);
    expect(line?.figures.map((f) => f.standing)).toEqual([true, false, false, false]);
  });

  it('names the figures that disagree', () => {
    const [a, b] = [figure('16 doden'), figure('bijna 8 doden')];
    const [line] = figureLines([topic([group({ figures: [a, b], sourcesDiffer: true, disagreements: [[a, b]] })])]);
    expect(line?.sourcesDiffer).toBe(true);
    expect(line?.disagreements).toEqual(['16 doden ≠ bijna 8 doden']);
  });

  it('names three disagreements, then counts the rest', () => {
    const pairs = Array.from({ length: 5 }, (_, i): [Figure, Figure] => [figure(`${i + 1} doden`), figure(`${i + 100} doden`)]);
    const [line] = figureLines([topic([group({ sourcesDiffer: true, disagreements: pairs })])]);
    expect(line?.disagreements).toEqual(['1 doden ≠ 100 doden', '2 doden ≠ 101 doden', '3 doden ≠ 102 doden', 'and 2 more']);
  });

  it('says "N+ more" when the comparison stopped at its cap', () => {
    const pairs = Array.from({ length: MAX_PAIRS }, (_, i): [Figure, Figure] => [figure(`${i + 1} doden`), figure(`${i + 100} doden`)]);
    const [line] = figureLines([topic([group({ sourcesDiffer: true, disagreements: pairs })])]);
    expect(line?.disagreements).toHaveLength(4);
    expect(line?.disagreements[3]).toBe(`and ${MAX_PAIRS - 3}+ more`);
  });

  it('shows how a claimant’s figure moved, with who gives it', () => {
    const from = figure('16 doden', { moment: { from: '2022-01-07', to: '2022-01-07', basis: 'sentence' } });
    const to = figure('26 doden', { moment: { from: '2022-01-10', to: '2022-01-10', basis: 'sentence' }, provenance: { claimant: 'de politie' } });
    const [line] = figureLines([topic([group({ figures: [from, to], updates: [{ from, to }] })])]);
    expect(line?.updates).toHaveLength(1);
    expect(line?.updates[0]).toMatch(/^16 doden \((?:2022-01-07|7 Jan 2022)\) → 26 doden \((?:2022-01-10|10 Jan 2022)\), de politie$/u);
  });

  // The doc comment of FigureLine.updates promises "16 doden (7 Jan 2022) → 26 doden (10 Jan 2022), de politie",
  // in the dates every other figure line uses (describeFigure's dateSpan); the line gives ISO dates:
  // "16 doden (2022-01-07) → 26 doden (2022-01-10), de politie".
  it('dates an update the way figure lines do ("7 Jan 2022"), as documented', () => {
    const from = figure('16 doden', { moment: { from: '2022-01-07', to: '2022-01-07', basis: 'sentence' } });
    const to = figure('26 doden', { moment: { from: '2022-01-10', to: '2022-01-10', basis: 'sentence' }, provenance: { claimant: 'de politie' } });
    expect(figureLines([topic([group({ updates: [{ from, to }] })])])[0]?.updates).toEqual(['16 doden (7 Jan 2022) → 26 doden (10 Jan 2022), de politie']);
  });

  it('leaves out an unknown claimant and an unknown date without stray punctuation', () => {
    const [line] = figureLines([topic([group({ updates: [{ from: figure('16 doden'), to: figure('26 doden') }] })])]);
    expect(line?.updates).toEqual(['16 doden → 26 doden']);
  });

  it('lines up with the figures extracted from articles', () => {
    const index = tinyIndex(
      { a: ['Volgens de politie zijn 16 agenten gedood.'], b: ['De autoriteiten spraken van 164 doden onder burgers, maar trokken die informatie later in.'] },
      '',
      { topics: [{ name: 'deaths', label: 'Doden', words: ['doden', 'gedood'], groups: [{ name: 'security forces', words: ['agenten'] }, { name: 'population', words: ['burgers'] }] }] },
    );
    const lines = figureLines(extractFigures(index));
    expect(lines.map((l) => [l.label, l.figures.map((f) => [f.description.value, f.standing])])).toEqual([
      ['Doden — security forces', [['16 agenten', true]]],
      ['Doden — population', [['164 doden', false]]],
    ]);
    expect(lines[1]?.figures[0]?.description.warnings).toEqual(['RETRACTED: “trokken die informatie later in”']);
  });
});
