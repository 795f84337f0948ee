/** One path from a link, a saved page or a text to a draft article: what `npm run ingest` and Slack share. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptsFile, draftArticle, sourceOfFile } from '../../src/ingest/draftArticle.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { Dossier } from '../../src/knowledge/types.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

const PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/html/artikel-jsonld.html'));
const lookup = async (): Promise<string[]> => ['93.184.216.34'];

async function dossier(): Promise<Dossier> {
  const found = (await loadKnowledge(KNOWLEDGE)).dossiers[0];
  if (!found) throw new Error('no dossier');
  return found;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('draftArticle', () => {
  it('reads a saved web page with the metadata it states, and offers its opening sentences', async () => {
    const drafted = await draftArticle(sourceOfFile('pagina.html', PAGE), {}, await dossier(), new Set());
    if (!drafted.ok) throw new Error(drafted.reason);
    const { draft } = drafted;
    expect(draft).toMatchObject({ fileName: 'kazachse-president-dankt-rusland-voor-troepen.md', id: 'kazakhstan/kazachse-president-dankt-rusland-voor-troepen', dateFromPage: true });
    expect(draft.report).toMatchObject({ title: 'Kazachse president dankt Rusland voor troepen', source: 'Testkrant', date: '2022-01-10', url: 'https://www.testkrant.example/buitenland/kazachstan-dankt-rusland' });
    expect(draft.opening[0]).toMatch(/^De Kazachse president Kassym-Jomart Tokajev heeft Rusland maandag bedankt/u);
    expect(draft.content).not.toMatch(/cookies|Deel dit artikel|Lees ook|Meer over Kazachstan/u);
  });

  it('fetches a link and reads it the same way, the page’s own link winning over the one typed', async () => {
    nock('https://krant.example').get('/a').reply(200, PAGE, { 'content-type': 'text/html' });
    const drafted = await draftArticle({ kind: 'link', url: 'https://krant.example/a' }, {}, await dossier(), new Set(), { lookup });
    expect(drafted.ok && drafted.draft.report.url).toBe('https://www.testkrant.example/buitenland/kazachstan-dankt-rusland');
  });

  it('keeps metadata a page does not state unknown, and picks a free file name', async () => {
    const text = 'Kazachstan opent de grens met Kirgizië weer.\n\nVrachtwagens stonden dagen in de file.\n';
    const drafted = await draftArticle(sourceOfFile('grens.txt', Buffer.from(text)), {}, await dossier(), new Set(['kazachstan-opent-de-grens-met-kirgizie-weer.md']));
    if (!drafted.ok) throw new Error(drafted.reason);
    expect(drafted.draft.report.source).toBeUndefined();
    expect(drafted.draft.report.date).toBeUndefined();
    expect(drafted.draft.fileName).toBe('kazachstan-opent-de-grens-met-kirgizie-weer-2.md');
  });

  it('reads a knowledge file’s own front matter as what it states, not as text', async () => {
    const file = '---\ntitle: Grens weer open\nsource: NOS\ndate: 2022-01-12\nurl: https://nos.example/grens\nlanguage: nl\n---\nKazachstan opent de grens met Kirgizië weer.\n\nVrachtwagens stonden dagen in de file.\n';
    const drafted = await draftArticle(sourceOfFile('hersteld.md', Buffer.from(file)), {}, await dossier(), new Set());
    if (!drafted.ok) throw new Error(drafted.reason);
    expect(drafted.draft.report).toMatchObject({ title: 'Grens weer open', source: 'NOS', date: '2022-01-12', url: 'https://nos.example/grens', sentences: 2 });
    expect(drafted.draft.opening[0]).toBe('Kazachstan opent de grens met Kirgizië weer.');
  });

  it('passes on why a source cannot be an article', async () => {
    expect(await draftArticle({ kind: 'link', url: 'http://127.0.0.1/x' }, {}, await dossier(), new Set())).toMatchObject({ ok: false, reason: expect.stringMatching(/private network/u) });
    expect(await draftArticle(sourceOfFile('leeg.html', Buffer.from('<html><body><p>Log in.</p></body></html>')), {}, await dossier(), new Set())).toMatchObject({ ok: false });
  });

  it('accepts the file types articles come in, by name', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.htm', 'e.markdown'].every(acceptsFile)).toBe(true);
    expect(['a.pdf', 'b.docx', 'c.txt.exe', 'noname'].some(acceptsFile)).toBe(false);
  });
});
