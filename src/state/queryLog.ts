/**
 * Every question answered in Slack, with its number of results, and the 👍/👎 it got: what the
 * digest reports ("most asked", "no answer") and what editors learn from. No user ids or names are
 * stored. JSON Lines under STATE_DIR, trimmed to the newest entries.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile.js';

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
  maxEntries?: number;
  now?: () => Date;
}

export class QueryLog {
  private readonly file: string | undefined;
  private readonly memory: QueryLogEntry[] = [];
  private readonly maxEntries: number;
  private readonly now: () => Date;
  private writes = 0;

  constructor(options: QueryLogOptions = {}) {
    this.file = options.stateDir ? path.join(options.stateDir, 'query-log.jsonl') : undefined;
    this.maxEntries = options.maxEntries ?? 20_000;
    this.now = options.now ?? (() => new Date());
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
      return readFileSync(this.file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => {
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
    if (!this.file) {
      this.memory.push(entry);
      if (this.memory.length > this.maxEntries) this.memory.splice(0, this.memory.length - this.maxEntries);
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    if (++this.writes % 100 === 0) this.trim();
  }

  private trim(): void {
    const entries = this.entries();
    if (this.file && entries.length > this.maxEntries) {
      writeFileAtomic(this.file, `${entries.slice(-this.maxEntries).map((e) => JSON.stringify(e)).join('\n')}\n`);
    }
  }
}
