/**
 * Errors no listener caught (a post or `respond` that failed, a bug): logged once with a reference
 * and the stack, and the person who asked gets the same apology with that reference as a failed
 * answer gets, where Slack lets the app reach them. Never the user id in the log.
 */
import type { App, Context } from '@slack/bolt';
import { errorMessage } from './blocks/replyMessage.js';
import { errorsWithin, ReplyNotPostedError } from './errors.js';
import { newReference } from './safely.js';
import { channelOf } from './observedApp.js';
import { errorText } from '../digest/deliver.js';
import { mapped } from '../lists/loops.js';

/** Where the request came from: a slash command, an event or a button click. */
export function askerOf(body: unknown): { channel: string; user: string } | undefined {
  const b = (body ?? {}) as { user_id?: unknown; event?: { user?: unknown }; user?: { id?: unknown } };
  const channel = channelOf(body);
  const user = b.user_id ?? b.event?.user ?? b.user?.id;
  return typeof channel === 'string' && typeof user === 'string' ? { channel, user } : undefined;
}

/** What Bolt passes an extended error handler (the type is not exported by `@slack/bolt`). */
export interface ErrorHandlerArgs {
  error: Error;
  body: unknown;
  context: Context;
}

export function onUnhandledError(app: App, reference: () => string = newReference) {
  return async ({ error, body, context }: ErrorHandlerArgs): Promise<void> => {
    const inner = errorsWithin(error);
    // postReply has logged these with their reference and apologised already.
    if (inner.every((e) => e instanceof ReplyNotPostedError)) return;
    const ref = reference();
    // The reference as a field too, and the first error with its stack: `jq 'select(.reference == "…")'` finds it.
    app.logger.error(`[${ref}] unhandled error: ${mapped(inner, errorText).join('; ')}`, { reference: ref, err: inner[0], ...(inner.length > 1 ? { stacks: mapped(inner, (e) => e.stack ?? String(e)) } : {}) });
    const asker = askerOf(body);
    if (!asker || !context.botToken) return;
    const apology = errorMessage(ref);
    await app.client.chat.postEphemeral({ token: context.botToken, ...asker, text: apology.text, blocks: apology.blocks }).catch(() => undefined);
  };
}
