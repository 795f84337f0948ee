/**
 * Posts today's digest to a channel through the Web API, exactly once (see digest/deliver.ts). Its
 * client does not retry by itself, so 429s and 5xx are retried where the ledger can see them.
 */
import { webApi, type LogLevel } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import { deliverDigest, type Delivery } from '../digest/deliver.js';
import type { DigestSource } from '../digest/digestSource.js';
import { digestMessage } from './blocks/digestMessage.js';

export function digestClient(config: Config, logLevel?: LogLevel): webApi.WebClient {
  return new webApi.WebClient(config.botToken, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    ...(logLevel ? { logLevel } : {}),
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
}

export async function postDigest(options: PostDigestOptions): Promise<Delivery> {
  const digest = options.source.compose({ channel: options.channel });
  const message = digestMessage(digest);
  return deliverDigest({
    channel: options.channel,
    date: options.date ?? digest.date,
    ledger: options.source.ledger,
    now: options.now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...(options.force ? { force: true } : {}),
    ...(options.log ? { log: options.log } : {}),
    post: async () => {
      const result = await options.client.chat.postMessage({ channel: options.channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      return result.ts ? { ts: result.ts } : {};
    },
  });
}
