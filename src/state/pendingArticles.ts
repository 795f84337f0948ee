/**
 * Articles an editor has previewed but not yet confirmed: kept in the state store under a random
 * id (the Add button carries only that id), for an hour, so whichever replica gets the click can
 * finish the job, and only one does: a double click or a retried request adds nothing twice.
 */
import { randomUUID } from 'node:crypto';
import type { StateStore } from './store/stateStore.js';

const STASH = 'pending-articles';
/** How long a preview's buttons work. */
export const PENDING_MS = 60 * 60_000;
/** Long enough to write a file and reload; a replica that dies meanwhile frees the claim after it. */
const WORK_MS = 2 * 60_000;

export interface PendingArticle {
  dossierId: string;
  fileName: string;
  content: string;
  title: string;
  source?: string;
  date?: string;
  url?: string;
  /** Who previewed it: only they may confirm it. */
  editor: string;
  from: string;
}

export type Taken = { ok: true; pending: PendingArticle; done(): Promise<void>; failed(): Promise<void> } | { ok: false; why: 'gone' | 'busy' | 'done' };

export class PendingArticles {
  constructor(
    private readonly store: StateStore,
    private readonly owner: string = randomUUID(),
  ) {}

  async put(pending: PendingArticle): Promise<string> {
    const id = randomUUID();
    await this.store.stash(STASH, id, JSON.stringify(pending), PENDING_MS);
    return id;
  }

  /**
   * Takes a pending article to act on it, exactly once across clicks and replicas: `done` when it
   * is written (or cancelled), `failed` to let a later click try again.
   */
  async take(id: string): Promise<Taken> {
    const key = `pending-article:${id}`;
    const claim = await this.store.claim(key, this.owner, WORK_MS);
    if (claim !== 'claimed') return { ok: false, why: claim === 'done' ? 'done' : 'busy' };
    const raw = (await this.store.stashed(STASH)).find(([entry]) => entry === id)?.[1];
    if (raw === undefined) {
      await this.store.release(key, this.owner);
      return { ok: false, why: 'gone' };
    }
    return {
      ok: true,
      pending: JSON.parse(raw) as PendingArticle,
      done: async () => {
        await this.store.complete(key, PENDING_MS);
        await this.store.unstash(STASH, id);
      },
      failed: () => this.store.release(key, this.owner),
    };
  }
}
