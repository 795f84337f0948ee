/**
 * Slack's rule for signed requests: a timestamp more than five minutes off, in either direction, is
 * refused (a replay or a wrong clock). Bolt checks only the past; this checks the future too,
 * before Bolt reads the body. Pure decision, and a wrapper for the receiver's request listener.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** Seconds a request's timestamp may be off from this machine's clock. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** True when a request's `X-Slack-Request-Timestamp` lies too far in the future to be Slack's. */
export function fromTheFuture(timestampHeader: string | string[] | undefined, nowMs: number): boolean {
  const value = Number(Array.isArray(timestampHeader) ? timestampHeader[0] : timestampHeader);
  return Number.isFinite(value) && value - nowMs / 1000 > MAX_SKEW_SECONDS;
}

export function refuseFutureRequests(listener: RequestListener, now: () => number = () => Date.now()): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && fromTheFuture(req.headers['x-slack-request-timestamp'], now())) {
      req.resume();
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('stale or future request timestamp');
      return;
    }
    listener(req, res);
  };
}
