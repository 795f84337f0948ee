/**
 * Each Slack event answered exactly once, across Slack's retries, replicas and crashes: a replica
 * claims the event id before answering (atomically, with an expiry), marks it done only after the
 * answer was posted, and gives the claim up when answering failed, so a retry may answer it. A
 * claim whose holder died expires. When the store cannot be reached, the event is answered anyway
 * (at least once beats never) and a warning says so.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { StateStore } from './store/stateStore.js';
import { flatMap } from '../lists/loops.js';

export interface EventClaimsOptions {
  /** How long a claim stands before another replica may take it over: longer than an answer takes. */
  claimTtlMs?: number;
  /** How long a finished event is remembered: Slack retries for well under this. */
  doneTtlMs?: number;
  log?: (message: string) => void;
  /** This process, as claims name it. */
  owner?: string;
}

const key = (eventId: string): string => `event:${eventId}`;
/** Events being answered, with their payloads: what a live replica answers when the one that claimed it died. */
const PENDING = 'pending-events';
/** A pending event is given up after a day: Slack's own retries are long over. */
const PENDING_MS = 24 * 60 * 60_000;

export interface PendingEvent {
  eventId: string;
  body: Record<string, unknown>;
}

export class EventClaims {
  readonly owner: string;
  private readonly claimTtlMs: number;
  private readonly doneTtlMs: number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly store: StateStore,
    options: EventClaimsOptions = {},
  ) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    // Longer than the slowest reply (postOnce gives up after ~40 s), short enough to recover soon.
    this.claimTtlMs = options.claimTtlMs ?? 60_000;
    this.doneTtlMs = options.doneTtlMs ?? 24 * 60 * 60_000;
    this.log = options.log ?? (() => undefined);
  }

  /** Events this process is answering now: a clean stop waits for them. */
  private active = 0;
  private idle: Array<() => void> = [];

  /**
   * True when this process should answer the event now; false when another has or does. With the
   * event's payload, the claim is recoverable: if this process dies, a live one answers it.
   */
  async begin(eventId: string, body?: Record<string, unknown>): Promise<boolean> {
    let mine: boolean;
    try {
      // The payload goes first: a replica killed right after claiming leaves an event a live one can answer.
      if (body) await this.store.stash(PENDING, eventId, JSON.stringify({ body, at: Date.now() }), PENDING_MS);
      const result = await this.store.claim(key(eventId), this.owner, this.claimTtlMs);
      mine = result === 'claimed';
      if (result === 'done') await this.store.unstash(PENDING, eventId);
    } catch (error) {
      this.log(`state store unavailable, answering event ${eventId} without a claim (it may be answered twice): ${(error as Error).message}`);
      mine = true;
    }
    if (mine) this.active++;
    return mine;
  }

  /**
   * Events claimed longer ago than a claim lasts and still not answered: their replica died (or
   * gave up). Answering them again goes through `begin`, so only one replica does.
   */
  async overdue(): Promise<PendingEvent[]> {
    const now = Date.now();
    const entries = await this.store.stashed(PENDING);
    return flatMap(entries, ([eventId, raw]) => {
      const { body, at } = JSON.parse(raw) as { body: Record<string, unknown>; at: number };
      return now - at > this.claimTtlMs ? [{ eventId, body }] : [];
    });
  }

  /** Resolves when no event is being answered, or after `timeoutMs` (a bounded drain). */
  drained(timeoutMs: number): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Whether the shared state answers (readiness). */
  healthy(): Promise<boolean> {
    return this.store.healthy();
  }

  private settle(): void {
    this.active = Math.max(0, this.active - 1);
    if (this.active === 0) for (const wake of this.idle.splice(0)) wake();
  }

  /** The answer was posted: nobody answers this event again. */
  async finish(eventId: string): Promise<void> {
    try {
      await this.store.complete(key(eventId), this.doneTtlMs);
      await this.store.unstash(PENDING, eventId);
    } catch (error) {
      this.log(`state store unavailable, event ${eventId} answered but not marked done: ${(error as Error).message}`);
    } finally {
      this.settle();
    }
  }

  /** Answering failed: let a retry (or another replica) answer it. */
  async abandon(eventId: string): Promise<void> {
    try {
      await this.store.release(key(eventId), this.owner);
      // Slack's retry may still come; the sweeper does not try a failed answer again.
      await this.store.unstash(PENDING, eventId);
    } catch (error) {
      this.log(`state store unavailable, claim on event ${eventId} left to expire: ${(error as Error).message}`);
    } finally {
      this.settle();
    }
  }
}
