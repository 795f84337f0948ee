/** The daily digest in the running app: the scheduler, posting through the Web API. */
import type { Logger } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import type { DigestSource } from '../digest/digestSource.js';
import { DigestScheduler } from '../digest/schedule.js';
import { digestClient, postDigest } from './postDigest.js';
import type { StateStore } from '../state/store/stateStore.js';
import type { DigestResult, Metrics } from '../observe/metrics.js';
import { countRetry, observedFetch } from './webApiMetrics.js';

export interface DigestObserving {
  metrics?: Metrics;
  /** The Web API the app talks to: its calls are counted like the app's. */
  apiUrl?: string;
}

export function scheduleDigest(config: Config, source: DigestSource, logger: Logger, store?: StateStore, observing: DigestObserving = {}): DigestScheduler | undefined {
  if (config.digest.channels.length === 0) return undefined;
  const { metrics } = observing;
  const warn = (message: string): void => logger.warn(message);
  const fetch = observedFetch({ ...(metrics ? { metrics } : {}), warn: (message, fields) => logger.warn(message, fields), apiUrl: observing.apiUrl ?? config.slackApiUrl ?? 'https://slack.com/api/' });
  const client = digestClient(config, { logger, fetch });
  const count = (result: DigestResult): void => void metrics?.digests.inc({ result });
  const scheduler = new DigestScheduler({
    settings: config.digest,
    ledger: source.ledger,
    now: () => new Date(),
    log: warn,
    deliver: async (channel, date) => {
      const result = await postDigest({ source, client, channel, date, now: () => new Date(), log: warn, onRetry: () => countRetry(metrics, 'chat.postMessage'), ...(store ? { store } : {}) });
      if (result.status === 'failed') {
        count('failed');
        logger.error(`digest to ${channel} not sent: ${result.error}`, { digest: 'failed', channel, attempts: result.attempts });
      } else if (result.status === 'sent') {
        count('posted');
        logger.info(`digest posted to ${channel}`, { digest: 'posted', channel });
      } else {
        count('skipped');
        if (result.status === 'elsewhere') logger.info(`digest to ${channel} is being posted by another replica`, { digest: 'skipped', channel });
      }
    },
  });
  scheduler.start();
  const { channels, time, timeZone, weekdaysOnly } = config.digest;
  logger.info(`daily digest to ${channels.join(', ')} at ${time} ${timeZone}${weekdaysOnly ? ' on weekdays' : ''}`);
  return scheduler;
}
