/**
 * Text typed to the bot → the Slack message that answers it. Every question that is answered is
 * logged (query and number of results, no user), and its buttons carry the log entry for feedback.
 */
import type { Logger } from '@slack/bolt';
import { replyToText } from '../reply/replyTo.js';
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

export function messageFor(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging = {}): SlackMessage {
  const offset = paging.offset ?? 0;
  return safely(
    () => {
      const digest = deps.digest;
      const reply = replyToText(text, index, offset, digest ? { digest: (dossierId) => digest.compose({ dossierId }) } : {});
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

/** The same, for replies no ack waits for: computed in turn with incoming requests (takeTurns.ts). */
export async function messageInTurn(...args: Parameters<typeof messageFor>): Promise<SlackMessage> {
  const turns = args[0].turns;
  return turns ? turns.run(() => messageFor(...args)) : messageFor(...args);
}
