import type { App, Context } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { ReplyNotPostedError } from '../../src/slack/errors.js';
import { askerOf, onUnhandledError } from '../../src/slack/onUnhandledError.js';
import { buttonClick, eventCallback, slashCommand } from '../helpers/slackRequests.js';

function fakeApp() {
  const error = vi.fn();
  const postEphemeral = vi.fn(async () => ({ ok: true }));
  const app = { logger: { error }, client: { chat: { postEphemeral } } } as unknown as App;
  return { app, error, postEphemeral };
}

const context = { botToken: 'xoxb-test' } as Context;
const bodyOf = (request: { body: string; contentType: string }): unknown =>
  request.contentType === 'application/json' ? JSON.parse(request.body) : Object.fromEntries(new URLSearchParams(request.body));

describe('askerOf', () => {
  it('finds channel and user in a slash command, an event and a button click', () => {
    expect(askerOf(bodyOf(slashCommand('/kazakhstan', 'troops')))).toEqual({ channel: 'C2147483705', user: 'U2147483697' });
    const event = eventCallback({ type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi', ts: '1.1' }, 'Ev1');
    expect(askerOf(bodyOf(event))).toEqual({ channel: 'C1', user: 'U1' });
    const click = JSON.parse(new URLSearchParams(buttonClick('answer_more', '{}').body).get('payload') ?? '{}');
    expect(askerOf(click)).toMatchObject({ channel: expect.any(String), user: expect.any(String) });
    expect(askerOf({ event: { type: 'app_home_opened' } })).toBeUndefined();
  });
});

describe('onUnhandledError', () => {
  it('logs the error with a reference and its stack, and apologises to the asker with that reference', async () => {
    const { app, error, postEphemeral } = fakeApp();
    const failure = Object.assign(new Error('listener wrapper'), { original: Object.assign(new Error('An API error occurred: expired_url'), { data: { error: 'expired_url' } }) });
    await onUnhandledError(app, () => 'REF42')({ error: failure, body: bodyOf(slashCommand('/kazakhstan', 'troops')), context });
    const logged = String(error.mock.calls[0]?.[0]);
    expect(logged).toBe('[REF42] unhandled error: expired_url');
    // The reference as a field, and the error with its stack: a JSON log finds it by reference.
    const fields = error.mock.calls[0]?.[1] as { reference: string; err: Error };
    expect(fields.reference).toBe('REF42');
    expect(fields.err.stack).toContain('onUnhandledError.test.ts');
    expect(JSON.stringify(error.mock.calls)).not.toContain('U2147483697');
    expect(postEphemeral).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C2147483705', user: 'U2147483697', text: expect.stringContaining('REF42') }));
  });

  it('stays quiet about a reply that was already logged and apologised for', async () => {
    const { app, error, postEphemeral } = fakeApp();
    const several = Object.assign(new Error('several listeners failed'), { originals: [new ReplyNotPostedError('REF1', new Error('not_in_channel'))] });
    await onUnhandledError(app, () => 'REF2')({ error: several, body: bodyOf(slashCommand('/kazakhstan', 'troops')), context });
    expect(error).not.toHaveBeenCalled();
    expect(postEphemeral).not.toHaveBeenCalled();
  });

  it('only logs when there is nobody to tell', async () => {
    const { app, error, postEphemeral } = fakeApp();
    await onUnhandledError(app, () => 'REF3')({ error: new Error('views.publish failed'), body: { event: { type: 'app_home_opened' } }, context });
    expect(error).toHaveBeenCalledTimes(1);
    expect(postEphemeral).not.toHaveBeenCalled();
  });
});
