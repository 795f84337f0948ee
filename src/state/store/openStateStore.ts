/** The state store the configuration asks for: Redis when REDIS_URL is set, files under STATE_DIR otherwise. */
import type { Config } from '../../config/readConfig.js';
import { FileStore } from './fileStore.js';
import { RedisStore } from './redisStore.js';
import type { StateStore } from './stateStore.js';

export async function openStateStore(config: Pick<Config, 'stateDir' | 'redisUrl'>, log?: (message: string) => void): Promise<StateStore> {
  if (config.redisUrl) return RedisStore.connect({ url: config.redisUrl, ...(log ? { log } : {}) });
  return new FileStore({ stateDir: config.stateDir });
}
