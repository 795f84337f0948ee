import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
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
