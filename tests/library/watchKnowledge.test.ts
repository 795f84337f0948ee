import { appendFileSync, cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { loadLibrary, type Library } from '../../src/library/loadLibrary.js';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/library/watchKnowledge.js';
import { formatProblem } from '../../src/knowledge/types.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

let watcher: KnowledgeWatcher | undefined;
afterEach(() => watcher?.close());

async function watched() {
  const dir = mkdtempSync(path.join(tmpdir(), 'watch-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const holder = holdLibrary(await loadLibrary(dir));
  const errors: unknown[] = [];
  const reloads: Library[] = [];
  watcher = await watchKnowledge(dir, { onReload: (next: Library) => { reloads.push(next); holder.replace(next); }, onError: (e) => errors.push(e), debounceMs: 50, stableMs: 400, pollMs: 200 });
  return { dir, holder, errors, reloads };
}

const ARTICLE = '---\ntitle: Rellen in Sjymkent\nsource: Testkrant\ndate: 2022-01-12\n---\nIn Sjymkent zijn bij nieuwe rellen 42 doden gevallen.\n';

describe('hot reload from the library serving', () => {
  const QUESTIONS = ['Sjymkent', 'troops', 'hoeveel doden', 'wie is Tokajev?', 'brandstofprijzen', 'Tweede dossier olie'];
  const answersOf = (library: Library) => library.dossiers.map((index) => QUESTIONS.map((q) => answer(q, { index, limit: 5 })));

  /** The bundled dossier and a second one, watched with the library serving as what a reload starts from. */
  async function watchedTwo() {
    const dir = mkdtempSync(path.join(tmpdir(), 'watch-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    mkdirSync(path.join(dir, 'tweede'));
    writeFileSync(path.join(dir, 'tweede', 'dossier.yml'), 'command: /tweede\ntitle: Tweede dossier\nlanguage: nl\n');
    writeFileSync(path.join(dir, 'tweede', 'olie.md'), '---\ntitle: Olie\nsource: Testkrant\ndate: 2022-01-10\n---\nDe olieprijs steeg in januari. Hij daalde in februari.\n');
    const holder = holdLibrary(await loadLibrary(dir));
    const reloads: Library[] = [];
    watcher = await watchKnowledge(dir, { current: () => holder.current(), onReload: (next: Library) => { reloads.push(next); holder.replace(next); }, debounceMs: 50, stableMs: 400, pollMs: 200 });
    return { dir, holder, reloads };
  }

  it('analyses only the added article (and any whose words it changes), keeps the other dossier as it was, and answers as a fresh load', async () => {
    const { dir, holder, reloads } = await watchedTwo();
    const before = holder.current();
    const sentences = before.byId('kazakhstan')?.sentences.length ?? 0;
    // Sorts between the two articles: every sentence after it gets another id.
    writeFileSync(path.join(dir, 'kazakhstan', 'sjymkent.md'), ARTICLE);
    await vi.waitFor(() => expect(reloads).toHaveLength(1), { timeout: 5000 });
    const next = reloads[0] as Library;
    expect(next.byId('kazakhstan')?.dossier.articles.map((a) => a.id)).toEqual(['kazakhstan/rusland-stuurt-troepen', 'kazakhstan/sjymkent', 'kazakhstan/tokajev-staatsgreep']);
    const [kazakhstan, tweede] = next.builds ?? [];
    expect(kazakhstan).toMatchObject({ dossierId: 'kazakhstan', how: 'updated' });
    expect(kazakhstan?.analysedSentences).toBeGreaterThanOrEqual(1);
    expect(kazakhstan?.analysedSentences).toBeLessThan(sentences / 2);
    expect((kazakhstan?.analysedSentences ?? 0) + (kazakhstan?.copiedSentences ?? 0)).toBe(sentences + 1);
    expect(tweede).toMatchObject({ dossierId: 'tweede', how: 'unchanged', analysedSentences: 0 });
    expect(next.byId('tweede')).toBe(before.byId('tweede'));

    const fresh = await loadLibrary(dir);
    expect(next.analyses?.get('kazakhstan')?.data).toEqual(fresh.analyses?.get('kazakhstan')?.data);
    expect(answersOf(next)).toEqual(answersOf(fresh));
    expect(answer('Sjymkent', { index: next.byId('kazakhstan')! }).results[0]?.text).toContain('42 doden');
  });

  it('takes a removed article out the same way, answering as a fresh load', async () => {
    const { dir, holder, reloads } = await watchedTwo();
    const sentences = holder.current().byId('kazakhstan')?.sentences.length ?? 0;
    const removed = holder.current().byId('kazakhstan')?.sentences.filter((s) => s.articleId === 'kazakhstan/rusland-stuurt-troepen').length ?? 0;
    mkdirSync(path.join(dir, 'kazakhstan', '.removed'));
    renameSync(path.join(dir, 'kazakhstan', 'rusland-stuurt-troepen.md'), path.join(dir, 'kazakhstan', '.removed', 'rusland-stuurt-troepen.md'));
    await vi.waitFor(() => expect(reloads).toHaveLength(1), { timeout: 5000 });
    const next = reloads[0] as Library;
    const build = next.builds?.find((b) => b.dossierId === 'kazakhstan');
    expect(build?.how).toBe('updated');
    expect((build?.analysedSentences ?? 0) + (build?.copiedSentences ?? 0)).toBe(sentences - removed);
    expect(build?.copiedSentences).toBeGreaterThan(0);
    const fresh = await loadLibrary(dir);
    expect(next.analyses?.get('kazakhstan')?.data).toEqual(fresh.analyses?.get('kazakhstan')?.data);
    expect(answersOf(next)).toEqual(answersOf(fresh));
  });
});

describe('hot reload', () => {
  it('serves a new article without a restart', async () => {
    const { dir, holder } = await watched();
    const index = () => holder.current().byId('kazakhstan');
    expect(answer('Sjymkent', { index: index()! }).results).toEqual([]);
    writeFileSync(path.join(dir, 'kazakhstan', 'sjymkent.md'), ARTICLE);
    await vi.waitFor(() => expect(answer('Sjymkent', { index: index()! }).results[0]?.text).toContain('42 doden'), { timeout: 5000 });
    expect(index()?.dossier.articles).toHaveLength(3);
  });

  it('serves a file written in pieces only once it is complete, never a half of it', async () => {
    const { dir, holder, reloads } = await watched();
    const file = path.join(dir, 'kazakhstan', 'stukken.md');
    const paragraphs = Array.from({ length: 5 }, (_, i) => `In Sjymkent vielen op dag ${i + 1} nieuwe doden.`);
    writeFileSync(file, `---\ntitle: Stukken\nsource: Testkrant\ndate: 2022-01-12\n---\n${paragraphs[0]}\n`);
    for (const paragraph of paragraphs.slice(1)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      appendFileSync(file, `\n${paragraph}\n`);
    }
    const article = () => holder.current().byId('kazakhstan')?.dossier.articles.find((a) => a.id === 'kazakhstan/stukken');
    await vi.waitFor(() => expect(article()?.paragraphs).toHaveLength(5), { timeout: 8000 });
    // No library in between served the article with fewer paragraphs.
    const served = reloads.map((library) => library.byId('kazakhstan')?.dossier.articles.find((a) => a.id === 'kazakhstan/stukken')?.paragraphs.length).filter((n) => n !== undefined);
    expect(served).toEqual([5]);
  });

  it('keeps answering while an alias bomb, a 3 MB dump and a 100,000-character token are dropped in', async () => {
    const { dir, holder } = await watched();
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    writeFileSync(path.join(dir, 'kazakhstan', 'bom.md'), `---\ntitle: Bom\n${bomb}\n---\nTekst.\n`);
    writeFileSync(path.join(dir, 'kazakhstan', 'dump.md'), `---\ntitle: Dump\nsource: unknown\ndate: unknown\n---\n${'Troepen trokken door de stad. '.repeat(110_000)}\n`);
    writeFileSync(path.join(dir, 'kazakhstan', 'token.md'), `---\ntitle: Token\nsource: unknown\ndate: unknown\n---\nIn Sjymkent ${'troepen'.repeat(15_000)} vielen doden.\n`);
    const answers: number[] = [];
    await vi.waitFor(
      () => {
        answers.push(answer('troops', { index: holder.current().byId('kazakhstan')! }).results.length);
        const problems = holder.current().problems.map(formatProblem).join('\n');
        expect(problems).toMatch(/bom\.md:2: too many YAML aliases/u);
        expect(problems).toMatch(/dump\.md: too large/u);
      },
      { timeout: 8000, interval: 100 },
    );
    expect(answers.every((n) => n > 0)).toBe(true);
    expect(holder.current().byId('kazakhstan')?.dossier.articles.map((a) => a.id)).toContain('kazakhstan/token');
  });

  it('keeps serving everything else when a broken file arrives, and reports it', async () => {
    const { dir, holder } = await watched();
    writeFileSync(path.join(dir, 'kazakhstan', 'kapot.md'), '---\ntitle: Onrust: dag drie\n---\nTekst.\n');
    await vi.waitFor(() => expect(holder.current().problems.map(formatProblem).join('\n')).toMatch(/kapot\.md:2: front matter is not valid YAML/u), { timeout: 5000 });
    const index = holder.current().byId('kazakhstan')!;
    expect(index.dossier.articles).toHaveLength(2);
    expect(answer('Tokajev', { index }).results.length).toBeGreaterThan(0);
  });

  it('keeps the previous library when the folder disappears', async () => {
    const { dir, holder, errors } = await watched();
    const before = holder.current();
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await watcher?.settled();
    expect(holder.current()).toBe(before);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('never swaps in an empty library when every dossier folder disappears', async () => {
    const { dir, holder, errors } = await watched();
    const before = holder.current();
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'kazakhstan'), { recursive: true, force: true });
    await vi.waitFor(() => expect(errors.map(String).join()).toMatch(/no dossiers found/u), { timeout: 5000 });
    expect(holder.current()).toBe(before);
  });
});
