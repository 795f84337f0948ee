/** Shared by mentions and direct messages: free text in, a public reply message out. */
import type { Logger, webApi } from '@slack/bolt';
import { postOnce, type PostMessage } from '../../postOnce.js';
import { pickDossier, stripMention } from '../../../reply/pickDossier.js';
import type { SlackMessage } from '../../blocks/limits.js';
import type { SlackDeps } from '../../deps.js';
import { messageFor } from '../../messageFor.js';

export function conversationReply(deps: SlackDeps, text: string, botUserId: string | undefined, logger: Logger): SlackMessage {
  const { index, text: question } = pickDossier(deps.library.current(), stripMention(text, botUserId));
  if (!index) return { text: 'No dossiers are loaded yet.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'No dossiers are loaded yet.' } }] };
  return messageFor(deps, index, question, { surface: 'public' }, logger);
}

/**
 * Posts the reply to an event exactly once (postOnce.ts): tagged with the event id, retried on 429
 * and 5xx, checked for before a retry when the network left it open. A reply that still fails is
 * logged with the event and channel (never the user) and rethrown, so the event's claim is given up.
 */
export async function postReply(client: webApi.WebClient, message: PostMessage, eventId: string, logger: Logger, recovered = false): Promise<void> {
  try {
    await postOnce(client, message, { tag: eventId, checkFirst: recovered, log: (m) => logger.warn(m) });
  } catch (error) {
    logger.error(`reply to event ${eventId} in ${message.channel} not posted: ${(error as { data?: { error?: string }; message?: string }).data?.error ?? (error as Error).message}`);
    throw error;
  }
}

/** Messages from bots (including this app) and edits, joins and other subtypes get no reply. */
export function isFromPerson(event: { bot_id?: string; subtype?: string; user?: string }, botUserId?: string): boolean {
  return !event.bot_id && event.subtype === undefined && event.user !== undefined && event.user !== botUserId;
}
