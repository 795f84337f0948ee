/**
 * The digest with charts, against the local Web API stand-in: the chart is uploaded once into the
 * digest's thread, and when the upload fails the digest still posts exactly once.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { digestSource } from '../../src/digest/digestSource.js';
import { postDigest } from '../../src/slack/postDigest.js';
import { ROOT } from '../helpers/seeds.js';
import { startStandIn, type StandIn } from '../helpers/slackStandIn.js';
import { redisAvailable, startRedis } from '../helpers/redisServer.js';
import { RedisStore } from '../../src/state/store/redisStore.js';

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn();
});
afterEach(async () => {
  await standIn.close();
});

async function setUp() {
  const knowledge = mkdtempSync(path.join(tmpdir(), 'charts-k-'));
  cpSync(path.join(ROOT, 'tests/fixtures/knowledge-followup'), knowledge, { recursive: true });
  const library = holdLibrary(await loadLibrary(knowledge));
  const source = digestSource(library, mkdtempSync(path.join(tmpdir(), 'charts-s-')), { channels: ['C0DESK'], time: '07:00', timeZone: 'Europe/Amsterdam', weekdaysOnly: false }, () => new Date('2022-01-12T08:00:00Z'));
  const client = new webApi.WebClient('xoxb-test-charts', { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
  return { source, client };
}

const calls = (method: string) => standIn.calls.filter((c) => c.method === method || c.method.startsWith(method));
const logged: string[] = [];
const log = (m: string): void => void logged.push(m);

describe('the digest with charts', () => {
  it('uploads the arrests chart once, into the digest thread, as a PNG', async () => {
    const { source, client } = await setUp();
    const first = await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:00:00Z'), log });
    expect(first.status).toBe('sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('files.getUploadURLExternal')).toHaveLength(1);
    expect(calls('upload/')[0]?.body).toMatchObject({ png: true });
    const completed = calls('files.completeUploadExternal')[0]?.body ?? {};
    expect(completed.channel_id).toBe('C0DESK');
    expect(completed.thread_ts).toBe(first.status === 'sent' ? first.ts : '');

    // The same day again: nothing is posted or uploaded twice.
    expect((await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T09:00:00Z'), log })).status).toBe('already-sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('files.getUploadURLExternal')).toHaveLength(1);
  });

  it('still posts the digest exactly once when the upload fails, and says why', async () => {
    const { source, client } = await setUp();
    standIn.failNext('files.getUploadURLExternal', 500, 5);
    logged.length = 0;
    const delivery = await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:00:00Z'), log });
    expect(delivery.status).toBe('sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('files.completeUploadExternal')).toHaveLength(0);
    expect(logged.join('\n')).toMatch(/chart "Arrestaties" not uploaded/u);
    expect((await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T09:00:00Z'), log })).status).toBe('already-sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('still posts the digest when drawing the chart fails', async () => {
    const { source, client } = await setUp();
    const delivery = await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:00:00Z'), log, renderChart: () => Promise.reject(new Error('no fonts')) });
    expect(delivery.status).toBe('sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('files.getUploadURLExternal')).toHaveLength(0);
  });
});

describe.skipIf(!redisAvailable)('two replicas, one Redis', () => {
  it('two schedulers at the same time post one digest; the other hears it went elsewhere', async () => {
    const redis = await startRedis();
    try {
      const replicas = await Promise.all([setUp(), setUp()]);
      const stores = await Promise.all(replicas.map(() => RedisStore.connect({ url: redis.url })));
      const results = await Promise.all(replicas.map(({ source, client }, i) => postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:00:00Z'), log, store: stores[i] as RedisStore, owner: `replica-${i}` })));
      expect(results.map((r) => r.status).sort()).toEqual(['elsewhere', 'sent']);
      expect(calls('chat.postMessage')).toHaveLength(1);
      // Later the same day, either replica: already sent.
      const later = await postDigest({ ...replicas[1]!, channel: 'C0DESK', now: () => new Date('2022-01-12T09:00:00Z'), log, store: stores[1] as RedisStore, owner: 'replica-1' });
      expect(later.status).toBe('already-sent');
      expect(calls('chat.postMessage')).toHaveLength(1);
      for (const store of stores) await store.close();
    } finally {
      await redis.stop();
    }
  });

  it('with Redis unreachable the digest waits rather than risk two; it goes out once Redis is back', async () => {
    const redis = await startRedis();
    const { source, client } = await setUp();
    const store = await RedisStore.connect({ url: redis.url });
    redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const waiting = await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:00:00Z'), log, store });
    expect(waiting).toMatchObject({ status: 'failed', error: expect.stringContaining('state store unavailable') });
    expect(calls('chat.postMessage')).toHaveLength(0);
    await redis.restart();
    await expect.poll(() => store.healthy(), { timeout: 10_000, interval: 100 }).toBe(true);
    expect((await postDigest({ source, client, channel: 'C0DESK', now: () => new Date('2022-01-12T08:05:00Z'), log, store })).status).toBe('sent');
    expect(calls('chat.postMessage')).toHaveLength(1);
    await store.close();
    await redis.stop();
  });
});

