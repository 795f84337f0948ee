/** Shared by mentions and direct messages: free text in, a public reply message out. */
import type { Logger } from '@slack/bolt';
import { replyToText } from '../../../reply/buildReply.js';
import { pickDossier, stripMention } from '../../../reply/pickDossier.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { replyMessage } from '../../blocks/replyMessage.js';
import type { SlackDeps } from '../../deps.js';
import { safely } from '../../safely.js';

export function conversationReply(deps: SlackDeps, text: string, botUserId: string | undefined, logger: Logger): SlackMessage {
  return safely(
    () => {
      const { index, text: question } = pickDossier(deps.library.current(), stripMention(text, botUserId));
      if (!index) return { text: 'No dossiers are loaded yet.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'No dossiers are loaded yet.' } }] };
      return replyMessage(replyToText(question, index), { surface: 'public' });
    },
    logger,
    'conversation reply',
    deps.reference,
  );
}

/** Messages from bots (including this app) and edits, joins and other subtypes get no reply. */
export function isFromPerson(event: { bot_id?: string; subtype?: string; user?: string }, botUserId?: string): boolean {
  return !event.bot_id && event.subtype === undefined && event.user !== undefined && event.user !== botUserId;
}
