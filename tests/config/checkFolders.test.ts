import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeDir, checkStateDir } from '../../src/config/checkFolders.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

describe('the folders, checked first', () => {
  it('names the variable to fix for a missing, empty or non-folder KNOWLEDGE_DIR', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'empty-'));
    const file = path.join(empty, 'file.txt');
    writeFileSync(file, 'x');
    expect(await checkKnowledgeDir(KNOWLEDGE)).toBeUndefined();
    expect(await checkKnowledgeDir('/nope/knowledge')).toMatch(/^KNOWLEDGE_DIR \(\/nope\/knowledge\): no such folder/u);
    expect(await checkKnowledgeDir(empty)).toMatch(/holds no dossier/u);
    expect(await checkKnowledgeDir(file)).toMatch(/is not a folder/u);
  });

  it('creates a missing STATE_DIR, and refuses one that is a file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'state-'));
    expect(await checkStateDir(path.join(root, 'new', 'state'))).toBeUndefined();
    const file = path.join(root, 'state-file');
    writeFileSync(file, 'x');
    expect(await checkStateDir(file)).toMatch(/^STATE_DIR \(.*state-file\) is a file, not a folder/u);
    mkdirSync(path.join(root, 'ok'));
    expect(await checkStateDir(path.join(root, 'ok'))).toBeUndefined();
  });

  it('npm start with KNOWLEDGE_DIR=/nope says so and exits 1, instead of an empty console that exits 0', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], { cwd: ROOT, encoding: 'utf8', input: '', env: { PATH: process.env.PATH, KNOWLEDGE_DIR: '/nope', STATE_DIR: mkdtempSync(path.join(tmpdir(), 'state-')) } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KNOWLEDGE_DIR (/nope): no such folder');
  });

  it('npm start -- --help prints its usage and exits 0; an unknown option exits 2', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { PATH: process.env.PATH, KNOWLEDGE_DIR: KNOWLEDGE } });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm start');
    const unknown = run(['--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
  });
});
