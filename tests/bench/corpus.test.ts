/** The bench's synthetic dossier: seeded, of the size asked, and read like any dossier (captions never answer). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

const from = path.join(KNOWLEDGE, 'kazakhstan');
const write = (sentences: number, seed: number): string => {
  const to = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  writeCorpus({ sentences, seed, from, to });
  return path.join(to, 'kazakhstan');
};
const contents = (dir: string): string[] => readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));

describe('writeCorpus', () => {
  it('writes the same dossier for the same seed, and another for another seed', () => {
    expect(contents(write(300, 7))).toEqual(contents(write(300, 7)));
    expect(contents(write(300, 8))).not.toEqual(contents(write(300, 7)));
  });

  it('gives a dossier of about the size asked, whose captions and headings are never indexed', async () => {
    const dir = write(600, 1);
    const library = await loadLibrary(path.dirname(dir));
    const index = library.byId('kazakhstan');
    expect(library.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Sentence splitting may join or part a few synthetic sentences.
    expect(index?.sentences.length).toBeGreaterThan(540);
    expect(index?.sentences.length).toBeLessThan(660);
    expect(index?.sentences.some((s) => /Beeld (ANP|EPA|AFP|Reuters|TASS|AP)$/u.test(s.text))).toBe(false);
  });
});

describe('npm run bench', () => {
  it('runs on a tiny corpus and prints its table', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/answer.ts'), '--sizes', '300', '--rounds', '1'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KNOWLEDGE_DIR: KNOWLEDGE }, timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/answer\(\) p50\/p95\/p99/u);
    expect(run.stdout).toMatch(/^\d{3}\s+\d+\.\d{2} s/mu);
    // An editor's add and remove, incremental beside a full rebuild, giving the same index.
    for (const change of ['add', 'remove']) for (const what of ['index', 'reload']) expect(run.stdout).toMatch(new RegExp(`^${change}\\s+${what}\\s+\\d+\\.\\d{2} s\\s+\\d+\\.\\d{2} s\\s+.*identical$`, 'mu'));
  }, 60_000);
});
