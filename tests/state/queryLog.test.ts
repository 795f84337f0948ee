/** The query log shared by replicas through Redis: a question asked on one counts on the other, and so does a vote on it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryLog } from '../../src/state/queryLog.js';
import { RedisStore } from '../../src/state/store/redisStore.js';
import { Votes } from '../../src/state/votes.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redisServer.js';

let redis: RedisServer | undefined;
beforeAll(async () => {
  if (redisAvailable) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

describe.skipIf(!redisAvailable)('two replicas, one Redis', () => {
  it('see each other’s questions; a vote on one replica for an answer given by the other counts, once', async () => {
    const stores = [await RedisStore.connect({ url: redis?.url ?? '' }), await RedisStore.connect({ url: redis?.url ?? '' })];
    const [a, b] = stores.map((shared) => new QueryLog({ stateDir: mkdtempSync(path.join(tmpdir(), 'qlog-')), shared })) as [QueryLog, QueryLog];
    const id = a.asked('kazakhstan', 'hoeveel doden', 3);
    b.asked('kazakhstan', 'troops', 5);
    await expect.poll(async () => (await b.sharedEntries()).length).toBe(2);
    expect((await a.sharedEntries()).map((e) => e.query)).toEqual(['hoeveel doden', 'troops']);
    const votes = new Votes(stores[1] as RedisStore, b, 'key');
    expect(await votes.cast({ logId: id, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U1', helpful: false })).toBe('counted');
    expect(await new Votes(stores[0] as RedisStore, a, 'key').cast({ logId: id, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U1', helpful: true })).toBe('again');
    await expect.poll(async () => (await a.sharedEntries()).filter((e) => e.type === 'feedback')).toHaveLength(1);
    for (const store of stores) await store.close();
  });

  it('falls back to its own log when Redis is down, and answering never waits for it', async () => {
    const own = await startRedis();
    const store = await RedisStore.connect({ url: own.url });
    const logged: string[] = [];
    const log = new QueryLog({ stateDir: mkdtempSync(path.join(tmpdir(), 'qlog-')), shared: store, log: (m) => logged.push(m) });
    own.kill();
    await new Promise((resolve) => setTimeout(resolve, 200));
    log.asked('kazakhstan', 'troops', 5);
    expect((await log.sharedEntries()).map((e) => e.query)).toEqual(['troops']);
    await expect.poll(() => logged.join('\n')).toMatch(/query log entry not shared/u);
    await store.close();
  });
});

describe('the query log stays bounded', () => {
  it('trims the query log to the newest entries', () => {
    const log = new QueryLog({ maxEntries: 10 });
    for (let i = 0; i < 25; i++) log.asked('kazakhstan', `vraag ${i}`, i % 2);
    const entries = log.entries();
    expect(entries).toHaveLength(10);
    expect(entries.at(-1)).toMatchObject({ query: 'vraag 24' });
  });

  it('trims the query log file under STATE_DIR too, and stores no user', () => {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'querylog-'));
    const log = new QueryLog({ stateDir, maxEntries: 50 });
    for (let i = 0; i < 300; i++) log.asked('kazakhstan', `vraag ${i}`, 1);
    const entries = log.entries();
    expect(entries.length).toBeLessThanOrEqual(150);
    expect(entries.at(-1)).toMatchObject({ query: 'vraag 299' });
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(['dossierId', 'id', 'query', 'results', 'time', 'type']);
  });
});
