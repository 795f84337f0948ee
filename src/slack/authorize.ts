/**
 * Single-workspace authorization that never blocks answering: the bot's user id (to ignore its
 * own messages and strip its mention) comes from one `auth.test`, made on the first event and
 * remembered. An event never waits for it longer than a moment: a slow Slack must not make acks late. If
 * it fails, the app still replies with its token and tries again on the next event.
 */
import { webApi, type Authorize } from '@slack/bolt';
import { within } from '../time/within.js';

/** `clientOptions`: the app's (Web API URL, logger, counted fetch); this client never retries and waits 5 s at most. */
export function botAuthorize(botToken: string, clientOptions: webApi.WebClientOptions, warn: (message: string) => void): Authorize<boolean> {
  const client = new webApi.WebClient(botToken, { ...clientOptions, retryConfig: { retries: 0 }, timeout: 5000 });
  let identity: Promise<{ botUserId?: string; botId?: string }> | undefined;
  const lookUp = (): Promise<{ botUserId?: string; botId?: string }> =>
    client.auth.test().then(
      (result: webApi.AuthTestResponse) => ({ ...(result.user_id ? { botUserId: result.user_id } : {}), ...(result.bot_id ? { botId: result.bot_id } : {}) }),
      (error: unknown) => {
        identity = undefined;
        warn(`auth.test failed (${error instanceof Error ? error.message : String(error)}); answering without the bot's identity`);
        return {};
      },
    );
  return async () => {
    identity ??= lookUp();
    const known = (await within(identity, IDENTITY_WAIT_MS))?.value ?? {};
    return { botToken, ...known };
  };
}

/** How long an event waits for the bot's identity at most; without it, the bot's own messages are still told by their bot_id. */
const IDENTITY_WAIT_MS = 200;
