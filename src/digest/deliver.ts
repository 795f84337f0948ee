/**
 * Posting a digest exactly once per channel and day: skipped when the ledger says it went out;
 * retried with back-off on 429 (honouring Retry-After), 5xx and network errors; recorded in the
 * ledger only after Slack confirmed it. A permanent error (channel_not_found, invalid_auth) is not
 * retried. Time is injected, so tests never sleep.
 */
import type { DigestLedger } from './ledger.js';

export interface PostResult {
  ts?: string;
}

export interface DeliverOptions {
  channel: string;
  /** Local date the digest is for. */
  date: string;
  ledger: DigestLedger;
  post: () => Promise<PostResult>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Post even when the ledger says it went out today. */
  force?: boolean;
  attempts?: number;
  log?: (message: string) => void;
  /** Told before each attempt made again after a failed one. */
  onRetry?: () => void;
}

export type Delivery = { status: 'sent'; ts: string; attempts: number } | { status: 'already-sent' } | { status: 'failed'; error: string; attempts: number };

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

interface SlackError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
}

/** How long to wait before trying again, or undefined when trying again cannot help. */
export function retryDelay(error: unknown, attempt: number): number | undefined {
  const e = (error ?? {}) as SlackError;
  const backoff = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  if (e.code === 'slack_webapi_rate_limited_error') return Math.max(1, e.retryAfter ?? 1) * 1000;
  if (e.code === 'slack_webapi_http_error') return (e.statusCode ?? 500) >= 500 ? backoff : undefined;
  if (e.code === 'slack_webapi_request_error') return backoff;
  if (e.code === 'slack_webapi_platform_error') return undefined;
  return backoff; // an unknown failure (network) may pass
}

/** What went wrong, in Slack's words when it answered (`not_in_channel`), else the error's message. */
export function errorText(error: unknown): string {
  const e = (error ?? {}) as SlackError;
  return e.data?.error ?? e.message ?? String(error);
}

export async function deliverDigest(options: DeliverOptions): Promise<Delivery> {
  const { channel, date, ledger } = options;
  if (!options.force && ledger.sent(channel, date)) return { status: 'already-sent' };
  const attempts = options.attempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await options.post();
      const ts = result.ts ?? '';
      ledger.record(channel, date, ts, options.now());
      return { status: 'sent', ts, attempts: attempt };
    } catch (error) {
      const delay = retryDelay(error, attempt);
      if (delay === undefined || attempt >= attempts) return { status: 'failed', error: errorText(error), attempts: attempt };
      options.log?.(`digest to ${channel}: attempt ${attempt} failed (${errorText(error)}); retrying in ${Math.round(delay / 1000)} s`);
      await options.sleep(delay);
      options.onRetry?.();
    }
  }
}
