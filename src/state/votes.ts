/**
 * 👍/👎 on answers: a vote counts only for an answer the query log holds (same dossier and
 * question), and once per person per answer. The person is kept as a keyed hash (HMAC), never
 * their id: a second click is recognised, nobody can be identified from the store.
 */
import { createHmac } from 'node:crypto';
import type { QueryLog } from './queryLog.js';
import type { StateStore } from './store/stateStore.js';

/** A vote is remembered this long: long after anyone still clicks an old answer. */
const KEEP_MS = 30 * 24 * 60 * 60_000;

/** The hash key: derived from the app's signing secret (or token), never stored or logged. */
export function voteKey(secrets: { signingSecret?: string; botToken?: string }): string {
  return createHmac('sha256', 'dossier-bot votes').update(secrets.signingSecret ?? secrets.botToken ?? 'local').digest('hex');
}

export type VoteResult = 'counted' | 'again' | 'unknown-answer';

export class Votes {
  constructor(
    private readonly store: StateStore,
    private readonly queryLog: QueryLog,
    /** Key of the hash; a secret of the installation, so the hashes cannot be recomputed elsewhere. */
    private readonly key: string,
  ) {}

  async cast(vote: { logId: string | undefined; dossierId: string; query: string; userId: string; helpful: boolean }): Promise<VoteResult> {
    const asked = vote.logId ? await this.queryLog.findShared(vote.logId) : undefined;
    if (!asked || asked.dossierId !== vote.dossierId || asked.query !== vote.query) return 'unknown-answer';
    const person = createHmac('sha256', this.key).update(vote.userId).digest('hex').slice(0, 32);
    const key = `vote:${asked.id}:${person}`;
    if ((await this.store.claim(key, 'vote', KEEP_MS).catch(() => 'claimed' as const)) !== 'claimed') return 'again';
    await this.store.complete(key, KEEP_MS).catch(() => undefined);
    this.queryLog.feedback(asked.id, asked.dossierId, asked.query, vote.helpful);
    return 'counted';
  }
}
