/**
 * One contract, both stores: the files under STATE_DIR (one process) and Redis (replicas). Every
 * test runs against each; Redis runs as a throwaway server on a free port.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStore } from '../../../src/state/store/fileStore.js';
import { RedisStore } from '../../../src/state/store/redisStore.js';
import type { StateStore } from '../../../src/state/store/stateStore.js';
import { redisAvailable, startRedis, type RedisServer } from '../../helpers/redisServer.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
let redis: RedisServer | undefined;
let keyspace = 0;

beforeAll(async () => {
  if (redisAvailable) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

const backends: Array<[string, () => Promise<StateStore>, boolean]> = [
  ['files', async () => new FileStore({ stateDir: mkdtempSync(path.join(tmpdir(), 'store-')) }), true],
  ['redis', async () => RedisStore.connect({ url: `${redis?.url ?? ''}/${++keyspace % 16}` }), redisAvailable],
];

describe.each(backends)('the %s store', (_name, open, available) => {
  describe.skipIf(!available)('contract', () => {
    it('one claim wins; others see it held, then done once completed', async () => {
      const store = await open();
      const key = `event:${Math.random()}`;
      const results = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => store.claim(key, owner, 60_000)));
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r === 'held')).toHaveLength(3);
      // The holder itself, asked again while it answers (a retry reaching the same process), waits too.
      const winner = ['a', 'b', 'c', 'd'][results.indexOf('claimed')] as string;
      expect(await store.claim(key, winner, 60_000)).toBe('held');
      await store.complete(key, 60_000);
      expect(await store.claim(key, 'e', 60_000)).toBe('done');
      await store.close();
    });

    it("a released claim can be taken again; someone else's release does not free it", async () => {
      const store = await open();
      const key = `event:${Math.random()}`;
      expect(await store.claim(key, 'a', 60_000)).toBe('claimed');
      await store.release(key, 'b');
      expect(await store.claim(key, 'b', 60_000)).toBe('held');
      await store.release(key, 'a');
      expect(await store.claim(key, 'b', 60_000)).toBe('claimed');
      await store.close();
    });

    it('a claim whose holder died expires, so another can take it', async () => {
      const store = await open();
      const key = `event:${Math.random()}`;
      expect(await store.claim(key, 'dead', 50)).toBe('claimed');
      await sleep(120);
      expect(await store.claim(key, 'alive', 60_000)).toBe('claimed');
      await store.close();
    });

    it('keeps the newest values of a list, in order, with many writers at once', async () => {
      const store = await open();
      const list = `log-${Math.random()}`.replace('.', '');
      await Promise.all(Array.from({ length: 300 }, (_, i) => store.append(list, `v${i}`, 250)));
      const values = await store.list(list);
      expect(values).toHaveLength(250);
      expect(new Set(values).size).toBe(250);
      expect(values.at(-1)).toBe('v299');
      await store.close();
    });

    it('stashes work in progress until it is taken off or runs out', async () => {
      const store = await open();
      const name = `pending-${Math.random()}`.replace('.', '');
      await store.stash(name, 'Ev1', '{"a":1}', 60_000);
      await store.stash(name, 'Ev2', '{"a":2}', 50);
      await store.stash(name, 'Ev3', '{"a":3}', 60_000);
      await store.unstash(name, 'Ev3');
      await sleep(120);
      expect(await store.stashed(name)).toEqual([['Ev1', '{"a":1}']]);
      await store.close();
    });

    it('says it is healthy', async () => {
      const store = await open();
      expect(await store.healthy()).toBe(true);
      await store.close();
    });
  });
});

describe('the files store across a restart', () => {
  it('replays claims and lists, drops what expired, and keeps the journal small', async () => {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'store-'));
    let clock = 1_000_000;
    const first = new FileStore({ stateDir, now: () => clock });
    await first.claim('event:done', 'a', 60_000);
    await first.complete('event:done', 60_000);
    await first.claim('event:held', 'a', 60_000);
    await first.claim('event:short', 'a', 10);
    for (let i = 0; i < 5_000; i++) await first.complete(`event:${i}`, 1);
    await first.append('log', 'one', 10);
    await first.stash('pending', 'Ev9', 'body', 60_000);
    clock += 100;
    const second = new FileStore({ stateDir, now: () => clock });
    expect(await second.claim('event:done', 'b', 60_000)).toBe('done');
    expect(await second.claim('event:held', 'b', 60_000)).toBe('held');
    expect(await second.claim('event:short', 'b', 60_000)).toBe('claimed');
    expect(await second.list('log')).toEqual(['one']);
    expect(await second.stashed('pending')).toEqual([['Ev9', 'body']]);
  });
});

describe.skipIf(!redisAvailable)('Redis going away', () => {
  it('fails fast while it is down and works again when it is back, without a new client', async () => {
    const own = await startRedis();
    const store = await RedisStore.connect({ url: own.url });
    expect(await store.claim('event:before', 'a', 60_000)).toBe('claimed');
    own.kill();
    await sleep(100);
    const started = Date.now();
    await expect(store.claim('event:during', 'a', 60_000)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await store.healthy()).toBe(false);
    await own.restart();
    await expect.poll(() => store.healthy(), { timeout: 10_000, interval: 100 }).toBe(true);
    expect(await store.claim('event:after', 'a', 60_000)).toBe('claimed');
    await store.close();
    await own.stop();
  });
});
