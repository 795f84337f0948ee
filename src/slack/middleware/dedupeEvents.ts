/** Global middleware: an Events API delivery whose `event_id` was already handled is dropped. */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SeenEvents } from '../../state/seenEvents.js';

export function dedupeEvents(seen: SeenEvents): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, logger, context }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) {
      logger.info(`skipping repeated delivery of event ${eventId} (retry ${String(context.retryNum ?? '?')})`);
      return;
    }
    await next();
  };
}
