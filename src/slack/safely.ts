/**
 * Builds a message, or on failure an apology with a reference id that is also in the log, so a
 * user never sees a stack trace and the team can find the cause.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { errorMessage } from './blocks/replyMessage.js';
import type { SlackMessage } from './blocks/limits.js';
import { currentRequest } from '../observe/requestContext.js';

/** A fresh reference: six hex digits, for a user to quote. */
export const randomReference = (): string => randomBytes(3).toString('hex').toUpperCase();

/** The reference of the request being served (every line of it carries it), or a fresh one outside a request. */
export const newReference = (): string => currentRequest()?.reference ?? randomReference();

export function safely(build: () => SlackMessage, logger: Logger, what: string, reference: () => string = newReference): SlackMessage {
  try {
    return build();
  } catch (error) {
    const ref = reference();
    // The reference as a field too: `jq 'select(.reference == "…")'` finds the cause.
    logger.error(`[${ref}] ${what} failed: ${String(error)}`, { reference: ref, ...(error instanceof Error ? { err: error } : {}) });
    return errorMessage(ref);
  }
}
