/**
 * Slack retries an event it thinks was not acknowledged (same `event_id`, `X-Slack-Retry-Num`).
 * This remembers event ids for a while so a retry never produces a second reply, also across a
 * restart. Bounded: at most `max` ids, each kept for `ttlMs`.
 */
import path from 'node:path';
import { readJson, writeFileAtomic } from './atomicFile.js';

export interface SeenEventsOptions {
  /** Directory for the state file; in memory only when absent. */
  stateDir?: string;
  ttlMs?: number;
  max?: number;
  now?: () => number;
}

export class SeenEvents {
  private readonly seen: Map<string, number>;
  private readonly file: string | undefined;
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(options: SeenEventsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.max = options.max ?? 5000;
    this.now = options.now ?? Date.now;
    this.file = options.stateDir ? path.join(options.stateDir, 'seen-events.json') : undefined;
    const stored = this.file ? readJson<Record<string, number>>(this.file, {}) : {};
    this.seen = new Map(Object.entries(stored).filter(([, at]) => typeof at === 'number'));
    this.expire();
  }

  /** True the first time an id is seen (go ahead), false for a repeat (skip it). */
  firstTime(eventId: string): boolean {
    this.expire();
    if (this.seen.has(eventId)) return false;
    this.seen.set(eventId, this.now());
    while (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value as string);
    if (this.file) writeFileAtomic(this.file, JSON.stringify(Object.fromEntries(this.seen)));
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, at] of this.seen) {
      if (at >= cutoff) break; // insertion order is time order
      this.seen.delete(id);
    }
  }
}
