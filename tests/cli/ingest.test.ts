import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

const SEEDS = path.join(ROOT, 'tests/fixtures/seeds');

describe('npm run ingest', () => {
  const run = (args: string[], knowledgeDir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ingest.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, STATE_DIR: mkdtempSync(path.join(tmpdir(), 'ingest-state-')) },
    });
  const copy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-knowledge-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    return dir;
  };

  it('refuses an input larger than an article, read with the cap (even /dev/zero), and leaves no temporary file', () => {
    const dir = copy();
    const big = path.join(dir, '..', `big-${Date.now()}.txt`);
    writeFileSync(big, `Troepen trokken door de stad. `.repeat(40_000));
    for (const input of [big, ...(existsSync('/dev/zero') ? ['/dev/zero'] : [])]) {
      const result = run([input, '--source', 'Testkrant'], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('too large for an article (more than 1.0 MB); nothing added');
    }
    expect(readdirSync(path.join(dir, 'kazakhstan')).filter((name) => name.startsWith('.') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a knowledge file the loader serves, and reports it', async () => {
    const dir = copy();
    const raw = path.join(dir, '..', `raw-${Date.now()}.txt`);
    writeFileSync(raw, ' date 2022-01-12 In Sjymkent zijn volgens de politie 42 doden gevallen bij nieuwe rellen.\n\nBeeld ANP\n\nDe avondklok blijft van kracht.\n');
    const result = run([raw, '--source', 'Testkrant'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('paragraphs: 2, sentences: 2');
    expect(result.stdout).toContain('“Beeld ANP”');
    const knowledge = await loadKnowledge(dir);
    const added = knowledge.dossiers[0]?.articles.find((a) => a.source === 'Testkrant');
    expect(added).toMatchObject({ date: '2022-01-12', titleDerived: true });
    expect(knowledge.problems).toEqual([]);
  });

  it('refuses a duplicate or binary file and writes nothing; unknown dossier is bad usage', () => {
    const dir = copy();
    const before = readdirSync(path.join(dir, 'kazakhstan')).sort();
    const binary = path.join(dir, '..', `photo-${Date.now()}.jpg`);
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const duplicate = run([path.join(SEEDS, 'tokajev-staatsgreep.txt')], dir);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/already in the dossier/u);
    expect(run([binary], dir).stderr).toMatch(/binary file/u);
    expect(readdirSync(path.join(dir, 'kazakhstan')).sort()).toEqual(before);
    const unknown = run([binary, '--dossier', 'atlantis'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown dossier 'atlantis'");
    rmSync(binary);
    expect(existsSync(binary)).toBe(false);
  });
});
