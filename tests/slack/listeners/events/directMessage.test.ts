/** A direct message to the bot, called directly with a fake client: one reply, in the conversation. */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { POST_EVENT_TYPE } from '../../../../src/slack/postOnce.js';
import { ReplyNotPostedError } from '../../../../src/slack/errors.js';
import { directMessage } from '../../../../src/slack/listeners/events/directMessage.js';
import { asWebClient, BOT_USER, fakeClient, fakeDeps, fakeLogger, platformError, REFERENCE, removeTempDirs, type FakeClient, type FakeLogger, type Fixture, firstPost, type PostedMessage } from '../fakes.js';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

let fixture: Fixture;
let client: FakeClient;
let logger: FakeLogger;

beforeEach(async () => {
  fixture = await fakeDeps();
  client = fakeClient();
  logger = fakeLogger();
});
afterAll(removeTempDirs);

const TS = '1707806400.000300';

function args(message: Record<string, unknown> = {}, context: Record<string, unknown> = {}): MessageArgs {
  const full = { type: 'message', channel_type: 'im', channel: 'D024BE91L', user: 'U2147483697', text: 'wie is Nazarbajev?', ts: TS, event_ts: TS, ...message };
  return {
    message: full,
    event: full,
    payload: full,
    body: { type: 'event_callback', team_id: 'T0001', api_app_id: 'A1', event_id: 'Ev0DM1', event_time: 1707806400, event: full },
    say: vi.fn(),
    ack: vi.fn(),
    client: asWebClient(client),
    logger,
    context: { botUserId: BOT_USER, ...context },
    next: vi.fn(),
  } as unknown as MessageArgs;
}

const posted = (): PostedMessage => firstPost(client);

describe('a direct message', () => {
  it('posts exactly one reply in the conversation, with fallback text, tagged with the event', async () => {
    await directMessage(fixture.deps)(args());
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    const reply = posted();
    expect(reply.channel).toBe('D024BE91L');
    expect(reply.text).toContain('Nazarbajev');
    expect(JSON.stringify(reply.blocks)).toContain('You asked */kazakhstan* wie is Nazarbajev?');
    expect(reply.metadata).toEqual({ event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev0DM1' } });
  });

  it('answers a top-level message in the conversation itself, not in a thread of it', async () => {
    await directMessage(fixture.deps)(args());
    expect(posted()).not.toHaveProperty('thread_ts');
  });

  it('answers inside the thread when the message is in one', async () => {
    await directMessage(fixture.deps)(args({ thread_ts: '1707800000.000100' }));
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(posted().thread_ts).toBe('1707800000.000100');
  });

  it.each([
    ['in a channel', { channel_type: 'channel', channel: 'C123ABC456' }],
    ['in a private channel', { channel_type: 'group', channel: 'G123' }],
    ['in a group DM', { channel_type: 'mpim', channel: 'G456' }],
    ['from a bot', { bot_id: 'B999' }],
    ['a bot message', { bot_id: 'B999', subtype: 'bot_message' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a deletion', { subtype: 'message_deleted', user: undefined }],
    ['from the bot itself', { user: BOT_USER }],
    ['without text', { text: '' }],
    ['without a user', { user: undefined }],
  ])('is ignored when %s', async (_label, message) => {
    await directMessage(fixture.deps)(args(message));
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
    expect(fixture.queryLog.entries()).toEqual([]);
  });

  it('after a crash (recovered), looks for its reply in the conversation before posting', async () => {
    client.conversations.history.mockResolvedValue({ ok: true, messages: [{ ts: '1707806401.000100', metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev0DM1' } } }] });
    await directMessage(fixture.deps)(args({}, { recovered: true }));
    expect(client.conversations.history).toHaveBeenCalledWith(expect.objectContaining({ channel: 'D024BE91L' }));
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('a reply Slack refuses gets the asker one ephemeral apology with the reference, and throws', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('cannot_dm_bot'));
    await expect(directMessage(fixture.deps)(args())).rejects.toBeInstanceOf(ReplyNotPostedError);
    expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
    const apology = client.chat.postEphemeral.mock.calls[0]![0] as Record<string, unknown>;
    expect(apology).toMatchObject({ channel: 'D024BE91L', user: 'U2147483697' });
    expect(String(apology.text)).toContain(REFERENCE);
  });
});
