/**
 * The buttons under an answer: Share in channel (re-post publicly, attributed to the asker),
 * More (the next sentences, replacing the message), 👍/👎 (feedback for the editors).
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { replyToText } from '../../../reply/buildReply.js';
import { decodeRef, type AnswerRef } from '../../blocks/actionIds.js';
import { replyMessage } from '../../blocks/replyMessage.js';
import type { SlackDeps } from '../../deps.js';
import { safely } from '../../safely.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

function lookup(deps: SlackDeps, ref: AnswerRef | undefined) {
  return ref ? deps.library.current().byId(ref.dossierId) : undefined;
}

const GONE = { response_type: 'ephemeral' as const, replace_original: false, text: 'That dossier is no longer available.' };

export function shareAnswer(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeRef(action.value);
    const index = lookup(deps, ref);
    if (!ref || !index) return void (await respond(GONE));
    const message = safely(() => replyMessage(replyToText(ref.query, index, ref.offset), { surface: 'public', askedBy: body.user.id }), logger, 'share', deps.reference);
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
    await respond({ delete_original: true });
  };
}

export function moreResults(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeRef(action.value);
    const index = lookup(deps, ref);
    if (!ref || !index) return void (await respond(GONE));
    const surface = body.container?.is_ephemeral ? 'ephemeral' : 'public';
    const message = safely(() => replyMessage(replyToText(ref.query, index, ref.offset), { surface }), logger, 'more', deps.reference);
    await respond({ replace_original: true, ...message });
  };
}

export function recordFeedback(deps: SlackDeps, helpful: boolean) {
  return async ({ ack, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeRef(action.value);
    if (!ref) return;
    deps.feedback.record({ time: new Date().toISOString(), dossierId: ref.dossierId, query: ref.query, helpful, shown: ref.shown });
    logger.info(`feedback ${helpful ? 'helpful' : 'unhelpful'}: dossier=${ref.dossierId} query=${JSON.stringify(ref.query)} shown=${ref.shown}`);
    await respond({ response_type: 'ephemeral', replace_original: false, text: helpful ? 'Thanks — glad it helped.' : 'Thanks — noted for the editors, so the dossier can get better.' });
  };
}
