/** What mentions and direct messages share: which dossier answers, who gets one, and posting it once. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { POST_EVENT_TYPE } from '../../../../src/slack/postOnce.js';
import { ERROR_CODE, ReplyNotPostedError } from '../../../../src/slack/errors.js';
import { conversationReply, isFromPerson, postReply } from '../../../../src/slack/listeners/events/answerInConversation.js';
import { kazakhstan } from '../../../helpers/seeds.js';
import { tinyIndex } from '../../../helpers/tinyDossier.js';
import { asWebClient, BOT_USER, fakeClient, fakeDeps, fakeLogger, libraryOf, platformError, REFERENCE, removeTempDirs, shown, type FakeClient, type FakeLogger } from '../fakes.js';

const tiny = tinyIndex({ protest: ['In Almaty vielen 164 doden bij de protesten.', 'De regering trad af na de protesten.'] });

let client: FakeClient;
let logger: FakeLogger;

beforeEach(() => {
  client = fakeClient();
  logger = fakeLogger();
});
afterAll(removeTempDirs);

const firstSection = (message: { blocks: unknown[] }): string => (message.blocks[0] as { text?: { text?: string } }).text?.text ?? '';

describe('conversationReply', () => {
  it('answers from the dossier named first, without its name in the question', async () => {
    const { deps } = await fakeDeps(libraryOf(await kazakhstan(), tiny));
    const message = await conversationReply(deps, `<@${BOT_USER}> tiny hoeveel doden`, BOT_USER, logger, 'mention');
    expect(firstSection(message)).toBe('You asked */tiny* hoeveel doden');
    expect(message.text).toContain('164 doden');
  });

  it('takes the dossier named with its slash command too', async () => {
    const { deps } = await fakeDeps(libraryOf(tiny, await kazakhstan()));
    const message = await conversationReply(deps, `<@${BOT_USER}> /kazakhstan troops`, BOT_USER, logger, 'mention');
    expect(firstSection(message)).toBe('You asked */kazakhstan* troops');
  });

  it('asks the first dossier when none is named, with the whole question', async () => {
    const { deps, queryLog } = await fakeDeps(libraryOf(tiny, await kazakhstan()));
    const message = await conversationReply(deps, `<@${BOT_USER}> hoeveel doden`, BOT_USER, logger, 'mention');
    expect(firstSection(message)).toBe('You asked */tiny* hoeveel doden');
    expect(queryLog.entries()).toEqual([expect.objectContaining({ type: 'asked', dossierId: 'tiny', query: 'hoeveel doden' })]);
  });

  it('strips a leading mention even when the bot user id is not known', async () => {
    const { deps } = await fakeDeps();
    const message = await conversationReply(deps, '<@UOTHERBOT> troops', undefined, logger, 'mention');
    expect(firstSection(message)).toBe('You asked */kazakhstan* troops');
  });

  it('gives a public reply: no Share button, but the feedback buttons', async () => {
    const { deps } = await fakeDeps();
    const buttons = JSON.stringify((await conversationReply(deps, 'troops', BOT_USER, logger, 'mention')).blocks);
    expect(buttons).not.toContain('answer_share');
    expect(buttons).toContain('answer_helpful');
  });

  it('says no dossiers are loaded, in text and blocks, when there are none', async () => {
    const { deps } = await fakeDeps(libraryOf());
    const message = await conversationReply(deps, `<@${BOT_USER}> troops`, BOT_USER, logger, 'mention');
    const said = 'No dossiers are loaded yet: an editor adds a folder of articles to the knowledge folder.';
    expect(message).toEqual({ text: said, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: said } }] });
  });

  it('says which dossiers there are for a /command that names none', async () => {
    const { deps } = await fakeDeps(libraryOf(await kazakhstan(), tiny));
    const message = await conversationReply(deps, `<@${BOT_USER}> /syrie troops`, BOT_USER, logger, 'mention');
    expect(message.text).toBe('There is no dossier called /syrie. Dossiers: /kazakhstan, /tiny.');
    expect(firstSection(message)).toBe(message.text);
  });

  it('escapes what it echoes exactly once (Slack sends a typed & < > already escaped)', async () => {
    const { deps } = await fakeDeps();
    const message = await conversationReply(deps, `<@${BOT_USER}> troops &amp; &lt;b&gt;`, BOT_USER, logger, 'mention');
    expect(firstSection(message)).toBe('You asked */kazakhstan* troops &amp; &lt;b&gt;');
    expect(message.text).toContain('troops &amp; &lt;b&gt;');
    expect(shown(message)).not.toMatch(/&amp;(?:amp|lt|gt);|<b>/u);
  });
});

