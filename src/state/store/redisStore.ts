/**
 * Shared state on Redis, for several replicas behind a load balancer: a claim is one SET NX PX,
 * a finished claim one SET PX, a release a compare-and-delete script, a log RPUSH + LTRIM. When
 * Redis is unreachable, calls fail fast (no offline queue) and the client reconnects by itself:
 * callers decide what to do meanwhile (see eventClaims.ts); restarting Redis needs no restart here.
 */
import { createClient } from '@redis/client';
import { DONE, type ClaimResult, type StateStore } from './stateStore.js';

/** Keys are prefixed, so one Redis can serve other apps too. */
const PREFIX = 'dossier-bot:';
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const CONNECT_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface RedisStoreOptions {
  url: string;
  /** Told when the connection fails or comes back (never with credentials). */
  log?: (message: string) => void;
}

export class RedisStore implements StateStore {
  readonly kind = 'redis' as const;
  private readonly client;

  private constructor(options: RedisStoreOptions) {
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** retries) },
    });
    let down = false;
    this.client.on('error', (error: Error) => {
      if (!down) options.log?.(`state store (Redis) unreachable: ${error.message}`);
      down = true;
    });
    this.client.on('ready', () => {
      if (down) options.log?.('state store (Redis) reachable again');
      down = false;
    });
  }

  /** Connects (bounded); a Redis that is down at start is retried in the background. */
  static async connect(options: RedisStoreOptions): Promise<RedisStore> {
    const store = new RedisStore(options);
    await Promise.race([store.client.connect().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS))]);
    return store;
  }

  async claim(key: string, owner: string, ttlMs: number): Promise<ClaimResult> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const set = await this.client.set(PREFIX + key, owner, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } });
      if (set === 'OK') return 'claimed';
      const held = await this.client.get(PREFIX + key);
      if (held === DONE) return 'done';
      // Expired between the two calls: try once more.
      if (held !== null) return 'held';
    }
    return 'held';
  }

  async complete(key: string, ttlMs: number): Promise<void> {
    await this.client.set(PREFIX + key, DONE, { expiration: { type: 'PX', value: ttlMs } });
  }

  async release(key: string, owner: string): Promise<void> {
    await this.client.eval(RELEASE, { keys: [PREFIX + key], arguments: [owner] });
  }

  // A stash is a hash; each entry carries its own deadline, as hash fields have no expiry in Redis 7.0.
  async stash(name: string, id: string, value: string, ttlMs: number): Promise<void> {
    await this.client.hSet(PREFIX + name, id, JSON.stringify({ value, until: Date.now() + ttlMs }));
  }

  async unstash(name: string, id: string): Promise<void> {
    await this.client.hDel(PREFIX + name, id);
  }

  async stashed(name: string): Promise<Array<[string, string]>> {
    const all = await this.client.hGetAll(PREFIX + name);
    const now = Date.now();
    const live: Array<[string, string]> = [];
    for (const [id, raw] of Object.entries(all)) {
      const entry = JSON.parse(raw) as { value: string; until: number };
      if (entry.until > now) live.push([id, entry.value]);
      else await this.client.hDel(PREFIX + name, id);
    }
    return live;
  }

  async append(list: string, value: string, max: number): Promise<void> {
    await this.client.multi().rPush(PREFIX + list, value).lTrim(PREFIX + list, -max, -1).exec();
  }

  async list(list: string): Promise<string[]> {
    return this.client.lRange(PREFIX + list, 0, -1);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.client.isOpen) return;
    // A client that is reconnecting has nothing to flush: closing it politely would wait for Redis.
    if (!this.client.isReady) this.client.destroy();
    else await this.client.close().catch(() => this.client.destroy());
  }
}
