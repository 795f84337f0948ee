/**
 * Exactly once across replicas: two processes (two EventClaims, two Bolt apps) on one Redis get
 * the same event; one answers. A failed answer gives the claim up, so Slack's retry is answered.
 * With the store unreachable, the event is still answered, and the log says why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { EventClaims } from '../../src/state/eventClaims.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { RedisStore } from '../../src/state/store/redisStore.js';
import type { StateStore } from '../../src/state/store/stateStore.js';
import { claimEvents } from '../../src/slack/middleware/claimEvents.js';
import { recoverEvents } from '../../src/slack/recoverEvents.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redisServer.js';

const API = 'http://slack.claims.test';
let redis: RedisServer | undefined;
const posts: Array<Record<string, unknown>> = [];
let failPosts = 0;

beforeAll(async () => {
  if (redisAvailable) redis = await startRedis();
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/u);
  nock(API)
    .persist()
    .post(/\/api\/.*/u)
    .reply((uri, body) => {
      if (uri.endsWith('auth.test')) return [200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }];
      if (failPosts > 0) {
        failPosts--;
        return [500, { ok: false, error: 'internal_error' }];
      }
      posts.push(typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, unknown>));
      return [200, { ok: true, ts: '1.000100' }];
    });
});
afterAll(async () => {
  await redis?.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  posts.length = 0;
  failPosts = 0;
});

/** A replica: a Bolt app behind a receiver the test drives, like Bolt's own tests do. */
function replica(claims: EventClaims): App {
  const receiver: Receiver = { init: () => undefined, start: () => Promise.resolve(), stop: () => Promise.resolve() };
  const app = new App({ receiver, token: 'xoxb-test', botId: 'BBOT', botUserId: 'UBOT', clientOptions: { slackApiUrl: `${API}/api/`, retryConfig: { retries: 0 } } });
  app.use(claimEvents(claims));
  app.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: 'answer' });
  });
  app.error(async () => undefined);
  return app;
}

function delivery(eventId: string, retryNum?: number): ReceiverEvent {
  return {
    body: { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: eventId, event_time: 1, event: { type: 'app_mention', user: 'U1', text: '<@UBOT> troops', ts: `1.${eventId}`, channel: 'C1', event_ts: '1' } },
    ...(retryNum === undefined ? {} : { retryNum, retryReason: 'http_timeout' }),
    ack: async () => undefined,
  };
}

describe('one process with the files store', () => {
  it('a retry arriving while the first delivery is being answered is not answered again', async () => {
    const app = replica(new EventClaims(new FileStore({ stateDir: mkdtempSync(path.join(tmpdir(), 'claims-')) })));
    await Promise.all([app.processEvent(delivery('EvSame')), app.processEvent(delivery('EvSame', 1)), app.processEvent(delivery('EvSame', 2))]);
    expect(posts).toHaveLength(1);
  });
});

describe.skipIf(!redisAvailable)('two replicas on one Redis', () => {
  async function twoReplicas(): Promise<{ apps: [App, App]; stores: StateStore[] }> {
    const stores = [await RedisStore.connect({ url: redis?.url ?? '' }), await RedisStore.connect({ url: redis?.url ?? '' })];
    const apps: [App, App] = [replica(new EventClaims(stores[0]!, { owner: 'r1' })), replica(new EventClaims(stores[1]!, { owner: 'r2' }))];
    return { apps, stores };
  }

  it('the same event delivered to both, and retried, is answered once', async () => {
    const { apps, stores } = await twoReplicas();
    const id = `Ev${Math.random().toString(36).slice(2)}`;
    await Promise.all([apps[0].processEvent(delivery(id)), apps[1].processEvent(delivery(id)), apps[1].processEvent(delivery(id, 1))]);
    await apps[0].processEvent(delivery(id, 2));
    expect(posts).toHaveLength(1);
    for (const store of stores) await store.close();
  });

  it('a failed answer gives the claim up: the retry, on the other replica, answers it', async () => {
    const { apps, stores } = await twoReplicas();
    const id = `Ev${Math.random().toString(36).slice(2)}`;
    failPosts = 1;
    await apps[0].processEvent(delivery(id)).catch(() => undefined);
    expect(posts).toHaveLength(0);
    await apps[1].processEvent(delivery(id, 1));
    expect(posts).toHaveLength(1);
    for (const store of stores) await store.close();
  });
});

describe.skipIf(!redisAvailable)('Redis unreachable', () => {
  it('the event is still answered (at least once), with a logged warning', async () => {
    const own = await startRedis();
    const store = await RedisStore.connect({ url: own.url });
    const logged: string[] = [];
    const app = replica(new EventClaims(store, { log: (m) => logged.push(m) }));
    own.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.processEvent(delivery('EvDown'));
    expect(posts).toHaveLength(1);
    expect(logged.join('\n')).toMatch(/state store unavailable, answering event EvDown without a claim/u);
    await store.close();
  });
});

describe.skipIf(!redisAvailable)('a replica killed between claiming and answering', () => {
  it('a live replica answers the orphaned event once, and only after the claim ran out', async () => {
    const stores = [await RedisStore.connect({ url: redis?.url ?? '' }), await RedisStore.connect({ url: redis?.url ?? '' })];
    const dead = new EventClaims(stores[0]!, { owner: 'dead', claimTtlMs: 150 });
    const live = new EventClaims(stores[1]!, { owner: 'live', claimTtlMs: 150 });
    const app = replica(live);
    const id = `Ev${Math.random().toString(36).slice(2)}`;
    // The dead replica claimed it (and acked) but never answered.
    expect(await dead.begin(id, delivery(id).body)).toBe(true);
    expect(await recoverEvents(app, live, () => undefined)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await recoverEvents(app, live, () => undefined)).toBe(1);
    expect(posts).toHaveLength(1);
    // Answered: nothing is left to recover, and Slack's late retry is not answered again.
    expect(await recoverEvents(app, live, () => undefined)).toBe(0);
    await app.processEvent(delivery(id, 1));
    expect(posts).toHaveLength(1);
    for (const store of stores) await store.close();
  });
});

