/**
 * The app's own coded errors, in the manner of Bolt's (`code` says what happened; Bolt's error
 * handler receives them wrapped or as they are).
 */
import { flatMap } from '../lists/loops.js';

export const ERROR_CODE = {
  /** A reply Slack refused for good: logged with its reference and apologised for already. */
  replyNotPosted: 'dossier_reply_not_posted',
} as const;

export class ReplyNotPostedError extends Error {
  readonly code = ERROR_CODE.replyNotPosted;
  constructor(
    readonly reference: string,
    override readonly cause: unknown,
  ) {
    super(`reply not posted (reference ${reference})`);
  }
}

/** The errors inside what Bolt hands its error handler (one, wrapped, or several listeners'). */
export function errorsWithin(error: Error): Error[] {
  const wrapped = error as Error & { original?: Error; originals?: Error[] };
  if (Array.isArray(wrapped.originals)) return flatMap(wrapped.originals, errorsWithin);
  if (wrapped.original instanceof Error) return errorsWithin(wrapped.original);
  return [error];
}
