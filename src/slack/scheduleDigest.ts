/** The daily digest in the running app: the scheduler, posting through the Web API. */
import type { Logger } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import type { DigestSource } from '../digest/digestSource.js';
import { DigestScheduler } from '../digest/schedule.js';
import { digestClient, postDigest } from './postDigest.js';
import type { StateStore } from '../state/store/stateStore.js';

export function scheduleDigest(config: Config, source: DigestSource, logger: Logger, store?: StateStore): DigestScheduler | undefined {
  if (config.digest.channels.length === 0) return undefined;
  const client = digestClient(config);
  const warn = (message: string): void => logger.warn(message);
  const scheduler = new DigestScheduler({
    settings: config.digest,
    ledger: source.ledger,
    now: () => new Date(),
    log: warn,
    deliver: async (channel, date) => {
      const result = await postDigest({ source, client, channel, date, now: () => new Date(), log: warn, ...(store ? { store } : {}) });
      if (result.status === 'failed') warn(`digest to ${channel} not sent: ${result.error}`);
      else if (result.status === 'sent') logger.info(`digest posted to ${channel}`);
      else if (result.status === 'elsewhere') logger.info(`digest to ${channel} is being posted by another replica`);
    },
  });
  scheduler.start();
  const { channels, time, timeZone, weekdaysOnly } = config.digest;
  logger.info(`daily digest to ${channels.join(', ')} at ${time} ${timeZone}${weekdaysOnly ? ' on weekdays' : ''}`);
  return scheduler;
}
