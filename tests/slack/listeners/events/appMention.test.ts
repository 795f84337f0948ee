/** `@bot …` in a channel, called directly with a fake client: one reply, in the mention's thread. */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { POST_EVENT_TYPE } from '../../../../src/slack/postOnce.js';
import { ReplyNotPostedError } from '../../../../src/slack/errors.js';
import { appMention } from '../../../../src/slack/listeners/events/appMention.js';
import { asWebClient, BOT_USER, fakeClient, fakeDeps, fakeLogger, libraryOf, platformError, REFERENCE, removeTempDirs, type FakeClient, type FakeLogger, type Fixture, firstPost, type PostedMessage } from '../fakes.js';

type MentionArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

let fixture: Fixture;
let client: FakeClient;
let logger: FakeLogger;

beforeEach(async () => {
  fixture = await fakeDeps();
  client = fakeClient();
  logger = fakeLogger();
});
afterAll(removeTempDirs);

const TS = '1707806347.397809';

function args(event: Record<string, unknown> = {}, context: Record<string, unknown> = {}, eventId = 'Ev0MENTION1'): MentionArgs {
  const full = { type: 'app_mention', user: 'U061F7AUR', text: `<@${BOT_USER}> how many deaths?`, ts: TS, channel: 'C123ABC456', event_ts: TS, ...event };
  return {
    event: full,
    payload: full,
    body: { type: 'event_callback', team_id: 'T0001', api_app_id: 'A1', event_id: eventId, event_time: 1707806347, event: full },
    message: undefined,
    say: vi.fn(),
    ack: vi.fn(),
    client: asWebClient(client),
    logger,
    context: { botUserId: BOT_USER, ...context },
    next: vi.fn(),
  } as unknown as MentionArgs;
}

const posted = (): PostedMessage => firstPost(client);

describe('a mention', () => {
  it('posts exactly one reply, in the mention’s thread, with fallback text and blocks', async () => {
    await appMention(fixture.deps)(args());
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    const reply = posted();
    expect(reply.channel).toBe('C123ABC456');
    expect(reply.thread_ts).toBe(TS);
    expect(reply.text).toMatch(/doden|gedood|omgekomen/u);
    expect(JSON.stringify(reply.blocks)).toContain('You asked */kazakhstan* how many deaths?');
    expect(reply.metadata).toEqual({ event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev0MENTION1' } });
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
  });

  it('replies in the existing thread when mentioned inside one', async () => {
    await appMention(fixture.deps)(args({ thread_ts: '1707800000.000100', ts: '1707806350.000200' }));
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(posted().thread_ts).toBe('1707800000.000100');
  });

  it('never echoes the bot’s own mention', async () => {
    await appMention(fixture.deps)(args({ text: `<@${BOT_USER}> troops` }));
    expect(JSON.stringify(posted())).not.toContain(BOT_USER);
  });

  it('says so in the thread when no dossier is loaded', async () => {
    const { deps } = await fakeDeps(libraryOf());
    await appMention(deps)(args({ text: `<@${BOT_USER}> troops` }));
    expect(posted().text).toBe('No dossiers are loaded yet: an editor adds a folder of articles to the knowledge folder.');
  });

  it('logs the question, without the asker', async () => {
    await appMention(fixture.deps)(args({ text: `<@${BOT_USER}> troops` }));
    expect(fixture.queryLog.entries()).toEqual([expect.objectContaining({ type: 'asked', dossierId: 'kazakhstan', query: 'troops' })]);
    expect(JSON.stringify(fixture.queryLog.entries())).not.toContain('U061F7AUR');
  });

  it.each([
    ['from a bot', { bot_id: 'B999' }],
    ['a bot message', { bot_id: 'B999', subtype: 'bot_message' }],
    ['an edit (subtype)', { subtype: 'message_changed' }],
    ['from the bot itself', { user: BOT_USER }],
    ['without a user', { user: undefined }],
  ])('is ignored when %s', async (_label, event) => {
    await appMention(fixture.deps)(args(event));
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(fixture.queryLog.entries()).toEqual([]);
  });

  it('after a crash (recovered), looks for its reply in the thread before posting', async () => {
    client.conversations.replies.mockResolvedValue({ ok: true, messages: [{ ts: '1707806400.000100', metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev0MENTION1' } } }] });
    await appMention(fixture.deps)(args({}, { recovered: true }));
    expect(client.conversations.replies).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C123ABC456', ts: TS }));
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('a reply Slack refuses gets the asker one ephemeral apology with the reference, and throws', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('not_in_channel'));
    await expect(appMention(fixture.deps)(args())).rejects.toBeInstanceOf(ReplyNotPostedError);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
    const apology = client.chat.postEphemeral.mock.calls[0]![0] as Record<string, unknown>;
    expect(apology).toMatchObject({ channel: 'C123ABC456', user: 'U061F7AUR', thread_ts: TS });
    expect(String(apology.text)).toContain(REFERENCE);
  });
});
