/**
 * Posts today's digest to a channel through the Web API, exactly once (see digest/deliver.ts). Its
 * client does not retry by itself, so 429s and 5xx are retried where the ledger can see them.
 * Right after the digest went out, charts of measures with two or more dated figures follow in its
 * thread; a failed chart is logged and never makes the digest post again.
 */
import { webApi } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import { deliverDigest, type Delivery } from '../digest/deliver.js';
import type { Digest } from '../digest/composeDigest.js';
import type { DigestSource } from '../digest/digestSource.js';
import { figureSeries, type FigureSeries } from '../figures/figureSeries.js';
import { digestMessage } from './blocks/digestMessage.js';
import { postOnce } from './postOnce.js';
import { uploadCharts } from './uploadCharts.js';
import type { StateStore } from '../state/store/stateStore.js';
import { flatMap } from '../lists/loops.js';

/** `clientOptions`: the running app's logger and counted fetch; the CLI's client has neither. */
export function digestClient(config: Config, clientOptions: Pick<webApi.WebClientOptions, 'logger' | 'fetch'> = {}): webApi.WebClient {
  return new webApi.WebClient(config.botToken, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    ...clientOptions,
  });
}

export interface PostDigestOptions {
  source: DigestSource;
  client: webApi.WebClient;
  channel: string;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  force?: boolean;
  log?: (message: string) => void;
  /** Local date to post for; today in DIGEST_TZ by default. */
  date?: string;
  /** Draws a chart (tests inject a failing or fake one). */
  renderChart?: (series: FigureSeries) => Promise<Buffer>;
  /** Shared state: one replica of all posts a channel's digest (a lease on channel and date). */
  store?: StateStore;
  /** This process, as the lease names it. */
  owner?: string;
  /** Told before each post made again after a failed one. */
  onRetry?: () => void;
}

/** Long enough for a digest with all its retries; a lease whose holder died expires. */
const LEASE_MS = 15 * 60_000;
/** A posted digest is remembered well past its day. */
const POSTED_MS = 3 * 24 * 60 * 60_000;

/**
 * Posts the digest unless another replica holds its lease or posted it: `elsewhere` then. Without
 * a shared store (one process), the ledger alone decides.
 */
export async function postDigest(options: PostDigestOptions): Promise<Delivery | { status: 'elsewhere' }> {
  const { store } = options;
  if (!store) return postDigestNow(options);
  // The day is known from the scheduler; otherwise (the CLI) the digest is composed once, here, and handed on.
  const composed = options.date === undefined ? await options.source.composeShared({ channel: options.channel }) : undefined;
  const date = options.date ?? (composed as Digest).date;
  const key = `digest:${options.channel}:${date}`;
  const owner = options.owner ?? `digest-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  let lease: 'claimed' | 'held' | 'done';
  try {
    lease = options.force ? 'claimed' : await store.claim(key, owner, LEASE_MS);
  } catch (error) {
    // Without the lease, two replicas could both post: the digest waits, and the scheduler catches up when the store is back.
    return { status: 'failed', error: `state store unavailable, digest postponed (${(error as Error).message})`, attempts: 0 };
  }
  if (lease === 'done') return { status: 'already-sent' };
  if (lease === 'held') return { status: 'elsewhere' };
  const delivery = await postDigestNow({ ...options, date }, composed);
  await (delivery.status === 'failed' ? store.release(key, owner) : store.complete(key, POSTED_MS)).catch(() => undefined);
  return delivery;
}

async function postDigestNow(options: PostDigestOptions, composed?: Digest): Promise<Delivery> {
  const digest = composed ?? (await options.source.composeShared({ channel: options.channel }));
  const message = digestMessage(digest);
  let channelId = options.channel;
  const date = options.date ?? digest.date;
  const delivery = await deliverDigest({
    channel: options.channel,
    date,
    ledger: options.source.ledger,
    now: options.now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...(options.force ? { force: true } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    // Tagged, and looked for before every attempt: a digest that landed before a crash or a lost
    // connection is found, not posted again (deliverDigest does the retrying).
    post: async () => {
      const posted = await postOnce(options.client, { channel: channelId, text: message.text, blocks: message.blocks }, { tag: `digest:${options.channel}:${date}`, attempts: 1, checkFirst: true });
      channelId = posted.channel;
      return { ts: posted.ts };
    },
  });
  // Charts go into the digest's thread, once: only right after the digest itself went out.
  if (delivery.status === 'sent') {
    const series = flatMap(digest.dossiers, (part) => figureSeries(part.figures));
    if (series.length > 0) await uploadCharts({ client: options.client, channel: channelId, threadTs: delivery.ts, series, ...(options.log ? { log: options.log } : {}), ...(options.renderChart ? { render: options.renderChart } : {}) });
  }
  return delivery;
}