describe('isFromPerson', () => {
  type Row = [label: string, event: { bot_id?: string; subtype?: string; user?: string }, botUserId: string | undefined, expected: boolean];
  it.each<Row>([
    ['a person', { user: 'U1' }, BOT_USER, true],
    ['a person, the bot user id unknown', { user: 'U1' }, undefined, true],
    ['a bot with a user (bot_id)', { user: 'U1', bot_id: 'B1' }, BOT_USER, false],
    ['a bot message (subtype)', { bot_id: 'B1', subtype: 'bot_message' }, BOT_USER, false],
    ['an edit', { user: 'U1', subtype: 'message_changed' }, BOT_USER, false],
    ['a join', { user: 'U1', subtype: 'channel_join' }, BOT_USER, false],
    ['a file share', { user: 'U1', subtype: 'file_share' }, BOT_USER, false],
    ['no user', {}, BOT_USER, false],
    ['no user, the bot user id unknown', {}, undefined, false],
    ['the bot itself', { user: BOT_USER }, BOT_USER, false],
  ])('%s', (_label, event, botUserId, expected) => {
    expect(isFromPerson(event, botUserId)).toBe(expected);
  });
});

describe('postReply', () => {
  const message = { channel: 'C123ABC456', thread_ts: '1707806347.397809', text: 'the answer', blocks: [{ type: 'section' }] };

  it('posts once, in the thread, tagged with the event id, with fallback text', async () => {
    await postReply(asWebClient(client), message, 'Ev1', logger, { user: 'U1', reference: () => REFERENCE });
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ ...message, metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev1' } } });
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
    // Not a recovered event: nothing is looked up first.
    expect(client.conversations.replies).not.toHaveBeenCalled();
  });

  it('a post Slack refuses for good: one ephemeral apology with the reference, then ReplyNotPostedError', async () => {
    const refusal = platformError('not_in_channel');
    client.chat.postMessage.mockRejectedValue(refusal);
    const posting = postReply(asWebClient(client), message, 'Ev1', logger, { user: 'U1', reference: () => REFERENCE });
    await expect(posting).rejects.toBeInstanceOf(ReplyNotPostedError);
    await expect(posting).rejects.toMatchObject({ code: ERROR_CODE.replyNotPosted, reference: REFERENCE, cause: refusal });
    // A permanent error is not retried.
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
    const apology = client.chat.postEphemeral.mock.calls[0]![0] as Record<string, unknown>;
    expect(apology).toMatchObject({ channel: 'C123ABC456', user: 'U1', thread_ts: '1707806347.397809' });
    expect(String(apology.text)).toContain(REFERENCE);
    expect(JSON.stringify(apology.blocks)).toContain(REFERENCE);
    // Logged with the reference, event, channel and cause; never the user.
    expect(logger.error).toHaveBeenCalledTimes(1);
    const logged = String(logger.error.mock.calls[0]![0]);
    expect(logged).toBe(`[${REFERENCE}] reply to event Ev1 in C123ABC456 not posted: not_in_channel`);
    expect(logged).not.toContain('U1');
    // The same as fields, so a JSON log finds it by reference or event id, with the failed call.
    expect(logger.error.mock.calls[0]![1]).toMatchObject({ reference: REFERENCE, event_id: 'Ev1', channel: 'C123ABC456', err: refusal });
  });

  it('apologises outside a thread without a thread_ts', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('channel_not_found'));
    await expect(postReply(asWebClient(client), { channel: 'D1', text: 'x' }, 'Ev2', logger, { user: 'U1', reference: () => REFERENCE })).rejects.toBeInstanceOf(ReplyNotPostedError);
    expect(client.chat.postEphemeral.mock.calls[0]![0]).not.toHaveProperty('thread_ts');
  });

  it('without a user to tell, apologises to nobody but still throws', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('not_in_channel'));
    await expect(postReply(asWebClient(client), message, 'Ev3', logger, { reference: () => REFERENCE })).rejects.toBeInstanceOf(ReplyNotPostedError);
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
  });

  it('throws ReplyNotPostedError even when the apology is refused too', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('not_in_channel'));
    client.chat.postEphemeral.mockRejectedValue(platformError('user_not_in_channel'));
    await expect(postReply(asWebClient(client), message, 'Ev4', logger, { user: 'U1', reference: () => REFERENCE })).rejects.toMatchObject({ reference: REFERENCE });
    expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
  });

  it('makes up a short reference when none is injected', async () => {
    client.chat.postMessage.mockRejectedValue(platformError('not_in_channel'));
    const error = (await postReply(asWebClient(client), message, 'Ev5', logger, { user: 'U1' }).catch((e: unknown) => e)) as ReplyNotPostedError;
    expect(error.reference).toMatch(/^[0-9A-F]{6}$/u);
    expect(String((client.chat.postEphemeral.mock.calls[0]![0] as { text: string }).text)).toContain(error.reference);
  });

  it('a recovered event already answered (its tagged reply is in the thread) is not posted again', async () => {
    client.conversations.replies.mockResolvedValue({ ok: true, messages: [{ ts: '1707806400.000100', metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev6' } } }] });
    await postReply(asWebClient(client), message, 'Ev6', logger, { recovered: true, user: 'U1' });
    expect(client.conversations.replies).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C123ABC456', ts: '1707806347.397809' }));
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('a recovered event not answered yet is posted once', async () => {
    client.conversations.replies.mockResolvedValue({ ok: true, messages: [{ ts: '1707806400.000100', metadata: { event_type: POST_EVENT_TYPE, event_payload: { tag: 'EvOther' } } }] });
    await postReply(asWebClient(client), message, 'Ev7', logger, { recovered: true, user: 'U1' });
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
  });
});
