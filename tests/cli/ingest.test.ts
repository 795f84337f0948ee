import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';
import { AuditLog } from '../../src/state/auditLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';

const SEEDS = path.join(ROOT, 'tests/fixtures/seeds');

describe('npm run ingest', () => {
  const run = (args: string[], knowledgeDir: string, stateDir = mkdtempSync(path.join(tmpdir(), 'ingest-state-'))) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ingest.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, STATE_DIR: stateDir },
    });
  const copy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-knowledge-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    return dir;
  };

  it('takes a saved web page: the article, with the headline, outlet, date and link the page states; flags win', () => {
    const dir = copy();
    const page = path.join(ROOT, 'tests/fixtures/html/artikel-jsonld.html');
    const result = run([page], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('date:       2022-01-10 (from the page)');
    const written = readFileSync(path.join(dir, 'kazakhstan', 'kazachse-president-dankt-rusland-voor-troepen.md'), 'utf8');
    expect(written).toMatch(/^---\ntitle: Kazachse president dankt Rusland voor troepen\nsource: Testkrant\ndate: 2022-01-10\nurl: https:\/\/www\.testkrant\.example\/buitenland\/kazachstan-dankt-rusland\n/u);
    expect(written).not.toMatch(/cookies|Lees ook|Beeld ANP/u);
    const again = copy();
    const flagged = run([page, '--source', 'Eigen redactie'], again);
    expect(flagged.status, flagged.stderr).toBe(0);
    expect(flagged.stdout).toContain('source:     Eigen redactie');
  });

  it('takes a link: fetched from a local page only because INGEST_ALLOW_HOSTS allows loopback, refused otherwise', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(path.join(ROOT, 'tests/fixtures/html/artikel-jsonld.html')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}/buitenland/artikel`;
    const ingest = (extra: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ingest.ts'), link], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, KNOWLEDGE_DIR: copy(), STATE_DIR: mkdtempSync(path.join(tmpdir(), 'ingest-state-')), ...extra },
      }).then(
        (done) => ({ status: 0, ...done }),
        (failed: { code: number; stdout: string; stderr: string }) => ({ status: failed.code, stdout: failed.stdout, stderr: failed.stderr }),
      );
    try {
      const refusedRun = await ingest({});
      expect(refusedRun.status).toBe(1);
      expect(refusedRun.stderr).toContain('127.0.0.1 is on a private network; an operator can allow it in INGEST_ALLOW_HOSTS; nothing added');
      const allowed = await ingest({ INGEST_ALLOW_HOSTS: '127.0.0.0/8' });
      expect(allowed.status, allowed.stderr).toBe(0);
      expect(allowed.stdout).toContain('title:      Kazachse president dankt Rusland voor troepen');
      expect(allowed.stdout).toContain('source:     Testkrant');
    } finally {
      server.close();
    }
  }, 30_000);

  it('refuses a web page with too little article text (a paywall) and writes nothing', () => {
    const dir = copy();
    const paywall = path.join(dir, '..', `paywall-${Date.now()}.html`);
    writeFileSync(paywall, '<html><head><title>Premium</title></head><body><p>Dit artikel is alleen voor abonnees.</p></body></html>');
    const before = readdirSync(path.join(dir, 'kazakhstan'));
    const result = run([paywall], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too little article text on the page .*; nothing added/u);
    expect(readdirSync(path.join(dir, 'kazakhstan'))).toEqual(before);
  });

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
    const stateDir = mkdtempSync(path.join(tmpdir(), 'ingest-state-'));
    const result = run([raw, '--source', 'Testkrant'], dir, stateDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('paragraphs: 2, sentences: 2');
    // In the same audit log as adds from Slack, by the server login.
    expect(await new AuditLog(new FileStore({ stateDir })).entries()).toEqual([expect.objectContaining({ action: 'add', dossierId: 'kazakhstan', editor: expect.stringMatching(/^server:/u), from: raw })]);
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
