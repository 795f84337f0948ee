/**
 * Every question answered in Slack, with its number of results, and the 👍/👎 it got: what the
 * digest reports ("most asked", "no answer") and what editors learn from. No user ids or names are
 * stored. JSON Lines under STATE_DIR, trimmed to the newest entries.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile.js';
import type { StateStore } from './store/stateStore.js';
import { flatMap, mapped } from '../lists/loops.js';

const SHARED_LIST = 'query-log';

export interface AskedEntry {
  type: 'asked';
  id: string;
  time: string;
  dossierId: string;
  query: string;
  results: number;
}

export interface FeedbackEntry {
  type: 'feedback';
  /** The `asked` entry this rates. */
  id: string;
  time: string;
  dossierId: string;
  query: string;
  helpful: boolean;
}

export type QueryLogEntry = AskedEntry | FeedbackEntry;

export interface QueryLogOptions {
  /** Directory for the log file; in memory when absent. */
  stateDir?: string;
  /** Shared with the other replicas (Redis): every entry also goes there, bounded the same. */
  shared?: StateStore;
  /** Told when the shared store misses an entry. */
  log?: (message: string) => void;
  maxEntries?: number;
  now?: () => Date;
}

export class QueryLog {
  private readonly file: string | undefined;
  private readonly memory: QueryLogEntry[] = [];
  private readonly maxEntries: number;
  private readonly now: () => Date;
  private readonly shared: StateStore | undefined;
  private readonly log: (message: string) => void;

  constructor(options: QueryLogOptions = {}) {
    this.file = options.stateDir ? path.join(options.stateDir, 'query-log.jsonl') : undefined;
    this.maxEntries = options.maxEntries ?? 20_000;
    this.now = options.now ?? (() => new Date());
    this.shared = options.shared;
    this.log = options.log ?? (() => undefined);
  }

  /** Every replica's entries (the shared store's), or this process's when there is none or it is down. */
  async sharedEntries(): Promise<QueryLogEntry[]> {
    if (!this.shared) return this.entries();
    try {
      return flatMap((await this.shared.list(SHARED_LIST)), (line) => {
        try {
          return [JSON.parse(line) as QueryLogEntry];
        } catch {
          return [];
        }
      });
    } catch (error) {
      this.log(`state store unavailable, using this replica's query log only: ${(error as Error).message}`);
      return this.entries();
    }
  }

  /** The `asked` entry with this id, in any replica's log. */
  async findShared(id: string): Promise<AskedEntry | undefined> {
    return this.find(id) ?? (await this.sharedEntries()).find((e): e is AskedEntry => e.type === 'asked' && e.id === id);
  }

  /** Records an answered question; returns its id, for feedback on it. */
  asked(dossierId: string, query: string, results: number): string {
    const entry: AskedEntry = { type: 'asked', id: randomUUID().slice(0, 12), time: this.now().toISOString(), dossierId, query, results };
    this.append(entry);
    return entry.id;
  }

  feedback(id: string, dossierId: string, query: string, helpful: boolean): void {
    this.append({ type: 'feedback', id, time: this.now().toISOString(), dossierId, query, helpful });
  }

  /** The `asked` entry with this id, if the log still holds it. */
  find(id: string): AskedEntry | undefined {
    return this.entries().find((e): e is AskedEntry => e.type === 'asked' && e.id === id);
  }

  entries(): QueryLogEntry[] {
    if (!this.file) return [...this.memory];
    try {
      return flatMap(readFileSync(this.file, 'utf8')
        .split('\n')
        .filter(Boolean), (line) => {
          try {
            return [JSON.parse(line) as QueryLogEntry];
          } catch {
            return []; // a line cut short by a crash is skipped, the rest still counts
          }
        });
    } catch {
      return [];
    }
  }

  private append(entry: QueryLogEntry): void {
    // Shared in the background: answering never waits for the store, and a miss is logged, not fatal.
    if (this.shared) void this.shared.append(SHARED_LIST, JSON.stringify(entry), this.maxEntries).catch((error: unknown) => this.log(`query log entry not shared: ${(error as Error).message}`));
    if (!this.file) {
      this.memory.push(entry);
      if (this.memory.length > this.maxEntries) this.memory.splice(0, this.memory.length - this.maxEntries);
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    // Lines are counted once; the file is cut back to the newest entries when it holds half as many
    // again: one rewrite per `maxEntries / 2` questions, never one on every hundredth.
    this.lines ??= this.countLines();
    if (++this.lines > this.maxEntries * 1.5) this.trim();
  }

  private lines: number | undefined;

  private countLines(): number {
    try {
      const text = readFileSync(this.file as string, 'utf8');
      let count = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
      return count;
    } catch {
      return 0;
    }
  }

  private trim(): void {
    const entries = this.entries();
    if (this.file && entries.length > this.maxEntries) {
      writeFileAtomic(this.file, `${mapped(entries.slice(-this.maxEntries), (e) => JSON.stringify(e)).join('\n')}\n`);
    }
    this.lines = Math.min(entries.length, this.maxEntries);
  }
}
