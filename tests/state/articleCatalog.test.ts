/** When each article was first seen, so the digest can say what is new. */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleCatalog } from '../../src/state/articleCatalog.js';
import { tempDirs } from '../helpers/tempDirs.js';

const stateDir = tempDirs('catalog-');

const T1 = new Date('2022-01-10T08:00:00Z');
const T2 = new Date('2022-01-11T08:00:00Z');

describe('ArticleCatalog', () => {
  it('has seen nothing in a fresh state folder', () => {
    expect(new ArticleCatalog(stateDir()).firstSeen().size).toBe(0);
  });

  it('records new articles with the time they were first seen, and returns them', () => {
    const catalog = new ArticleCatalog(stateDir());
    expect(catalog.record(['k/a', 'k/b'], T1)).toEqual(['k/a', 'k/b']);
    expect(Object.fromEntries(catalog.firstSeen())).toEqual({ 'k/a': T1.toISOString(), 'k/b': T1.toISOString() });
  });

  it('keeps the first time an article was seen; only the new ones are returned', () => {
    const catalog = new ArticleCatalog(stateDir());
    catalog.record(['k/a'], T1);
    expect(catalog.record(['k/a', 'k/c'], T2)).toEqual(['k/c']);
    expect(catalog.firstSeen().get('k/a')).toBe(T1.toISOString());
    expect(catalog.firstSeen().get('k/c')).toBe(T2.toISOString());
    expect(catalog.record(['k/a', 'k/c'], T2)).toEqual([]);
  });

  it('remembers across instances (a restart)', () => {
    const dir = stateDir();
    new ArticleCatalog(dir).record(['k/a'], T1);
    const restarted = new ArticleCatalog(dir);
    expect(restarted.firstSeen().get('k/a')).toBe(T1.toISOString());
    expect(restarted.record(['k/a'], T2)).toEqual([]);
  });

  it('takes any iterable of ids', () => {
    const catalog = new ArticleCatalog(stateDir());
    expect(catalog.record(new Set(['k/a', 'k/b']), T1)).toEqual(['k/a', 'k/b']);
    function* more(): Generator<string> {
      yield 'k/b';
      yield 'k/d';
    }
    expect(catalog.record(more(), T2)).toEqual(['k/d']);
  });

  it('does not write when nothing is new', () => {
    const dir = stateDir();
    new ArticleCatalog(dir).record([], T1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('starts over from a file cut short, rather than failing', () => {
    const dir = stateDir();
    writeFileSync(path.join(dir, 'articles-seen.json'), '{"k/a": "2022-');
    const catalog = new ArticleCatalog(dir);
    expect(catalog.firstSeen().size).toBe(0);
    expect(catalog.record(['k/a'], T2)).toEqual(['k/a']);
    expect(catalog.firstSeen().get('k/a')).toBe(T2.toISOString());
  });
});
