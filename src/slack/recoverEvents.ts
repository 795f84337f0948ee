/**
 * Events whose replica died between claiming and answering (kill -9, a lost machine) are answered
 * by a live replica: every so often it takes the overdue pending events and runs them through the
 * app again, where the usual claim decides that exactly one replica answers.
 */
import type { App } from '@slack/bolt';
import type { EventClaims } from '../state/eventClaims.js';

/** How often a replica looks for orphaned events. */
export const SWEEP_MS = 15_000;

export async function recoverEvents(app: App, claims: EventClaims, log: (message: string) => void): Promise<number> {
  let answered = 0;
  for (const { eventId, body } of await claims.overdue().catch(() => [])) {
    log(`answering event ${eventId}: the replica that took it did not finish`);
    // `recovered`: the reply may have landed before that replica died; look before posting.
    await app.processEvent({ body, ack: async () => undefined, customProperties: { recovered: true } }).catch((error: unknown) => log(`event ${eventId} still not answered: ${(error as Error).message}`));
    answered++;
  }
  return answered;
}

export function sweepEvents(app: App, claims: EventClaims, log: (message: string) => void): { stop(): void } {
  const timer = setInterval(() => void recoverEvents(app, claims, log), SWEEP_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
