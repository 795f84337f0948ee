/**
 * Black-box: `npm start`'s entry point as a child process in HTTP mode, Slack's Web API replaced by
 * a local stand-in at SLACK_API_URL, driven with signed requests exactly as Slack sends them.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KNOWLEDGE } from '../helpers/seeds.js';
import { eventCallback, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../helpers/slackRequests.js';
import { freePort, startStandIn, type StandIn } from '../helpers/slackStandIn.js';
import { leaks } from '../helpers/logScan.js';
import { spawnApp } from '../helpers/spawnApp.js';

let standIn: StandIn;
let app: ChildProcess;
let port: number;
let output: () => string;
let stdout: () => string;
let metricsPort: number;

beforeAll(async () => {
  standIn = await startStandIn();
  metricsPort = await freePort();
  const spawned = await spawnApp({ SLACK_API_URL: standIn.url, KNOWLEDGE_DIR: KNOWLEDGE, STATE_DIR: mkdtempSync(path.join(tmpdir(), 'dossier-e2e-')), LOG_FORMAT: 'json', METRICS_PORT: String(metricsPort), METRICS_HOST: '127.0.0.1' });
  ({ child: app, port, output, stdout } = spawned);
});

afterAll(async () => {
  if (app?.exitCode === null) app.kill('SIGKILL');
  await standIn?.close();
});

describe('npm start in HTTP mode against a Web API stand-in', () => {
  it('answers a signed /kazakhstan troops within 3 s with cited sentences about troepen/militairen', async () => {
    const response = await postToSlackEndpoint(port, slashCommand('/kazakhstan', 'troops'));
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const message = JSON.parse(response.text) as { text: string; blocks: unknown[] };
    expect(message.text).toMatch(/troepen|militairen/u);
    expect(JSON.stringify(message.blocks)).toMatch(/¶\d+/u);
  });

  it.each(['help', ''])('gives usage for %j', async (text) => {
    const response = await postToSlackEndpoint(port, slashCommand('/kazakhstan', text));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).text).toContain('/kazakhstan sources');
  });

  it('rejects forged and 10-minute-old signatures with 401 and answers nothing', async () => {
    const before = standIn.calls.length;
    const forged = await postToSlackEndpoint(port, { ...slashCommand('/kazakhstan', 'troops'), signature: `v0=${'f'.repeat(64)}` });
    const stale = await postToSlackEndpoint(port, { ...slashCommand('/kazakhstan', 'troops'), timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(forged.text + stale.text).not.toMatch(/troepen|militairen/u);
    expect(standIn.calls.length).toBe(before);
  });

  it('answers a mention once in its thread; a retry of the event yields nothing', async () => {
    const mention = eventCallback({ type: 'app_mention', user: 'U061F7AUR', text: '<@UBOT> how many deaths?', ts: '1515449522.000016', channel: 'C123ABC456', event_ts: '1515449522.000016' }, 'Ev0E2E0001');
    expect((await postToSlackEndpoint(port, mention)).status).toBe(200);
    await vi.waitFor(() => expect(standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1), { timeout: 5000 });
    expect((await postToSlackEndpoint(port, { ...mention, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posts = standIn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ channel: 'C123ABC456', thread_ts: '1515449522.000016' });
    expect(String(posts[0]?.body.text)).toMatch(/doden|gedood|omgekomen/u);
  });

  it('never returns <!channel> or <!everyone> unescaped, and stays up', async () => {
    for (const query of ['<!channel> troepen Poetin', '<!everyone>', 'troops <!here> <!everyone>']) {
      const response = await postToSlackEndpoint(port, slashCommand('/kazakhstan', query));
      expect(response.status).toBe(200);
      expect(response.text.replace(/"value":"(?:[^"\\]|\\.)*"/gu, '')).not.toMatch(/<!(channel|everyone|here)>/u);
    }
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('serves Prometheus metrics on METRICS_PORT: the slash commands above by outcome, with their latency; never on PORT', async () => {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const count = (outcome: string): number => Number(new RegExp(`^dossier_questions_total\\{surface="slash",outcome="${outcome}"\\} (\\d+)$`, 'mu').exec(text)?.[1]);
    // troops; <!channel> troepen Poetin; troops <!here> <!everyone>: questions. help, '', <!everyone>: none.
    expect(['full', 'partial', 'none', 'refused', 'failed'].reduce((sum, outcome) => sum + count(outcome), 0)).toBe(3);
    expect(count('failed')).toBe(0);
    expect(text).toMatch(/^dossier_answer_seconds_count\{surface="slash"\} 3$/mu);
    expect(text).toMatch(/^dossier_ack_seconds_bucket\{le="3",kind="command"\} \d+$/mu);
    expect(text).toMatch(/^dossier_slack_api_calls_total\{method="chat.postMessage",result="ok"\} 1$/mu);
    expect(text).toContain('process_resident_memory_bytes');
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).not.toBe(200);
  });

  it('logs JSON lines on stdout, every one, each request’s with its ids, and never a token, the secret or a user id', async () => {
    const lines = stdout().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.some((e) => String(e.msg).startsWith('Dossier bot running in HTTP mode'))).toBe(true);
    expect(entries).toContainEqual(expect.objectContaining({ event_id: 'Ev0E2E0001', kind: 'event', reference: expect.stringMatching(/^[0-9A-F]{6}$/u) }));
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'command', command: '/kazakhstan', request_id: expect.any(String), surface: 'slash' }));
    expect(leaks([output()], ['xoxb-test-e2e', SIGNING_SECRET, 'U061F7AUR', 'U2147483697'])).toEqual([]);
  });

  it('never logs the tokens and shuts down cleanly on SIGTERM', async () => {
    expect(output()).not.toContain('xoxb-test-e2e');
    expect(output()).not.toContain(SIGNING_SECRET);
    const exited = new Promise<number | null>((resolve) => app.once('exit', (code) => resolve(code)));
    app.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
