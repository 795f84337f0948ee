/**
 * A new raw article, added with `npm run ingest`, is answerable at once by `npm run ask`, by the
 * running app without a restart, and its figures are in the next digest.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KNOWLEDGE } from '../helpers/seeds.js';
import { postToSlackEndpoint, slashCommand } from '../helpers/slackRequests.js';
import { startStandIn, type StandIn } from '../helpers/slackStandIn.js';
import { runCli, spawnApp, type SpawnedApp } from '../helpers/spawnApp.js';

let standIn: StandIn;
let app: SpawnedApp;
const knowledgeDir = mkdtempSync(path.join(tmpdir(), 'live-knowledge-'));
const stateDir = mkdtempSync(path.join(tmpdir(), 'live-state-'));
const env = { KNOWLEDGE_DIR: knowledgeDir, STATE_DIR: stateDir };

beforeAll(async () => {
  cpSync(KNOWLEDGE, knowledgeDir, { recursive: true });
  standIn = await startStandIn();
  app = await spawnApp({ SLACK_API_URL: standIn.url, ...env });
});
afterAll(async () => {
  app?.child.kill('SIGTERM');
  await standIn?.close();
});

describe('a newly ingested article', () => {
  it('is answered by ask, by the running app, and counted in the digest', async () => {
    const raw = path.join(stateDir, 'shymkent.txt');
    writeFileSync(raw, 'date 2022-01-12 In Sjymkent zijn volgens de politie bijna 40 doden gevallen bij nieuwe rellen.\n\nZomerverblijf\n\nDe avondklok in Sjymkent blijft van kracht tot het einde van de maand.\n');
    const ingest = runCli('ingest', [raw, '--source', 'Testkrant'], env);
    expect(ingest.status).toBe(0);

    const ask = runCli('ask', ['--json', 'Sjymkent'], env);
    expect(ask.status).toBe(0);
    const found = JSON.parse(ask.stdout) as { results: Array<{ text: string; citation: object }> };
    expect(found.results.map((r) => r.text)).toContain('In Sjymkent zijn volgens de politie bijna 40 doden gevallen bij nieuwe rellen.');
    expect(found.results[0]?.citation).toMatchObject({ source: 'Testkrant', date: '2022-01-12' });

    await vi.waitFor(
      async () => {
        const response = await postToSlackEndpoint(app.port, slashCommand('/kazakhstan', 'Sjymkent'));
        expect(JSON.parse(response.text).text).toContain('bijna 40 doden');
      },
      { timeout: 15_000, interval: 300 },
    );

    // The running app updated its index from the one serving: the new article analysed, the others kept.
    expect(app.stdout()).toMatch(/knowledge reloaded: \/kazakhstan 3 articles; kazakhstan: \d+ sentences? analysed, [\d,]+ kept/u);

    const digest = runCli('digest', ['--dry-run'], env);
    expect(digest.status).toBe(0);
    expect(digest.stdout).toMatch(/bijna 40 doden — de politie · as of 12 Jan 2022 \(article date\)\n {10}“In Sjymkent zijn volgens de politie bijna 40 doden gevallen bij nieuwe rellen\.” \(.*Testkrant, 2022-01-12, ¶1\)/u);
    expect(digest.stdout).toMatch(/New since the last digest[\s\S]*Testkrant · 2022-01-12/u);
    // Three CLI processes, each loading the library, and the app's reload: on a busy 2-core machine this outlasts the default.
  }, 90_000);
});
