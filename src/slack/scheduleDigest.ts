/** The daily digest in the running app: the scheduler, posting through the Web API. */
import type { Logger } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import type { DigestSource } from '../digest/digestSource.js';
import { DigestScheduler } from '../digest/schedule.js';
import { digestClient, postDigest } from './postDigest.js';
import type { StateStore } from '../state/store/stateStore.js';
import type { DigestResult, Metrics } from '../observe/metrics.js';
import { appFetch, countRetry } from './webApiMetrics.js';

export function scheduleDigest(config: Config, source: DigestSource, logger: Logger, store?: StateStore, metrics?: Metrics): DigestScheduler | undefined {
  if (config.digest.channels.length === 0) return undefined;
  const warn = (message: string): void => logger.warn(message);
  // Counted like the app's own clients.
  const fetch = appFetch(config.slackApiUrl, logger, metrics);
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
