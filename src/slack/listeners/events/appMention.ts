/** `@bot wie is Nazarbajev?` in a channel → the answer in the mention's thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { conversationReply, isFromPerson } from './answerInConversation.js';

export function appMention(deps: SlackDeps) {
  return async ({ event, client, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!isFromPerson(event, context.botUserId)) return;
    const message = conversationReply(deps, event.text, context.botUserId, logger);
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...message });
  };
}
