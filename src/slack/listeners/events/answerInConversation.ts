/** Shared by mentions and direct messages: free text in, a public reply message out. */
import type { Logger } from '@slack/bolt';
import { pickDossier, stripMention } from '../../../reply/pickDossier.js';
import type { SlackMessage } from '../../blocks/limits.js';
import type { SlackDeps } from '../../deps.js';
import { messageFor } from '../../messageFor.js';

export function conversationReply(deps: SlackDeps, text: string, botUserId: string | undefined, logger: Logger): SlackMessage {
  const { index, text: question } = pickDossier(deps.library.current(), stripMention(text, botUserId));
  if (!index) return { text: 'No dossiers are loaded yet.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'No dossiers are loaded yet.' } }] };
  return messageFor(deps, index, question, { surface: 'public' }, logger);
}

/** Messages from bots (including this app) and edits, joins and other subtypes get no reply. */
export function isFromPerson(event: { bot_id?: string; subtype?: string; user?: string }, botUserId?: string): boolean {
  return !event.bot_id && event.subtype === undefined && event.user !== undefined && event.user !== botUserId;
}
