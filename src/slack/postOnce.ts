/**
 * Posting exactly once when the network is ambiguous. Every message the bot posts carries Slack
 * message metadata naming what it answers (an event id, a digest's channel and date). When a post
 * fails in a way that leaves open whether it landed — the connection dropped, a timeout, a 5xx —
 * the poster looks for its tagged message in the thread (or channel) before posting again; a 429
 * or 5xx is retried with back-off (Retry-After honoured), a permanent error is not retried.
 */
import type { webApi } from '@slack/bolt';
import { retryDelay } from '../digest/deliver.js';

/** The metadata event type of every message this app posts. */
export const POST_EVENT_TYPE = 'dossier_bot_post';

export interface PostMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
}

export interface PostOnceOptions {
  /** What the message answers: an event id, or `digest:<channel>:<date>`. */
  tag: string;
  attempts?: number;
  /** The longest wait between attempts: a reply is waited for; Retry-After beyond it still counts. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Look for the tagged message before the first post too (after a crash mid-post). */
  checkFirst?: boolean;
  log?: (message: string) => void;
  /** Told before each post made again after a failed one (counted as `retried`). */
  onRetry?: () => void;
}

interface SlackError {
  code?: string;
  statusCode?: number;
}

/** The post may have landed: the answer never came back, or Slack failed after receiving it. */
function ambiguous(error: unknown): boolean {
  const e = (error ?? {}) as SlackError;
  return e.code === 'slack_webapi_request_error' || (e.code === 'slack_webapi_http_error' && (e.statusCode ?? 500) >= 500) || (e.code === undefined && !(error instanceof TypeError));
}

interface TaggedMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** The ts of the message already posted with `tag` in the thread or channel, if any. */
export async function findTagged(client: webApi.WebClient, message: Pick<PostMessage, 'channel' | 'thread_ts'>, tag: string): Promise<string | undefined> {
  const found = message.thread_ts
    ? await client.conversations.replies({ channel: message.channel, ts: message.thread_ts, include_all_metadata: true, limit: 200 })
    : await client.conversations.history({ channel: message.channel, include_all_metadata: true, limit: 50 });
  const messages = (found.messages ?? []) as TaggedMessage[];
  return messages.find((m) => m.metadata?.event_type === POST_EVENT_TYPE && m.metadata.event_payload?.tag === tag)?.ts;
}

/** Posts `message` once; returns where it is (the channel id Slack resolved a name to, and its ts). */
export async function postOnce(client: webApi.WebClient, message: PostMessage, options: PostOnceOptions): Promise<{ ts: string; channel: string }> {
  // Eight tries, waits capped at 8 s: a reply lands within ~40 s, inside an event claim's two minutes.
  const attempts = options.attempts ?? 8;
  const maxDelay = options.maxDelayMs ?? 8_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let unsure = options.checkFirst ?? false;
  for (let attempt = 1; ; attempt++) {
    if (unsure) {
      const landed = await findTagged(client, message, options.tag).catch(() => undefined);
      if (landed) return { ts: landed, channel: message.channel };
    }
    try {
      const result = await client.chat.postMessage({
        channel: message.channel,
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks as never } : {}),
        metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: options.tag } },
        unfurl_links: false,
        unfurl_media: false,
      });
      return { ts: result.ts ?? '', channel: result.channel ?? message.channel };
    } catch (error) {
      const wanted = retryDelay(error, attempt);
      if (wanted === undefined || attempt >= attempts) throw error;
      const delay = (error as { code?: string }).code === 'slack_webapi_rate_limited_error' ? wanted : Math.min(wanted, maxDelay);
      unsure = ambiguous(error);
      options.log?.(`post for ${options.tag} failed (attempt ${attempt}${unsure ? ', may have landed' : ''}); retrying in ${Math.round(delay)} ms`);
      await sleep(delay);
      options.onRetry?.();
    }
  }
}
