/**
 * `/kazakhstan …` and every other dossier's command: one listener, routed by command name, so a
 * dossier added while running is served without re-registering. Acknowledges with the answer
 * itself (computed in well under a millisecond), ephemeral by default.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escapeText } from '../../blocks/mrkdwn.js';
import type { SlackDeps } from '../../deps.js';
import { messageFor } from '../../messageFor.js';

export function dossierCommand(deps: SlackDeps) {
  return async ({ command, ack, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const library = deps.library.current();
    const index = library.byCommand(command.command);
    if (!index) {
      const known = library.dossiers.map((d) => d.dossier.command).join(', ') || 'none';
      await ack({ response_type: 'ephemeral', text: `There is no dossier behind ${escapeText(command.command)}. Dossiers: ${known}.` });
      return;
    }
    const message = messageFor(deps, index, command.text, { surface: 'ephemeral' }, logger);
    await ack({ response_type: 'ephemeral', ...message });
  };
}
