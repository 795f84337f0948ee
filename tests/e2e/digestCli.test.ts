/**
 * Black-box: `npm run digest` as a child process against a local Web API stand-in, with a fresh
 * STATE_DIR: posted exactly once per channel and day, also when the first attempt gets a 429.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';
import { startStandIn, type StandIn } from '../helpers/slackStandIn.js';

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn();
});
afterEach(async () => {
  await standIn.close();
});

function digest(args: string[], stateDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/digest.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-test-digest', SLACK_API_URL: standIn.url, DIGEST_CHANNEL: 'C0DESK', KNOWLEDGE_DIR: KNOWLEDGE, STATE_DIR: stateDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const posts = () => standIn.calls.filter((c) => c.method === 'chat.postMessage');

describe('npm run digest', () => {
  it('--post twice on one day makes exactly one chat.postMessage', async () => {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'digest-e2e-'));
    const first = await digest(['--post'], stateDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('digest posted to C0DESK');
    const second = await digest(['--post'], stateDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already went to C0DESK');
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body.channel).toBe('C0DESK');
    expect(String(posts()[0]?.body.text)).toContain('Dossier digest');
  });

  it('lands exactly one message when the stand-in answers 429 once', async () => {
    standIn.failNext('chat.postMessage', 429, 1, { 'retry-after': '1' });
    const result = await digest(['--post'], mkdtempSync(path.join(tmpdir(), 'digest-e2e-')));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/attempt 1 failed/u);
    expect(posts()).toHaveLength(1);
  });

  it('--dry-run prints the figures with their provenance and citations, posting nothing', async () => {
    const result = await digest(['--dry-run'], mkdtempSync(path.join(tmpdir(), 'digest-e2e-')));
    expect(result.code).toBe(0);
    for (const label of ['Doden', 'Arrestaties', 'Buitenlandse troepen']) expect(result.stdout).toContain(label);
    expect(result.stdout).toContain('164 doden — De autoriteiten, op sociale media · afgelopen weekeinde (article undated) · RETRACTED');
    expect(result.stdout).toMatch(/bijna 8\.000 mensen — Zijn veiligheidsdiensten · maandag \(article undated\)\n {10}“Zijn veiligheidsdiensten meldden maandag dat er bijna 8\.000 mensen zijn gearresteerd\.” \(.*¶5\)/u);
    expect(posts()).toHaveLength(0);
  });

  it('--dry-run --json gives every figure with its provenance', async () => {
    const result = await digest(['--dry-run', '--json'], mkdtempSync(path.join(tmpdir(), 'digest-e2e-')));
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { dossiers: Array<{ figures: Array<{ groups: Array<{ figures: Array<Record<string, unknown>> }> }> }> };
    const figures = parsed.dossiers.flatMap((d) => d.figures.flatMap((t) => t.groups.flatMap((g) => g.figures)));
    expect(figures.find((f) => f.text === '164 doden')).toMatchObject({ status: 'retracted', claimant: 'De autoriteiten', channel: 'op sociale media', withdrawal: { kind: 'retracted' } });
    expect(figures.find((f) => f.text === '16 doden')).toMatchObject({ status: 'stands', hedge: 'zouden', claimant: null });
    expect(posts()).toHaveLength(0);
  });

  it('refuses bad usage with exit code 2', async () => {
    const result = await digest(['--frobnicate'], mkdtempSync(path.join(tmpdir(), 'digest-e2e-')));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --frobnicate');
  });
});
