/** A reload parses only the files that changed; what it reuses is what parsing again would give. */
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { ParsedArticles } from '../../src/knowledge/parsedArticles.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

const source = (text: string) => ({ id: 'd/a', dossierId: 'd', file: 'a.md', text, defaultLanguage: 'nl' });
const ARTICLE = '---\ntitle: A\nsource: Testkrant\ndate: 2022-01-05\n---\nDe troepen vertrokken.\n';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ParsedArticles', () => {
  it('gives the earlier load’s article for a file with the same text, and parses a changed one again', () => {
    const first = new ParsedArticles();
    const parsed = first.parse(source(ARTICLE));
    const next = new ParsedArticles(first);
    expect(next.parse(source(ARTICLE))).toBe(parsed);
    const edited = next.parse(source(ARTICLE.replace('vertrokken', 'bleven')));
    expect(edited).not.toBe(parsed);
    expect(edited.article?.paragraphs[0]?.sentences).toEqual(['De troepen bleven.']);
    // Another file with the same text is its own article (its id and file differ).
    expect(next.parse({ ...source(ARTICLE), id: 'd/b', file: 'b.md' }).article?.id).toBe('d/b');
  });

  it('forgets files a load no longer read', () => {
    const first = new ParsedArticles();
    const parsed = first.parse(source(ARTICLE));
    const without = new ParsedArticles(first);
    expect(new ParsedArticles(without).parse(source(ARTICLE))).not.toBe(parsed);
  });

  it('lets loadKnowledge give the same knowledge as reading afresh, after an edit, a removal and an addition', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parsed-'));
    dirs.push(dir);
    cpSync(KNOWLEDGE, dir, { recursive: true });
    const parsed = new ParsedArticles();
    const before = await loadKnowledge(dir, parsed);
    writeFileSync(path.join(dir, 'kazakhstan', 'rellen.md'), ARTICLE);
    renameSync(path.join(dir, 'kazakhstan', 'rusland-stuurt-troepen.md'), path.join(dir, 'weg.txt'));
    const next = new ParsedArticles(parsed);
    const after = await loadKnowledge(dir, next);
    expect(after).toEqual(await loadKnowledge(dir));
    // The unchanged article is the very same object: the analysis sees at once that it is unchanged.
    const unchanged = (k: typeof before) => k.dossiers[0]?.articles.find((a) => a.id === 'kazakhstan/tokajev-staatsgreep');
    expect(unchanged(after)).toBe(unchanged(before));
  });
});
