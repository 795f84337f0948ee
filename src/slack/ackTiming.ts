/**
 * Ack latency as Slack sees it: from a request reaching the HTTP receiver to the response that
 * acknowledges it, by what Slack sent (a command, an event, an action). Measured around the
 * receiver's request listener, so Bolt's parsing and signature check count too; the kind is read
 * from the body Bolt buffered on the request (`rawBody`) once the response is sent.
 */
import type { IncomingMessage, RequestListener } from 'node:http';
import type { Histogram } from 'prom-client';
import type { AckKind } from '../observe/metrics.js';

/** What a request to /slack/events carries: JSON is an Events API delivery; a form holds a command or an interaction `payload`. Pure. */
export function requestKind(contentType: string | undefined, rawBody: Buffer | undefined): AckKind {
  if (!rawBody) return 'other';
  if ((contentType ?? '').includes('json')) return 'event';
  const form = new URLSearchParams(rawBody.toString('utf8'));
  return form.has('payload') ? 'action' : form.has('command') ? 'command' : 'other';
}

export function timeAcks(listener: RequestListener, seconds: Histogram<'kind'>): RequestListener {
  return (req, res) => {
    if (req.method === 'POST') {
      const end = seconds.startTimer();
      res.once('finish', () => {
        // A refused request (bad signature, bad body) was never acknowledged; 404 is Bolt's answer when no listener acked in time.
        if (res.statusCode >= 400 && res.statusCode !== 404) return;
        end({ kind: requestKind(req.headers['content-type'], (req as IncomingMessage & { rawBody?: Buffer }).rawBody) });
      });
    }
    listener(req, res);
  };
}
