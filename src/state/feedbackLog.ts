/**
 * 👍/👎 on answers, with the question they were about: what the digest and the editors learn from.
 * No user ids or names are stored. JSON Lines under STATE_DIR, trimmed to the newest entries.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile.js';

export interface Feedback {
  time: string;
  dossierId: string;
  query: string;
  helpful: boolean;
  /** How many sentences the rated answer showed. */
  shown: number;
}

export class FeedbackLog {
  private readonly file: string | undefined;
  private writes = 0;

  constructor(stateDir?: string, private readonly maxEntries = 5000) {
    this.file = stateDir ? path.join(stateDir, 'feedback.jsonl') : undefined;
  }

  record(entry: Feedback): void {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    // Trim now and then, not on every write.
    if (++this.writes % 100 === 0) this.trim();
  }

  entries(): Feedback[] {
    if (!this.file) return [];
    try {
      return readFileSync(this.file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Feedback);
    } catch {
      return [];
    }
  }

  private trim(): void {
    const entries = this.entries();
    if (this.file && entries.length > this.maxEntries) {
      writeFileAtomic(this.file, `${entries.slice(-this.maxEntries).map((e) => JSON.stringify(e)).join('\n')}\n`);
    }
  }
}
