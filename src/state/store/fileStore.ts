/**
 * The embedded store: state as append-only journals under STATE_DIR, replayed on start and
 * compacted when they grow, so a claim costs one appended line, not a rewrite of everything.
 * For one process: replicas share state through Redis (redisStore.ts).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomicFile.js';
import { DONE, type ClaimResult, type StateStore } from './stateStore.js';
import { flatMap, mapped } from '../../lists/loops.js';

const stashKey = (name: string, id: string): string => `\u0001${name}\u0001${id}`;

interface Held {
  value: string;
  expires: number;
}

/** Journal lines kept beyond the live entries before compacting. */
const SLACK_LINES = 2_000;

export interface FileStoreOptions {
  stateDir: string;
  now?: () => number;
}

export class FileStore implements StateStore {
  readonly kind = 'files' as const;
  private readonly claims = new Map<string, Held>();
  private readonly lists = new Map<string, { values: string[]; lines: number }>();
  private readonly claimsFile: string;
  private readonly listDir: string;
  private readonly now: () => number;
  private journalLines = 0;

  constructor(options: FileStoreOptions) {
    this.now = options.now ?? Date.now;
    mkdirSync(options.stateDir, { recursive: true });
    this.claimsFile = path.join(options.stateDir, 'claims.jsonl');
    this.listDir = path.join(options.stateDir, 'lists');
    this.replay();
  }

  async claim(key: string, owner: string, ttlMs: number): Promise<ClaimResult> {
    const held = this.live(key);
    // Held by this very owner too: a second delivery while the first is being answered waits its turn.
    if (held) return held.value === DONE ? 'done' : 'held';
    this.set(key, owner, ttlMs);
    return 'claimed';
  }

  async complete(key: string, ttlMs: number): Promise<void> {
    this.set(key, DONE, ttlMs);
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.live(key)?.value !== owner) return;
    this.claims.delete(key);
    this.write({ k: key, v: null, e: 0 });
  }

  // Stashes are journalled like claims, under keys no event id can take.
  async stash(name: string, id: string, value: string, ttlMs: number): Promise<void> {
    this.set(stashKey(name, id), value, ttlMs);
  }

  async unstash(name: string, id: string): Promise<void> {
    const key = stashKey(name, id);
    if (!this.claims.delete(key)) return;
    this.write({ k: key, v: null, e: 0 });
  }

  async stashed(name: string): Promise<Array<[string, string]>> {
    const prefix = stashKey(name, '');
    return flatMap([...this.claims.keys()].filter((k) => k.startsWith(prefix)), (k) => {
      const held = this.live(k);
      return held ? [[k.slice(prefix.length), held.value] as [string, string]] : [];
    });
  }

  async append(list: string, value: string, max: number): Promise<void> {
    const stored = this.stored(list);
    stored.values.push(value);
    if (stored.values.length > max) stored.values.splice(0, stored.values.length - max);
    mkdirSync(this.listDir, { recursive: true });
    const file = this.listFile(list);
    appendFileSync(file, `${JSON.stringify(value)}\n`);
    // The file is trimmed when it holds twice what is kept: one rewrite per `max` appends.
    if (++stored.lines > 2 * max) {
      writeFileAtomic(file, `${mapped(stored.values, (v) => JSON.stringify(v)).join('\n')}\n`);
      stored.lines = stored.values.length;
    }
  }

  async list(list: string): Promise<string[]> {
    return [...this.stored(list).values];
  }

  async healthy(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}

  private live(key: string): Held | undefined {
    const held = this.claims.get(key);
    if (held && held.expires <= this.now()) {
      this.claims.delete(key);
      return undefined;
    }
    return held;
  }

  private set(key: string, value: string, ttlMs: number): void {
    const held = { value, expires: this.now() + ttlMs };
    this.claims.delete(key); // re-inserted last: the map stays in write order
    this.claims.set(key, held);
    this.write({ k: key, v: value, e: held.expires });
  }

  private write(line: { k: string; v: string | null; e: number }): void {
    appendFileSync(this.claimsFile, `${JSON.stringify(line)}\n`);
    if (++this.journalLines > this.claims.size + SLACK_LINES) this.compact();
  }

  /** Rewrites the journal with only what is live now. */
  private compact(): void {
    const now = this.now();
    const lines: string[] = [];
    for (const [k, held] of this.claims) {
      if (held.expires <= now) this.claims.delete(k);
      else lines.push(JSON.stringify({ k, v: held.value, e: held.expires }));
    }
    writeFileAtomic(this.claimsFile, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    this.journalLines = lines.length;
  }

  private replay(): void {
    if (!existsSync(this.claimsFile)) return;
    const now = this.now();
    for (const line of readFileSync(this.claimsFile, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const { k, v, e } = JSON.parse(line) as { k: string; v: string | null; e: number };
        this.claims.delete(k);
        if (v !== null && e > now) this.claims.set(k, { value: v, expires: e });
      } catch {
        // A line cut short by a crash: the ones before it still count.
      }
    }
    this.compact();
  }

  private listFile(list: string): string {
    return path.join(this.listDir, `${list.replace(/[^a-z0-9_-]/giu, '_')}.jsonl`);
  }

  private stored(list: string): { values: string[]; lines: number } {
    let stored = this.lists.get(list);
    if (!stored) {
      stored = { values: [], lines: 0 };
      const file = this.listFile(list);
      if (existsSync(file)) {
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          if (!line) continue;
          stored.lines++;
          try {
            stored.values.push(JSON.parse(line) as string);
          } catch {
            // a line cut short by a crash
          }
        }
      }
      this.lists.set(list, stored);
    }
    return stored;
  }
}
