/**
 * Text typed to the bot → the Slack message that answers it. Every question that is answered is
 * logged (query and number of results, no user), and its buttons carry the log entry for feedback.
 */
import type { Logger } from '@slack/bolt';
import type { Answer } from '../answer/types.js';
import { parseRequest } from '../reply/parseRequest.js';
import { PAGE_SIZE, replyToText } from '../reply/replyTo.js';
import { cleanQuestion } from '../search/query/cleanQuestion.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { SlackMessage } from './blocks/limits.js';
import { replyMessage, type RenderOptions } from './blocks/replyMessage.js';
import type { SlackDeps } from './deps.js';
import { safely } from './safely.js';

export interface Paging {
  offset?: number;
  /** Log the question as newly asked (not for "More" or "Share", which show an answer again). */
  log?: boolean;
}

/** `answered`: the question's answer when a worker thread worked it out (messageInTurn). */
export function messageFor(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging = {}, answered?: Answer): SlackMessage {
  const offset = paging.offset ?? 0;
  return safely(
    () => {
      const digest = deps.digest;
      const reply = replyToText(text, index, offset, digest ? { digest: (dossierId) => digest.compose({ dossierId }) } : {}, answered);
      if (reply.kind !== 'answer') return replyMessage(reply, options);
      const { answer } = reply;
      const logId = paging.log ?? offset === 0 ? deps.queryLog.asked(index.dossier.id, answer.query, answer.results.length + answer.more) : options.logId;
      return replyMessage(reply, { ...options, ...(logId ? { logId } : {}) });
    },
    logger,
    // The log gets the cleaned question: never the user ids or names in Slack markup.
    `answering ${JSON.stringify(cleanQuestion(text).slice(0, 80))}`,
    deps.reference,
  );
}

/**
 * The same, answered off the event loop's critical path: by a worker thread when there are any
 * (answerPool.ts), otherwise in turn with incoming requests (takeTurns.ts). A worker that fails
 * leaves the question to the main thread, never unanswered.
 */
export async function messageInTurn(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging = {}): Promise<SlackMessage> {
  const request = parseRequest(text);
  if (deps.answers && request.kind === 'ask') {
    try {
      const answered = await deps.answers.answer(index.dossier.id, request.query, { limit: PAGE_SIZE, offset: paging.offset ?? 0 });
      // Rendering takes its turn too: a worker's answers arrive in bursts, and acks waiting to be read come first.
      const render = (): SlackMessage => messageFor(deps, index, text, options, logger, paging, answered);
      return deps.turns ? await deps.turns.run(render) : render();
    } catch (error) {
      logger.warn(`answer worker failed, answering on the main thread: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const turns = deps.turns;
  return turns ? turns.run(() => messageFor(deps, index, text, options, logger, paging)) : messageFor(deps, index, text, options, logger, paging);
}

/** How long an answer asked now is expected to take, in ms (what a slash command's ack may wait for). */
export function expectedAnswerMs(deps: SlackDeps): number {
  return deps.answers?.expectedMs() ?? deps.turns?.expectedMs() ?? 0;
}
