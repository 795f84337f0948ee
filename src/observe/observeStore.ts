/**
 * The state store, timed: every operation's latency and result go to dossier_state_store_seconds,
 * and dossier_state_store_up asks the store whether it answers when scraped. A decorator, so both
 * stores (files, Redis) are measured the same way and know nothing of metrics.
 */
import type { ClaimResult, StateStore } from '../state/store/stateStore.js';
import type { Metrics } from './metrics.js';

export class ObservedStore implements StateStore {
  readonly kind: StateStore['kind'];

  constructor(
    private readonly store: StateStore,
    private readonly metrics: Metrics,
  ) {
    this.kind = store.kind;
    metrics.sources.storeHealthy = () => store.healthy();
  }

  private async timed<T>(op: string, call: () => Promise<T>): Promise<T> {
    const end = this.metrics.stateStoreSeconds.startTimer({ op });
    try {
      const value = await call();
      end({ result: 'ok' });
      return value;
    } catch (error) {
      end({ result: 'error' });
      throw error;
    }
  }

  claim(key: string, owner: string, ttlMs: number): Promise<ClaimResult> {
    return this.timed('claim', () => this.store.claim(key, owner, ttlMs));
  }
  complete(key: string, ttlMs: number): Promise<void> {
    return this.timed('complete', () => this.store.complete(key, ttlMs));
  }
  release(key: string, owner: string): Promise<void> {
    return this.timed('release', () => this.store.release(key, owner));
  }
  append(list: string, value: string, max: number): Promise<void> {
    return this.timed('append', () => this.store.append(list, value, max));
  }
  list(list: string): Promise<string[]> {
    return this.timed('list', () => this.store.list(list));
  }
  stash(name: string, id: string, value: string, ttlMs: number): Promise<void> {
    return this.timed('stash', () => this.store.stash(name, id, value, ttlMs));
  }
  unstash(name: string, id: string): Promise<void> {
    return this.timed('unstash', () => this.store.unstash(name, id));
  }
  stashed(name: string): Promise<Array<[string, string]>> {
    return this.timed('stashed', () => this.store.stashed(name));
  }
  healthy(): Promise<boolean> {
    return this.store.healthy();
  }
  close(): Promise<void> {
    return this.store.close();
  }
}
