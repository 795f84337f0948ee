/** Shared by mentions and direct messages: free text in, a public reply message out. */
import type { Logger, webApi } from '@slack/bolt';
import { postOnce, type PostMessage } from '../../postOnce.js';
import { errorMessage } from '../../blocks/replyMessage.js';
import { newReference } from '../../safely.js';
import { ReplyNotPostedError } from '../../errors.js';
import { dossierFor, dossierProblemText } from '../../../reply/resolveDossier.js';
import { stripMention } from '../../../reply/stripMention.js';
import { escapeText } from '../../blocks/mrkdwn.js';
import type { SlackMessage } from '../../blocks/limits.js';
import type { SlackDeps } from '../../deps.js';
import { messageInTurn } from '../../messageFor.js';
import { errorText } from '../../../digest/deliver.js';
import type { Metrics } from '../../../observe/metrics.js';
import { countRetry } from '../../webApiMetrics.js';

export async function conversationReply(deps: SlackDeps, text: string, botUserId: string | undefined, logger: Logger, surface: 'mention' | 'dm'): Promise<SlackMessage> {
  const found = dossierFor(deps.library.current(), stripMention(text, botUserId));
  if ('problem' in found) {
    const said = escapeText(dossierProblemText(found.problem));
    return { text: said, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: said } }] };
  }
  return messageInTurn(deps, found.index, found.text, { surface: 'public' }, logger, { asked: surface });
}

/**
 * Posts the reply to an event exactly once (postOnce.ts): tagged with the event id, retried on 429
 * and 5xx, checked for before a retry when the network left it open. A reply that still fails is
 * logged with the event, the channel and a reference id (never the user), the asker gets an
 * apology with that reference if Slack takes one, and the error is rethrown so the claim is given up.
 */
export async function postReply(client: webApi.WebClient, message: PostMessage, eventId: string, logger: Logger, options: { recovered?: boolean; user?: string; reference?: () => string; metrics?: Metrics } = {}): Promise<void> {
  try {
    await postOnce(client, message, { tag: eventId, checkFirst: options.recovered ?? false, log: (m) => logger.warn(m), onRetry: () => countRetry(options.metrics, 'chat.postMessage') });
  } catch (error) {
    const ref = (options.reference ?? newReference)();
    logger.error(`[${ref}] reply to event ${eventId} in ${message.channel} not posted: ${errorText(error)}`, { reference: ref, event_id: eventId, channel: message.channel, err: error });
    if (options.user) {
      const apology = errorMessage(ref);
      await client.chat.postEphemeral({ channel: message.channel, user: options.user, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), text: apology.text, blocks: apology.blocks }).catch(() => undefined);
    }
    throw new ReplyNotPostedError(ref, error);
  }
}

/** Messages from bots (including this app) and edits, joins and other subtypes get no reply. */
export function isFromPerson(event: { bot_id?: string; subtype?: string; user?: string }, botUserId?: string): boolean {
  return !event.bot_id && event.subtype === undefined && event.user !== undefined && event.user !== botUserId;
}
