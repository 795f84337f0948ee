/**
 * The buttons under an answer: Share in channel (re-post publicly, attributed to the asker),
 * More (the next sentences, replacing the message), 👍/👎 (feedback for the editors).
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeRef, type AnswerRef } from '../../blocks/actionIds.js';
import type { SlackDeps } from '../../deps.js';
import { messageFor } from '../../messageFor.js';

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
    const message = messageFor(deps, index, ref.query, { surface: 'public', askedBy: body.user.id, ...(ref.logId ? { logId: ref.logId } : {}) }, logger, { offset: ref.offset, log: false });
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
    const message = messageFor(deps, index, ref.query, { surface, ...(ref.logId ? { logId: ref.logId } : {}) }, logger, { offset: ref.offset, log: false });
    await respond({ replace_original: true, ...message });
  };
}

export function recordFeedback(deps: SlackDeps, helpful: boolean) {
  return async ({ ack, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeRef(action.value);
    if (!ref) return;
    deps.queryLog.feedback(ref.logId ?? '', ref.dossierId, ref.query, helpful);
    logger.info(`feedback ${helpful ? 'helpful' : 'unhelpful'}: dossier=${ref.dossierId} query=${JSON.stringify(ref.query)}`);
    await respond({ response_type: 'ephemeral', replace_original: false, text: helpful ? 'Thanks — glad it helped.' : 'Thanks — noted for the editors, so the dossier can get better.' });
  };
}
