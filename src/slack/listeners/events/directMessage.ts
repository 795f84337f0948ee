/** A direct message to the bot → the answer in the same conversation (in its thread, if any). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { conversationReply, isFromPerson, postReply } from './answerInConversation.js';

export function directMessage(deps: SlackDeps) {
  return async ({ message, body, client, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (message.channel_type !== 'im') return;
    const event = message as { bot_id?: string; subtype?: string; user?: string; text?: string; thread_ts?: string };
    if (!isFromPerson(event, context.botUserId) || !event.text) return;
    const reply = await conversationReply(deps, event.text, context.botUserId, logger);
    await postReply(client, { channel: message.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), ...reply }, body.event_id, logger, { recovered: context.recovered === true, ...(event.user ? { user: event.user } : {}), ...(deps.reference ? { reference: deps.reference } : {}) });
  };
}
