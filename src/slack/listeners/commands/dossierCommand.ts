/**
 * `/kazakhstan …` and every other dossier's command: one listener, routed by command name, so a
 * dossier added while running is served without re-registering. Acknowledges with the answer
 * itself, ephemeral by default, when it is expected within the ack budget; otherwise (a burst, a
 * very large dossier) acks "Searching…" at once and replaces it with the answer through
 * `response_url`. `/… figures` with a measure that moved also sends its chart to the asker's direct
 * message, after the ack. `add` and `remove` are the editors' (editorialCommand.ts).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escapeText } from '../../blocks/mrkdwn.js';
import type { SlackDeps } from '../../deps.js';
import { expectedAnswerMs, messageInTurn } from '../../messageFor.js';
import { searchingMessage } from '../../blocks/replyMessage.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { uploadCharts } from '../../uploadCharts.js';
import { figureSeries } from '../../../figures/figureSeries.js';
import { replyTo } from '../../../reply/replyTo.js';
import { parseRequest } from '../../../reply/parseRequest.js';
import { dossierNamed, dossierProblemText } from '../../../reply/resolveDossier.js';
import { errorText } from '../../../digest/deliver.js';
import { within } from '../../../time/within.js';
import { editorialCommand } from './editorialCommand.js';

/** Longest expected wait (queue and answer) for which the ack waits for the answer at all; Slack allows 3 s. */
export const ACK_BUDGET_MS = 1000;
/** However the estimate went, the ack waits no longer than this for the answer. */
export const ACK_DEADLINE_MS = 500;


export function dossierCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, logger, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const found = dossierNamed(deps.library.current(), command.command);
    if ('problem' in found) {
      await ack({ response_type: 'ephemeral', text: escapeText(dossierProblemText(found.problem)) });
      return;
    }
    const { index } = found;
    const request = parseRequest(command.text);
    if ((request.kind === 'add' || request.kind === 'remove') && deps.editorial) {
      await editorialCommand(deps.editorial, index, request, { userId: command.user_id, client }, ack, respond);
      return;
    }
    const expected = expectedAnswerMs(deps);
    const answering: Promise<SlackMessage> = messageInTurn(deps, index, command.text, { surface: 'ephemeral' }, logger, { asked: 'slash' });
    const inTime = expected <= ACK_BUDGET_MS ? await within(answering, ACK_DEADLINE_MS) : undefined;
    if (inTime) {
      await ack({ response_type: 'ephemeral', ...inTime.value });
    } else {
      // Answering would outlast the ack: say so now, and replace it with the answer when it is ready.
      await ack({ response_type: 'ephemeral', ...searchingMessage(index.dossier.title, command.text) });
      await respond({ response_type: 'ephemeral', replace_original: true, ...(await answering) });
    }
    // A chart cannot ride on an ephemeral reply: it goes to the asker's direct message with the bot.
    if (request.kind !== 'figures') return;
    const reply = replyTo(request, index);
    const series = reply.kind === 'figures' ? figureSeries(reply.topics) : [];
    if (series.length === 0) return;
    try {
      const dm = await client.conversations.open({ users: command.user_id });
      if (dm.channel?.id) await uploadCharts({ client, channel: dm.channel.id, series, log: (m) => logger.warn(m) });
    } catch (error) {
      logger.warn(`figures chart not sent: ${errorText(error)}`);
    }
  };
}
