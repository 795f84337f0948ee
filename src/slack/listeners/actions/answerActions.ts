/**
 * The buttons under an answer: Share in channel (re-post publicly, attributed to the asker),
 * More (the next sentences, replacing the message), 👍/👎 (feedback for the editors).
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeRef, type AnswerRef } from '../../blocks/actionIds.js';
import type { SlackDeps } from '../../deps.js';
import type { DossierIndex } from '../../../search/sentenceIndex.js';
import { messageInTurn } from '../../messageFor.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

const GONE = { response_type: 'ephemeral' as const, replace_original: false, text: 'That dossier is no longer available.' };

/** The answer a button refers to, or undefined (after telling the user) when its dossier is gone. */
async function answerOf(deps: SlackDeps, { action, respond }: ButtonArgs): Promise<{ ref: AnswerRef; index: DossierIndex } | undefined> {
  const ref = decodeRef(action.value);
  const index = ref ? deps.library.current().byId(ref.dossierId) : undefined;
  if (ref && index) return { ref, index };
  await respond(GONE);
  return undefined;
}

const logged = (ref: AnswerRef): { logId?: string } => (ref.logId ? { logId: ref.logId } : {});

export function shareAnswer(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const found = await answerOf(deps, args);
    if (!found) return;
    const { ref, index } = found;
    const message = await messageInTurn(deps, index, ref.query, { surface: 'public', askedBy: args.body.user.id, ...logged(ref) }, args.logger, { offset: ref.offset, log: false });
    await args.respond({ response_type: 'in_channel', replace_original: false, ...message });
    await args.respond({ delete_original: true });
  };
}

export function moreResults(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const found = await answerOf(deps, args);
    if (!found) return;
    const { ref, index } = found;
    const surface = args.body.container?.is_ephemeral ? 'ephemeral' : 'public';
    const message = await messageInTurn(deps, index, ref.query, { surface, ...logged(ref) }, args.logger, { offset: ref.offset, log: false });
    await args.respond({ replace_original: true, ...message });
  };
}

const THANKS = { helpful: 'Thanks — glad it helped.', unhelpful: 'Thanks — noted for the editors, so the dossier can get better.' };

export function recordFeedback(deps: SlackDeps, helpful: boolean) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeRef(action.value);
    if (!ref) return;
    const result = await deps.votes.cast({ logId: ref.logId, dossierId: ref.dossierId, query: ref.query, userId: body.user.id, helpful });
    // Never the question: it may have come from a direct message.
    logger.info(`feedback ${helpful ? 'helpful' : 'unhelpful'} (${result}) in dossier ${ref.dossierId}`, { feedback: helpful ? 'helpful' : 'unhelpful', result, dossier: ref.dossierId });
    const text = result === 'counted' ? THANKS[helpful ? 'helpful' : 'unhelpful'] : result === 'again' ? 'You already rated this answer — thanks.' : 'That answer is too old to rate; ask again and rate the new one.';
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
}
