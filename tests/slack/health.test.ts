/** What GET /healthz reports: up, what it serves, how many files could not be served. */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/loadLibrary.js';
import type { Problem } from '../../src/knowledge/types.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { health } from '../../src/slack/health.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const libraryOf = (indexes: DossierIndex[], problems: Problem[] = []): Library => ({ dossiers: indexes, problems, byId: () => undefined, byCommand: () => undefined });

describe('health', () => {
  it('says ok, and lists each dossier with its command and size', () => {
    const index = tinyIndex({ a: ['Een zin. Nog een zin.'], b: ['Derde zin.'] });
    const other = { ...index, dossier: { ...index.dossier, id: 'other', command: '/other' } };
    expect(health(libraryOf([index, other]))).toEqual({
      status: 'ok',
      dossiers: [
        { id: 'tiny', command: '/tiny', articles: 2, sentences: 3 },
        { id: 'other', command: '/other', articles: 2, sentences: 3 },
      ],
      problems: 0,
    });
  });

  it('counts only the problems that left a file out (errors), not warnings', () => {
    const problems: Problem[] = [
      { file: 'a.md', message: 'broken', severity: 'error' },
      { file: 'b.md', message: 'unknown key', severity: 'warning' },
      { file: 'c.md', message: 'too large', severity: 'error' },
    ];
    expect(health(libraryOf([], problems))).toEqual({ status: 'ok', dossiers: [], problems: 2 });
  });

  it('says nothing of the articles’ text, only counts', () => {
    const index = tinyIndex({ geheim: ['Een geheime zin over troepen.'] });
    const json = JSON.stringify(health(libraryOf([index], [{ file: 'knowledge/x/geheim.md', message: 'secret detail', severity: 'error' }])));
    expect(json).not.toContain('geheime');
    expect(json).not.toContain('secret detail');
    expect(json).not.toContain('geheim.md');
  });
});
