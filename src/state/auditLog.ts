/**
 * Who changed which dossier when: every article added or removed from Slack, kept in the state
 * store (files or Redis, so all replicas write one log). Unlike the process logs it names the
 * editor, by Slack user id: it exists to answer "who added this?". Bounded to the newest entries.
 */
import type { StateStore } from './store/stateStore.js';
import { mapped } from '../lists/loops.js';

const LIST = 'audit';
const MAX_ENTRIES = 100_000;

export interface AuditEntry {
  action: 'add' | 'remove';
  time: string;
  dossierId: string;
  /** The knowledge file, relative to the dossier's folder (for a removal: where it was moved). */
  file: string;
  title: string;
  /** Who: the editor's Slack user id, or `server:<login>` for `npm run ingest`. */
  editor: string;
  /** Where an added article came from: its link, or the shared file's name. */
  from?: string;
}

export class AuditLog {
  constructor(
    private readonly store: StateStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(entry: Omit<AuditEntry, 'time'>): Promise<AuditEntry> {
    const full: AuditEntry = { ...entry, time: this.now().toISOString() };
    await this.store.append(LIST, JSON.stringify(full), MAX_ENTRIES);
    return full;
  }

  /** Oldest first. */
  async entries(): Promise<AuditEntry[]> {
    return mapped((await this.store.list(LIST)), (line) => JSON.parse(line) as AuditEntry);
  }
}
