/**
 * Which digest went to which channel on which (local) day. An entry is written only after Slack
 * confirmed the post, atomically, so a restart never posts twice and a failed post is never
 * counted as sent.
 */
import path from 'node:path';
import { readJson, writeFileAtomic } from '../state/atomicFile.js';
import { mapped } from '../lists/loops.js';

interface Entry {
  ts: string;
  postedAt: string;
}

type LedgerData = Record<string, Record<string, Entry>>;

/** Days of history kept per channel. */
const KEEP_DAYS = 90;

export class DigestLedger {
  private readonly file: string;

  constructor(stateDir: string) {
    this.file = path.join(stateDir, 'digest-ledger.json');
  }

  /** Re-read on every call: another process (the CLI, the app) may have posted meanwhile. */
  private read(): LedgerData {
    return readJson<LedgerData>(this.file, {});
  }

  sent(channel: string, date: string): boolean {
    return this.read()[channel]?.[date] !== undefined;
  }

  /** When the last digest went to `channel`, if ever. */
  lastSent(channel: string): Date | undefined {
    const times = mapped(Object.values(this.read()[channel] ?? {}), (e) => e.postedAt).sort();
    const last = times.at(-1);
    return last ? new Date(last) : undefined;
  }

  record(channel: string, date: string, ts: string, postedAt: Date): void {
    const data = this.read();
    const days = { ...(data[channel] ?? {}), [date]: { ts, postedAt: postedAt.toISOString() } };
    const kept = Object.fromEntries(Object.entries(days).sort(([a], [b]) => a.localeCompare(b)).slice(-KEEP_DAYS));
    writeFileAtomic(this.file, JSON.stringify({ ...data, [channel]: kept }, null, 2));
  }
}
