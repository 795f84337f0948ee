/** The digest as JSON: every figure with its provenance, for programs and for checking by hand. */
import { describe, expect, it } from 'vitest';
import { composeDigest, type Digest } from '../../src/digest/composeDigest.js';
import { digestJson } from '../../src/digest/digestJson.js';
import type { TopicConfig } from '../../src/knowledge/dossierConfig.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const TOPICS: TopicConfig[] = [
  { name: 'deaths', label: 'Doden', words: ['doden', 'gedood'], groups: [{ name: 'security forces', words: ['agenten'] }, { name: 'population', words: ['burgers'] }] },
  { name: 'arrests', label: 'Arrestaties', words: ['gearresteerd'], groups: [] },
];

function sample(since?: Date): Digest {
  const index = tinyIndex(
    {
      a: ['De politie meldde dat 16 agenten zijn gedood.', 'Volgens de politie zijn 9.900 mensen gearresteerd.'],
      b: ['De politie meldde dat 26 agenten zijn gedood.', 'Volgens de politie zijn ruim 10.000 mensen gearresteerd.'],
      c: ['Er zouden 8 agenten zijn gedood.', 'De autoriteiten spraken van 164 doden onder burgers, maar trokken die informatie later in.'],
    },
    '',
    { topics: TOPICS, dates: { a: '2022-01-10', b: '2022-01-14', c: '2022-01-10' }, figureNotes: [{ sentence: 'geen zin meer', line: 7 }, { sentence: 'nog een', hide: true }, { sentence: 'Er zouden 8 agenten', note: 'nagebeld' }] },
  );
  return composeDigest({
    dossiers: [index],
    date: '2022-01-15',
    ...(since ? { since } : {}),
    firstSeen: new Map([['tiny/b', '2022-01-14T10:00:00Z']]),
    queries: [
      { type: 'asked', id: '1', time: '2022-01-14T10:00:00Z', dossierId: 'tiny', query: 'troepen', results: 3 },
      { type: 'asked', id: '2', time: '2022-01-14T10:00:00Z', dossierId: 'tiny', query: 'vaccin', results: 0 },
    ],
  });
}

const json = digestJson(sample(new Date('2022-01-12T07:00:00Z')));
const [part] = json.dossiers;
const groupOf = (topic: string, group: string | null) => part?.figures.find((t) => t.topic === topic)?.groups.find((g) => g.group === group);

describe('digestJson', () => {
  it('gives the day, since when, and each dossier by id and title', () => {
    expect(json.date).toBe('2022-01-15');
    expect(json.since).toBe('2022-01-12T07:00:00.000Z');
    expect(json.dossiers.map((d) => [d.id, d.title])).toEqual([['tiny', 'Tiny']]);
    expect(part?.newArticles.map((a) => a.id)).toEqual(['tiny/b']);
    expect(part?.mostAsked).toEqual([{ query: 'troepen', count: 1 }, { query: 'vaccin', count: 1 }]);
    expect(part?.unanswered).toEqual([{ query: 'vaccin', count: 1 }]);
  });

  it('says null for a first digest, never leaves the key out', () => {
    const first = digestJson(sample());
    expect(first.since).toBeNull();
    expect(Object.keys(first)).toContain('since');
  });

  it('survives a trip through JSON unchanged: nothing undefined, nothing lost', () => {
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
  });

  it('gives every figure the same fields, null where the article says nothing', () => {
    const figures = part?.figures.flatMap((t) => t.groups.flatMap((g) => g.figures)) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(6);
    const keys = ['text', 'value', 'atLeast', 'qualifier', 'status', 'event', 'claimant', 'nearbyClaimant', 'channel', 'hedge', 'withdrawal', 'moment', 'desk', 'sentence', 'citation'];
    for (const f of figures) expect(Object.keys(f).sort()).toEqual([...keys].sort());
  });

  it('tells who says so, how firmly, and whether withdrawn', () => {
    const security = groupOf('deaths', 'security forces');
    expect(security?.figures.map((f) => [f.text, f.value, f.claimant, f.hedge])).toEqual([
      ['16 agenten', 16, 'De politie', null],
      ['8 agenten', 8, null, 'zouden'],
      ['26 agenten', 26, 'De politie', null],
    ]);
    const retracted = groupOf('deaths', 'population')?.figures[0];
    expect(retracted).toMatchObject({ text: '164 doden', status: 'retracted', withdrawal: { kind: 'retracted', text: 'trokken die informatie later in' }, claimant: 'De autoriteiten' });
    expect(retracted?.citation).toMatchObject({ articleId: 'tiny/c', paragraph: 2, date: '2022-01-10' });
  });

  it('keeps the qualifier and the desk’s note', () => {
    const arrests = groupOf('arrests', null);
    expect(arrests?.figures.map((f) => [f.text, f.value, f.qualifier])).toEqual([
      ['9.900 mensen', 9900, null],
      ['ruim 10.000 mensen', 10000, 'ruim'],
    ]);
    expect(groupOf('deaths', 'security forces')?.figures[1]?.desk).toEqual({ pinned: false, note: 'nagebeld' });
  });

  it('gives disagreements and updates as the figures’ own words', () => {
    const security = groupOf('deaths', 'security forces');
    expect(security?.sourcesDiffer).toBe(true);
    expect(security?.disagreements).toEqual([['16 agenten', '8 agenten']]);
    expect(security?.updates).toEqual([{ from: '16 agenten', to: '26 agenten', claimant: 'De politie' }]);
    expect(groupOf('arrests', null)?.group).toBeNull();
  });

  it('lists the desk corrections that match nothing, line null when unknown', () => {
    expect(part?.staleNotes).toEqual([
      { sentence: 'geen zin meer', line: 7 },
      { sentence: 'nog een', line: null },
    ]);
  });
});
