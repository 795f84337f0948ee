/** A direct message to the bot → the answer in the same conversation (in its thread, if any). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { conversationReply, isFromPerson, postReply } from './answerInConversation.js';
import { editInConversation } from './editInConversation.js';
import type { SharedFile } from '../../downloadFile.js';

export function directMessage(deps: SlackDeps) {
  return async ({ message, body, client, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (message.channel_type !== 'im') return;
    const event = message as { bot_id?: string; subtype?: string; user?: string; text?: string; thread_ts?: string; files?: SharedFile[] };
    // A file shared with the bot arrives as a `file_share` message: an article for the dossier.
    const sharesFile = event.subtype === 'file_share' && !event.bot_id && event.user !== undefined && event.user !== context.botUserId;
    if (sharesFile || (isFromPerson(event, context.botUserId) && event.text)) {
      const edit = { channel: message.channel, user: event.user ?? '', text: event.text ?? '', ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), ...(event.files ? { files: event.files } : {}) };
      if (await editInConversation(deps, edit, client, context)) return;
    }
    // A file shared with words and no article file is a question like any other.
    if (!(sharesFile || isFromPerson(event, context.botUserId)) || !event.text) return;
    const reply = await conversationReply(deps, event.text, context.botUserId, logger, 'dm');
    await postReply(client, { channel: message.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), ...reply }, body.event_id, logger, { recovered: context.recovered === true, ...(event.user ? { user: event.user } : {}), ...(deps.reference ? { reference: deps.reference } : {}), ...(deps.metrics ? { metrics: deps.metrics } : {}) });
  };
}
