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
    this.claimTtlMs = options.claimTtlMs ?? 2 * 60_000;
    this.doneTtlMs = options.doneTtlMs ?? 24 * 60 * 60_000;
    this.log = options.log ?? (() => undefined);
  }

  /** Events this process is answering now: a clean stop waits for them. */
  private active = 0;
  private idle: Array<() => void> = [];

  /** True when this process should answer the event now; false when another has or does. */
  async begin(eventId: string): Promise<boolean> {
    let mine: boolean;
    try {
      mine = (await this.store.claim(key(eventId), this.owner, this.claimTtlMs)) === 'claimed';
    } catch (error) {
      this.log(`state store unavailable, answering event ${eventId} without a claim (it may be answered twice): ${(error as Error).message}`);
      mine = true;
    }
    if (mine) this.active++;
    return mine;
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
    } catch (error) {
      this.log(`state store unavailable, claim on event ${eventId} left to expire: ${(error as Error).message}`);
    } finally {
      this.settle();
    }
  }
}
