/**
 * Builds a message, or on failure an apology with a reference id that is also in the log, so a
 * user never sees a stack trace and the team can find the cause.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { errorMessage } from './blocks/replyMessage.js';
import type { SlackMessage } from './blocks/limits.js';

export const newReference = (): string => randomBytes(3).toString('hex').toUpperCase();

export function safely(build: () => SlackMessage, logger: Logger, what: string, reference: () => string = newReference): SlackMessage {
  try {
    return build();
  } catch (error) {
    const ref = reference();
    logger.error(`[${ref}] ${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return errorMessage(ref);
  }
}
