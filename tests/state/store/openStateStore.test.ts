/** The store the configuration asks for: Redis with REDIS_URL, files under STATE_DIR otherwise. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../../src/state/store/openStateStore.js';
import { redisAvailable, startRedis, type RedisServer } from '../../helpers/redisServer.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'open-store-'));
  dirs.push(dir);
  return dir;
};

describe('openStateStore without REDIS_URL', () => {
  it('keeps state in files under STATE_DIR', async () => {
    const stateDir = path.join(temp(), 'state');
    const store = await openStateStore({ stateDir });
    expect(store.kind).toBe('files');
    expect(await store.claim('event:1', 'me', 60_000)).toBe('claimed');
    expect(existsSync(path.join(stateDir, 'claims.jsonl'))).toBe(true);
    expect(await store.healthy()).toBe(true);
    await store.close();
  });

  it('picks up the state a previous run left', async () => {
    const stateDir = temp();
    const first = await openStateStore({ stateDir });
    await first.claim('event:1', 'me', 60_000);
    await first.complete('event:1', 60_000);
    await first.close();
    const second = await openStateStore({ stateDir });
    expect(await second.claim('event:1', 'other', 60_000)).toBe('done');
    await second.close();
  });
});

describe.skipIf(!redisAvailable)('openStateStore with REDIS_URL', () => {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('shares state through Redis, and writes no files', async () => {
    const stateDir = path.join(temp(), 'unused');
    const url = `${redis?.url ?? ''}/3`;
    const [a, b] = await Promise.all([openStateStore({ stateDir, redisUrl: url }), openStateStore({ stateDir, redisUrl: url })]);
    expect(a.kind).toBe('redis');
    expect(await a.healthy()).toBe(true);
    const key = `event:${Math.random()}`;
    expect(await a.claim(key, 'a', 60_000)).toBe('claimed');
    expect(await b.claim(key, 'b', 60_000)).toBe('held');
    expect(existsSync(stateDir)).toBe(false);
    await a.close();
    await b.close();
  });

  it('tells the log, without the URL’s credentials, when Redis goes away', async () => {
    const server = await startRedis();
    const messages: string[] = [];
    const store = await openStateStore({ stateDir: temp(), redisUrl: `redis://default:s3cret@127.0.0.1:${server.port}` }, (m) => void messages.push(m));
    expect(await store.healthy()).toBe(true);
    server.kill();
    await expect.poll(() => messages.length, { timeout: 5_000, interval: 20 }).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/state store \(Redis\) unreachable/u);
    expect(messages.join('\n')).not.toContain('s3cret');
    await store.close().catch(() => undefined);
    await server.stop();
  });
});
