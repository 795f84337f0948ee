
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../src/state/store/redisStore.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redisServer.js';
import { PENDING_MS, PendingArticles, type PendingArticle } from '../../src/state/pendingArticles.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { tempDirs } from '../helpers/tempDirs.js';

const stateDir = tempDirs('pending-');

const ARTICLE: PendingArticle = { dossierId: 'kazakhstan', fileName: 'grens.md', content: '---\ntitle: Grens\n---\nTekst.\n', title: 'Grens', editor: 'U0EDITOR1', from: 'grens.txt' };

describe('PendingArticles', () => {
  it('gives back what was put, to one taker only; after done nobody gets it again', async () => {
    const store = new FileStore({ stateDir: stateDir() });
    const replicaA = new PendingArticles(store, 'a');
    const replicaB = new PendingArticles(store, 'b');
    const id = await replicaA.put(ARTICLE);
    const first = await replicaB.take(id);
    expect(first).toMatchObject({ ok: true, pending: ARTICLE });
    expect(await replicaA.take(id)).toEqual({ ok: false, why: 'busy' });
    if (first.ok) await first.done();
    expect(await replicaA.take(id)).toEqual({ ok: false, why: 'done' });
  });

  it('lets a later click try again when the first failed', async () => {
    const pending = new PendingArticles(new FileStore({ stateDir: stateDir() }));
    const id = await pending.put(ARTICLE);
    const first = await pending.take(id);
    if (first.ok) await first.failed();
    expect(await pending.take(id)).toMatchObject({ ok: true, pending: ARTICLE });
  });

  it('survives a restart (files), and forgets a preview after its hour', async () => {
    const dir = stateDir();
    let now = 1_000_000;
    const id = await new PendingArticles(new FileStore({ stateDir: dir, now: () => now })).put(ARTICLE);
    expect(await new PendingArticles(new FileStore({ stateDir: dir, now: () => now })).take(id)).toMatchObject({ ok: true });
    const later = new PendingArticles(new FileStore({ stateDir: dir, now: () => now }));
    now += PENDING_MS + 1;
    // The first taker's claim ran out with the preview: nothing left to take.
    expect(await later.take(id)).toEqual({ ok: false, why: 'gone' });
  });

  it('knows no made-up id', async () => {
    expect(await new PendingArticles(new FileStore({ stateDir: stateDir() })).take('not-an-id')).toEqual({ ok: false, why: 'gone' });
  });
});

describe.skipIf(!redisAvailable)('PendingArticles on Redis, two replicas', () => {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('lets the replica that did not preview it add it, and only one of two simultaneous clicks', async () => {
    const [storeA, storeB] = await Promise.all([RedisStore.connect({ url: redis?.url ?? '' }), RedisStore.connect({ url: redis?.url ?? '' })]);
    const id = await new PendingArticles(storeA, 'a').put(ARTICLE);
    const takes = await Promise.all([new PendingArticles(storeA, 'a').take(id), new PendingArticles(storeB, 'b').take(id)]);
    expect(takes.filter((t) => t.ok)).toHaveLength(1);
    expect(takes.find((t) => t.ok)).toMatchObject({ pending: ARTICLE });
    await Promise.all([storeA.close(), storeB.close()]);
  });
});
