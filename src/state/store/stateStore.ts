/**
 * The state replicas share: claims that make each Slack event answered once, and bounded logs.
 * Two implementations behind one interface — files under STATE_DIR for one process (the
 * no-setup default), Redis for several replicas — held to the same contract by the same tests.
 * Every operation is O(1) (amortised for the files): no whole-state rewrite on the hot path.
 */

/** `claimed`: this caller holds it now; `held`: someone else does; `done`: it was finished. */
export type ClaimResult = 'claimed' | 'held' | 'done';

export interface StateStore {
  readonly kind: 'files' | 'redis';
  /**
   * Claims `key` for `owner` for `ttlMs`, atomically: one caller in all replicas gets `claimed`.
   * A claim whose holder died expires, so another can take it.
   */
  claim(key: string, owner: string, ttlMs: number): Promise<ClaimResult>;
  /** Marks `key` finished for `ttlMs`: nobody can claim it again meanwhile. */
  complete(key: string, ttlMs: number): Promise<void>;
  /** Gives up `owner`'s claim on `key` (it failed): the next try may claim it. Someone else's claim stays. */
  release(key: string, owner: string): Promise<void>;
  /** Appends to a list kept to its newest `max` values. */
  append(list: string, value: string, max: number): Promise<void>;
  /** A list's values, oldest first. */
  list(list: string): Promise<string[]>;
  /** Keeps `value` under `id` in the map `name` until unstashed or `ttlMs` passed: work in progress. */
  stash(name: string, id: string, value: string, ttlMs: number): Promise<void>;
  unstash(name: string, id: string): Promise<void>;
  /** The map's entries, `[id, value]`. */
  stashed(name: string): Promise<Array<[string, string]>>;
  /** Whether the store answers now (for readiness). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

/** The value a finished claim holds. */
export const DONE = '\u0000done';
