/**
 * Global middleware: an Events API delivery is answered only by the replica that claims its
 * `event_id` (eventClaims.ts). The claim is marked done after the listeners finished (the reply was
 * posted) and given up when they failed, so Slack's retry can answer it.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { EventClaims } from '../../state/eventClaims.js';
import type { Metrics } from '../../observe/metrics.js';

export function claimEvents(claims: EventClaims, metrics?: Metrics): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, logger, context }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') {
      await next();
      return;
    }
    if (!(await claims.begin(eventId, body as Record<string, unknown>))) {
      metrics?.eventsDeduplicated.inc();
      logger.info(`skipping event ${eventId}: already answered or being answered (retry ${String(context.retryNum ?? 'none')})`);
      return;
    }
    try {
      await next();
    } catch (error) {
      await claims.abandon(eventId);
      throw error;
    }
    await claims.finish(eventId);
  };
}
