/**
 * Figures an editor can publish from: hand-made Dutch sentences for each rule, then the seed
 * articles with a dated follow-up of our own (tests/fixtures/knowledge-followup, never the live
 * knowledge folder).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { extractFigures, unmatchedNotes, type Figure, type TopicFigures } from '../../src/figures/extractFigures.js';
import type { TopicConfig } from '../../src/knowledge/dossierConfig.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { ROOT } from '../helpers/seeds.js';
import { tinyIndex, type TinyOptions } from '../helpers/tinyDossier.js';

const TOPICS: TopicConfig[] = [
  { name: 'deaths', label: 'Doden', words: ['doden', 'dood', 'gedood', 'omgekomen'], groups: [{ name: 'security forces', words: ['agenten', 'officieren', 'veiligheidsdiensten'] }, { name: 'population', words: ['burgers', 'mensen'] }] },
  { name: 'arrests', label: 'Arrestaties', words: ['gearresteerd', 'arrestaties', 'opgepakt'], groups: [] },
  { name: 'cases', label: 'Strafzaken', words: ['strafzaken'], groups: [] },
];

function figures(articles: Record<string, string[]>, options: TinyOptions = {}): TopicFigures[] {
  return extractFigures(tinyIndex(articles, '', { topics: TOPICS, ...options }));
}
const all = (topics: TopicFigures[], topic: string): Figure[] => topics.find((t) => t.topic === topic)?.groups.flatMap((g) => g.figures) ?? [];
const group = (topics: TopicFigures[], topic: string, name?: string) => topics.find((t) => t.topic === topic)?.groups.find((g) => g.group === name);

describe('what a figure counts', () => {
  it('criminal cases are not arrests, though the sentence says "opgepakt"', () => {
    const found = figures({ a: ['Ruim 900 strafzaken zijn geopend tegen mensen die zijn opgepakt.', 'Bijna 8.000 mensen zijn gearresteerd.'] });
    expect(all(found, 'arrests').map((f) => f.text)).toEqual(['Bijna 8.000 mensen']);
    expect(all(found, 'cases').map((f) => f.text)).toEqual(['Ruim 900 strafzaken']);
  });

  it('"drie officieren werden dood aangetroffen" is an event, not a toll, and never disagrees with one', () => {
    const found = figures({ a: ['Drie andere hoge officieren werden maandag dood aangetroffen.'], b: ['Er zijn 16 agenten gedood.'] });
    const security = group(found, 'deaths', 'security forces');
    expect(security?.figures.map((f) => [f.text, f.event])).toEqual([['16 agenten', undefined], ['Drie andere hoge officieren', 'dood aangetroffen']]);
    expect(security?.sourcesDiffer).toBe(false);
  });
});

describe('provenance on each figure', () => {
  it('a retracted figure is marked and never compared', () => {
    const found = figures({ a: ['De autoriteiten spraken van 164 doden onder de burgers, maar trokken die informatie later in.'], b: ['Er zijn 40 burgers omgekomen.'] });
    const population = group(found, 'deaths', 'population');
    expect(population?.figures.map((f) => [f.text, f.status])).toEqual([['40 burgers', 'stands'], ['164 doden', 'retracted']]);
    expect(population?.sourcesDiffer).toBe(false);
  });

  it('the old value of a correction is superseded; the new one stands', () => {
    const found = figures({ a: ['Het ministerie heeft het dodental onder burgers gecorrigeerd van 200 doden naar 225 doden.'] });
    expect(all(found, 'deaths').map((f) => [f.text, f.status])).toEqual([['225 doden', 'stands'], ['200 doden', 'superseded']]);
  });

  it('hedged and attributed figures carry who says so and how firmly', () => {
    const [hedged, attributed] = [...all(figures({ a: ['Aan de kant van de veiligheidsdiensten zouden 16 doden zijn gevallen.'] }), 'deaths'), ...all(figures({ a: ['Volgens de politie zijn 30 agenten gedood.'] }), 'deaths')];
    expect(hedged?.provenance).toEqual({ hedge: 'zouden' });
    expect(attributed?.provenance).toEqual({ claimant: 'de politie' });
  });

  it('the moment comes from the sentence, against the article date', () => {
    const [figure] = all(figures({ a: ['De politie meldde maandag dat 30 agenten zijn gedood.'] }, { dates: { a: '2022-01-12' } }), 'deaths');
    expect(figure?.moment).toEqual({ text: 'maandag', from: '2022-01-10', to: '2022-01-10', basis: 'sentence' });
  });
});

describe('like with like', () => {
  it('a later figure of the same claimant is an update; two sources on one day differ', () => {
    const dated = { dates: { a: '2022-01-10', b: '2022-01-14', c: '2022-01-10' } };
    const found = figures({ a: ['De politie meldde dat 16 agenten zijn gedood.'], b: ['De politie meldde dat 26 agenten zijn gedood.'], c: ['Volgens de oppositie zijn 60 agenten gedood.'] }, dated);
    const security = group(found, 'deaths', 'security forces');
    expect(security?.updates.map((u) => [u.from.text, u.to.text])).toEqual([['16 agenten', '26 agenten']]);
    expect(security?.disagreements.map(([x, y]) => [x.text, y.text].sort())).toEqual([['16 agenten', '60 agenten']]);
  });

  it('arrests are not compared with deaths, nor the population with the security forces', () => {
    const found = figures({ a: ['Er zijn 16 agenten gedood.'], b: ['Er zijn 200 burgers gedood.'], c: ['Er zijn 8.000 mensen gearresteerd.'] });
    for (const topic of found) for (const g of topic.groups) expect(g.sourcesDiffer).toBe(false);
  });
});

describe("the desk's corrections (dossier.yml figures:)", () => {
  const articles = { a: ['De autoriteiten spraken van 164 doden onder de burgers.', 'Er zijn 16 agenten gedood.'], b: ['Er zijn 26 agenten gedood.'] };

  it('hide, pin, label and note a figure by a piece of its sentence', () => {
    const found = figures(articles, {
      figureNotes: [
        { sentence: 'van 164 doden', hide: true },
        { sentence: 'Er zijn 26 agenten', pin: true, label: 'ministry count', note: 'confirmed by phone' },
      ],
    });
    expect(all(found, 'deaths').map((f) => f.text)).toEqual(['26 agenten', '16 agenten']);
    expect(all(found, 'deaths')[0]?.desk).toEqual({ pinned: true, label: 'ministry count', note: 'confirmed by phone' });
  });

  it('a correction survives re-ingest: it follows the sentence, wherever the article now puts it', () => {
    const note = [{ sentence: 'Er zijn 26 agenten', pin: true }];
    const before = figures(articles, { figureNotes: note });
    const reingested = figures({ b: ['Een nieuwe eerste alinea.', 'Er zijn 26 agenten gedood.'], a: articles.a }, { figureNotes: note });
    for (const found of [before, reingested]) expect(all(found, 'deaths').find((f) => f.desk?.pinned)?.text).toBe('26 agenten');
  });

  it('moves a figure to another measure; a note that matches nothing is reported', () => {
    const index = tinyIndex(articles, '', { topics: TOPICS, figureNotes: [{ sentence: 'Er zijn 16 agenten', topic: 'cases' }, { sentence: 'no such sentence' }] });
    expect(all(extractFigures(index), 'cases').map((f) => f.text)).toEqual(['16 agenten']);
    expect(unmatchedNotes(index).map((n) => n.sentence)).toEqual(['no such sentence']);
  });
});

async function fixtureDossier(withFollowUp: boolean): Promise<DossierIndex> {
  const folder = mkdtempSync(path.join(tmpdir(), 'figures-'));
  cpSync(path.join(ROOT, 'tests/fixtures/knowledge-followup'), folder, { recursive: true });
  if (!withFollowUp) rmSync(path.join(folder, 'kazakhstan', 'dodental-gestegen.md'));
  const index = (await loadLibrary(folder)).byId('kazakhstan');
  rmSync(folder, { recursive: true, force: true });
  if (!index) throw new Error('fixture dossier missing');
  return index;
}

describe('the seed articles and a dated follow-up', async () => {
  const seeds = extractFigures(await fixtureDossier(false));
  const withFollowUp = extractFigures(await fixtureDossier(true));
  const find = (topics: TopicFigures[], text: string): Figure | undefined => topics.flatMap((t) => t.groups.flatMap((g) => g.figures)).find((f) => f.text.startsWith(text));

  it('marks 164 as retracted, with who said it, where and when', () => {
    expect(find(seeds, '164')).toMatchObject({ status: 'retracted', provenance: { claimant: 'De autoriteiten', channel: 'op sociale media' }, moment: { text: 'afgelopen weekeinde' } });
  });

  it('gives 16 and "minstens dertien" their hedges, and they do not disagree', () => {
    expect(find(seeds, '16')?.provenance.hedge).toBe('zouden');
    expect(find(seeds, 'minstens dertien')?.provenance.hedge).toBe('zouden');
    expect(group(seeds, 'deaths', 'security forces')?.sourcesDiffer).toBe(false);
  });

  it('does not call "Drie … dood aangetroffen" a toll', () => {
    expect(find(seeds, 'Drie')?.event).toBe('dood aangetroffen');
  });

  it('flags "sources differ" on the seeds nowhere, and after the follow-up only where like meets like', () => {
    expect(seeds.flatMap((t) => t.groups.filter((g) => g.sourcesDiffer))).toEqual([]);
    const differing = withFollowUp.flatMap((t) => t.groups.filter((g) => g.sourcesDiffer).map((g) => `${t.topic}/${g.group ?? ''}`));
    expect(differing.sort()).toEqual(['arrests/', 'deaths/security forces']);
    expect(group(withFollowUp, 'deaths', 'security forces')?.disagreements.map(([a, b]) => [a.text, b.text].sort())).toEqual([['16 doden', '26 leden']]);
  });

  it("shows the police's arrests moving from Monday to Tuesday as an update", () => {
    expect(group(withFollowUp, 'arrests')?.updates.map((u) => [u.from.text, u.to.text])).toEqual([['9.900 arrestaties', 'ruim 10.000 mensen']]);
  });

  it('keeps the follow-up\'s criminal cases out of the arrests', () => {
    expect(all(withFollowUp, 'arrests').map((f) => f.text)).not.toContain('Ruim 900 strafzaken');
  });
});
