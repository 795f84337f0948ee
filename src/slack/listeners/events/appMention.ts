/** `@bot wie is Nazarbajev?` in a channel → the answer in the mention's thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { conversationReply, isFromPerson, postReply } from './answerInConversation.js';
import { editInConversation } from './editInConversation.js';
import type { SharedFile } from '../../downloadFile.js';

export function appMention(deps: SlackDeps) {
  return async ({ event, body, client, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!isFromPerson(event, context.botUserId) || !event.user) return;
    const files = (event as { files?: SharedFile[] }).files;
    const thread = event.thread_ts ?? event.ts;
    if (await editInConversation(deps, { channel: event.channel, user: event.user, text: event.text, thread_ts: thread, ...(files ? { files } : {}) }, client, context)) return;
    const message = await conversationReply(deps, event.text, context.botUserId, logger, 'mention');
    await postReply(client, { channel: event.channel, thread_ts: thread, ...message }, body.event_id, logger, { recovered: context.recovered === true, ...(event.user ? { user: event.user } : {}), ...(deps.reference ? { reference: deps.reference } : {}), ...(deps.metrics ? { metrics: deps.metrics } : {}) });
  };
}
