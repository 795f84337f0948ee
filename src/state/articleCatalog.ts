/**
 * When each article was first seen in the knowledge folder, so the digest can say what is new
 * since the previous one. Updated whenever the knowledge is (re)loaded or an article is ingested.
 */
import path from 'node:path';
import { readJson, writeFileAtomic } from './atomicFile.js';

export class ArticleCatalog {
  private readonly file: string;

  constructor(stateDir: string) {
    this.file = path.join(stateDir, 'articles-seen.json');
  }

  /** Article id → ISO time first seen. */
  firstSeen(): Map<string, string> {
    return new Map(Object.entries(readJson<Record<string, string>>(this.file, {})));
  }

  /** Notes the ids not seen before as seen `now`; returns those new ids. */
  record(articleIds: Iterable<string>, now: Date): string[] {
    const seen = this.firstSeen();
    const fresh = [...articleIds].filter((id) => !seen.has(id));
    if (fresh.length === 0) return [];
    for (const id of fresh) seen.set(id, now.toISOString());
    writeFileAtomic(this.file, JSON.stringify(Object.fromEntries(seen), null, 2));
    return fresh;
  }
}
