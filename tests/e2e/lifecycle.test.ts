/**
 * The process as a container runs it: SIGTERM stops taking requests, lets the reply being posted
 * land, and exits 0. And with Redis gone, readiness says so while commands are still answered.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../helpers/seeds.js';
import { redisAvailable, startRedis } from '../helpers/redisServer.js';
import { spawnApp } from '../helpers/spawnApp.js';
import { eventCallback, postToSlackEndpoint, slashCommand } from '../helpers/slackRequests.js';
import { startStandIn, type StandIn } from '../helpers/slackStandIn.js';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
});

function dirs(): { KNOWLEDGE_DIR: string; STATE_DIR: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'lifecycle-'));
  cpSync(KNOWLEDGE, path.join(root, 'knowledge'), { recursive: true });
  return { KNOWLEDGE_DIR: path.join(root, 'knowledge'), STATE_DIR: path.join(root, 'state') };
}

describe('a clean stop', () => {
  it('SIGTERM while a reply is being posted: the reply lands, the process exits 0', async () => {
    standIn = await startStandIn({ slowPostMs: 1500 });
    const app = await spawnApp({ SLACK_API_URL: standIn.url, ...dirs() });
    const exited = new Promise<number | null>((resolve) => app.child.on('exit', (code) => resolve(code)));
    const ts = '1707806400.000001';
    const ack = await postToSlackEndpoint(app.port, eventCallback({ type: 'app_mention', user: 'U1', text: '<@UBOT> troops', ts, channel: 'C1', event_ts: ts }, 'EvStop'));
    expect(ack.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    app.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)).toHaveLength(1);
  }, 60_000);
});

describe.skipIf(!redisAvailable)('Redis unreachable', () => {
  it('readiness reports it, commands are still answered, and Redis coming back needs no restart', async () => {
    standIn = await startStandIn();
    const redis = await startRedis();
    const app = await spawnApp({ SLACK_API_URL: standIn.url, REDIS_URL: redis.url, ...dirs() });
    try {
      expect((await fetch(`http://127.0.0.1:${app.port}/readyz`)).status).toBe(200);
      redis.kill();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const ready = await fetch(`http://127.0.0.1:${app.port}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, state: 'unreachable' });
      const health = (await (await fetch(`http://127.0.0.1:${app.port}/healthz`)).json()) as { state: string };
      expect(health.state).toBe('unreachable');
      const command = await postToSlackEndpoint(app.port, slashCommand('/kazakhstan', 'troops'));
      expect(command.status).toBe(200);
      expect(command.text).toContain('troepen');
      await redis.restart();
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${app.port}/readyz`)).status, { timeout: 15_000, interval: 250 }).toBe(200);
    } finally {
      app.child.kill('SIGKILL');
      await redis.stop();
    }
  }, 90_000);
});
