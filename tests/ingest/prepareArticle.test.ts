import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareArticle, slugify } from '../../src/ingest/prepareArticle.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import type { Dossier } from '../../src/knowledge/types.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

const SEEDS = path.join(ROOT, 'tests/fixtures/seeds');
const seed = (name: string): Buffer => readFileSync(path.join(SEEDS, name));

async function committed(): Promise<Dossier> {
  const dossier = (await loadKnowledge(KNOWLEDGE)).dossiers.find((d) => d.id === 'kazakhstan');
  if (!dossier) throw new Error('no kazakhstan dossier');
  return dossier;
}

const sentencesOf = (dossier: Dossier, id: string): string[] => dossier.articles.find((a) => a.id === id)?.paragraphs.flatMap((p) => p.sentences) ?? [];

describe('preparing raw articles', () => {
  it.each([
    ['rusland-stuurt-troepen.txt', 'kazakhstan/rusland-stuurt-troepen', '2022-01'],
    ['tokajev-staatsgreep.txt', 'kazakhstan/tokajev-staatsgreep', undefined],
  ])('reproduces the committed knowledge file’s sentences from the raw seed %s', async (file, id, date) => {
    const dossier = await committed();
    const empty = { ...dossier, articles: [] };
    const prepared = prepareArticle(seed(file), {}, empty, new Set());
    if (!prepared.ok) throw new Error(prepared.reason);
    const parsed = parseArticle({ id: 'kazakhstan/new', dossierId: 'kazakhstan', file: prepared.fileName, text: prepared.content, defaultLanguage: 'nl' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.article?.paragraphs.flatMap((p) => p.sentences)).toEqual(sentencesOf(dossier, id));
    expect(parsed.article?.titleDerived).toBe(true);
    expect(parsed.article?.date).toBe(date);
    expect(parsed.article?.source).toBeUndefined();
    expect(prepared.report.paragraphs).toBe(parsed.article?.paragraphs.length);
    expect(prepared.content).not.toContain('date 2022-01 Rusland');
  });

  it('reports what it recognised', async () => {
    const prepared = prepareArticle(seed('rusland-stuurt-troepen.txt'), {}, { ...(await committed()), articles: [] }, new Set());
    expect(prepared.ok && prepared.report).toMatchObject({
      paragraphs: 9,
      sentences: 30,
      date: '2022-01',
      dateFrom: 'text',
      headings: ['In het buitenland getraind', 'Neerslaan van een volksoproer', 'Paratroepers niet toegerust'],
      captions: ['Beeld Thijs van Dalen', 'Brand in het burgemeesterskantoor van Almaty, gisteren. Beeld Valery Sharifulin/TASS'],
    });
  });

  it('takes metadata from the flags, never inventing any', async () => {
    const prepared = prepareArticle(Buffer.from('Er vielen gisteren 12 doden in Sjymkent.\n'), { title: 'Doden in Sjymkent', source: 'NRC', date: '2022-01-12', url: 'https://example.org/x' }, await committed(), new Set());
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.fileName).toBe('doden-in-sjymkent.md');
    expect(prepared.content).toMatch(/^---\ntitle: Doden in Sjymkent\nsource: NRC\ndate: 2022-01-12\nurl: https:\/\/example.org\/x\nlanguage: nl\n---\nEr vielen/u);
  });

  it('names the articles a new one shares sentences with, when too few to make it a duplicate', async () => {
    const dossier = await committed();
    const quoted = sentencesOf(dossier, 'kazakhstan/tokajev-staatsgreep').slice(1, 3);
    const text = `Een nieuw stuk over de nasleep van de onrust in Almaty.\n\n${quoted.join(' ')}\n\nDe regering kondigde dinsdag nieuwe maatregelen aan.\n`;
    const prepared = prepareArticle(Buffer.from(text), {}, dossier, new Set());
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.report.overlaps).toEqual([{ file: 'tokajev-staatsgreep.md', title: expect.any(String), shared: 2 }]);
  });

  it('names an article of the dossier with the same link', async () => {
    const dossier = await committed();
    const withLink = { ...dossier, articles: dossier.articles.map((a, i) => (i === 0 ? { ...a, url: 'https://krant.example/a' } : a)) };
    const prepared = prepareArticle(Buffer.from('Een geheel nieuwe versie van het stuk.\n\nMet andere zinnen dan eerst.\n'), { url: 'https://krant.example/a' }, withLink, new Set());
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.report.sameLink).toEqual({ file: path.basename(dossier.articles[0]?.file ?? ''), title: dossier.articles[0]?.title });
  });

  it.each([
    ['a duplicate of an article in the dossier', seed('tokajev-staatsgreep.txt'), {}, /already in the dossier as tokajev-staatsgreep\.md \(“.+”; 37 of 37 sentences identical\)/u],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), {}, /binary file/u],
    ['a Latin-1 file', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), {}, /not plain UTF-8/u],
    ['an empty file', Buffer.from(' \n\n\t\n'), {}, /empty/u],
    ['only captions', Buffer.from('Beeld EPA\n'), {}, /no article text/u],
    ['a bad --date', Buffer.from('Een zin.\n'), { date: '12 januari' }, /--date must be YYYY-MM-DD or YYYY-MM/u],
  ])('refuses %s', async (_what, raw, flags, reason) => {
    const prepared = prepareArticle(raw, flags, await committed(), new Set());
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.reason).toMatch(reason);
  });

  it('never overwrites: a taken file name gets a number', async () => {
    const prepared = prepareArticle(Buffer.from('Een nieuwe zin over Almaty.\n'), { title: 'Almaty' }, await committed(), new Set(['almaty.md', 'almaty-2.md']));
    expect(prepared.ok && prepared.fileName).toBe('almaty-3.md');
    expect(slugify('Kazachstan: 164 doden — “onrust”')).toBe('kazachstan-164-doden-onrust');
  });
});
