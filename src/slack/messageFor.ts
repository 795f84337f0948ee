/**
 * Text typed to the bot → the Slack message that answers it. Every question that is answered is
 * logged (query and number of results, no user), and its buttons carry the log entry for feedback.
 * A question newly asked (a slash command, a mention, a DM) is counted here, the one place every
 * Slack surface passes through, by its outcome and how long the answer took.
 */
import type { Logger } from '@slack/bolt';
import type { Answer } from '../answer/types.js';
import { parseRequest } from '../reply/parseRequest.js';
import { PAGE_SIZE, replyToText, type Reply } from '../reply/replyTo.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { SlackMessage } from './blocks/limits.js';
import { replyMessage, type RenderOptions } from './blocks/replyMessage.js';
import type { SlackDeps } from './deps.js';
import { safely } from './safely.js';
import type { Surface } from '../observe/metrics.js';
import { recordQuestion } from '../observe/questions.js';

export interface Paging {
  offset?: number;
  /** Log the question as newly asked (not for "More" or "Share", which show an answer again). */
  log?: boolean;
  /** Where the question was newly asked: counted in the metrics (not for "More" or "Share"). */
  asked?: Exclude<Surface, 'console'>;
}

/** The message, and the reply it shows (none when answering failed and the message is the apology). */
export interface Answered {
  message: SlackMessage;
  reply?: Reply;
}

/** `answered`: the question's answer when a worker thread worked it out (messageInTurn). */
export function answeredFor(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging = {}, answered?: Answer): Answered {
  const offset = paging.offset ?? 0;
  let shown: Reply | undefined;
  const message = safely(
    () => {
      const digest = deps.digest;
      const reply = replyToText(text, index, offset, digest ? { digest: (dossierId) => digest.compose({ dossierId }) } : {}, answered);
      // An answer is logged (its first page), so its buttons can refer to the log entry.
      const logId = reply.kind !== 'answer' ? undefined : (paging.log ?? offset === 0) ? deps.queryLog.asked(index.dossier.id, reply.answer.query, reply.answer.results.length + reply.answer.more) : options.logId;
      const rendered = replyMessage(reply, { ...options, ...(logId ? { logId } : {}) });
      shown = reply;
      return rendered;
    },
    logger,
    // Never the question itself: it may be the text of a direct message.
    `answering in ${index.dossier.command}`,
    deps.reference,
  );
  return { message, ...(shown ? { reply: shown } : {}) };
}

/**
 * The same, answered off the event loop's critical path: by a worker thread when there are any
 * (answerPool.ts), otherwise in turn with incoming requests (takeTurns.ts). A worker that fails
 * leaves the question to the main thread, never unanswered.
 */
export async function messageInTurn(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging = {}): Promise<SlackMessage> {
  const started = performance.now();
  const { message, reply } = await answerInTurn(deps, index, text, options, logger, paging);
  if (paging.asked) {
    const seconds = (performance.now() - started) / 1000;
    const outcome = recordQuestion(deps.metrics, paging.asked, reply, seconds);
    // One line per question, for "it didn't answer me at 10:14": what came of it, never its words.
    if (outcome) logger.info(`question in ${index.dossier.command} via ${paging.asked}: ${outcome} in ${Math.round(seconds * 1000)} ms`, { surface: paging.asked, dossier: index.dossier.id, outcome, ms: Math.round(seconds * 1000) });
  }
  return message;
}

async function answerInTurn(deps: SlackDeps, index: DossierIndex, text: string, options: RenderOptions, logger: Logger, paging: Paging): Promise<Answered> {
  const request = parseRequest(text);
  if (deps.answers && request.kind === 'ask') {
    try {
      const answered = await deps.answers.answer(index.dossier.id, request.query, { limit: PAGE_SIZE, offset: paging.offset ?? 0 });
      // Rendering takes its turn too: a worker's answers arrive in bursts, and acks waiting to be read come first.
      const render = (): Answered => answeredFor(deps, index, text, options, logger, paging, answered);
      return deps.turns ? await deps.turns.run(render) : render();
    } catch (error) {
      logger.warn(`answer worker failed, answering on the main thread: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const turns = deps.turns;
  const render = (): Answered => answeredFor(deps, index, text, options, logger, paging);
  return turns ? turns.run(render) : render();
}

/** How long an answer asked now is expected to take, in ms (what a slash command's ack may wait for). */
export function expectedAnswerMs(deps: SlackDeps): number {
  return deps.answers?.expectedMs() ?? deps.turns?.expectedMs() ?? 0;
}
