/**
 * The Slack app over real HTTP, signed as Slack signs, with the Web API and response_url mocked by
 * nock: commands, mentions with retries, DMs, App Home, buttons, health.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSlackApp, type RunningApp } from '../helpers/slackApp.js';
import { buttonClick, eventCallback, postToSlackEndpoint, sign, SIGNING_SECRET, slashCommand } from '../helpers/slackRequests.js';
import { ACTION, decodeRef, encodeRef } from '../../src/slack/blocks/actionIds.js';
import { mockWebApi } from '../helpers/webApiMock.js';
import { leaks } from '../helpers/logScan.js';

let running: RunningApp;

interface PostedMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks?: string | unknown[];
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/u);
  running = await startSlackApp();
});
afterAll(async () => {
  await running.stop();
  // Everything the app logged through all of the above: JSON lines, and none with a secret or a person in it.
  expect(running.log.lines.length).toBeGreaterThan(0);
  expect(() => running.log.entries()).not.toThrow();
  expect(leaks(running.log.lines, ['xoxb-test-test', SIGNING_SECRET, 'U2147483697', 'U061F7AUR', 'U0JANSEN', 'U999'])).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  nock.cleanAll();
});

describe('request verification', () => {
  it('refuses a signed request more than five minutes in the future, as Slack requires, and takes one within', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead = await postToSlackEndpoint(running.port, { ...slashCommand('/kazakhstan', 'troops'), timestamp: now + 6 * 60 });
    expect(ahead.status).toBe(401);
    const within = await postToSlackEndpoint(running.port, { ...slashCommand('/kazakhstan', 'troops'), timestamp: now + 4 * 60 });
    expect(within.status).toBe(200);
    const behind = await postToSlackEndpoint(running.port, { ...slashCommand('/kazakhstan', 'troops'), timestamp: now - 6 * 60 });
    expect(behind.status).toBe(401);
  });

  it('accepts Slack’s published signature example with the clock at its timestamp, and rejects it as stale now', async () => {
    const vector = {
      secret: '8f742231b10e8888abcd99yyyzzz85a5',
      timestamp: 1531420618,
      signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
    };
    expect(sign(vector.body, vector.timestamp, vector.secret)).toBe(vector.signature);
    const vectorApp = await startSlackApp(vector.secret);
    const request = { body: vector.body, contentType: 'application/x-www-form-urlencoded' as const, timestamp: vector.timestamp, signature: vector.signature };
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(vector.timestamp * 1000 + 30_000);
      const accepted = await postToSlackEndpoint(vectorApp.port, request);
      expect(accepted.status).toBe(200);
      // A command the app has no dossier for is answered, not left to time out.
      expect(accepted.text).toContain('There is no dossier called /webhook-collect. Dossiers: /kazakhstan.');
      vi.useRealTimers();
      expect((await postToSlackEndpoint(vectorApp.port, request)).status).toBe(401);
      expect((await postToSlackEndpoint(running.port, request)).status).toBe(401);
    } finally {
      vi.useRealTimers();
      await vectorApp.stop();
    }
  });

  it('rejects a forged signature with 401 and answers nothing', async () => {
    const { calls } = mockWebApi();
    const request = slashCommand('/kazakhstan', 'troops');
    const response = await postToSlackEndpoint(running.port, { ...request, signature: `v0=${'0'.repeat(64)}` });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('troepen');
    expect(calls).toEqual([]);
  });

  it('rejects a correctly signed request that is 10 minutes old', async () => {
    const request = slashCommand('/kazakhstan', 'troops');
    const response = await postToSlackEndpoint(running.port, { ...request, timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('troepen');
  });

  it('rejects a body changed after signing', async () => {
    const request = slashCommand('/kazakhstan', 'troops');
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postToSlackEndpoint(running.port, { ...request, body: request.body.replace('troops', 'deaths'), timestamp, signature: sign(request.body, timestamp) });
    expect(response.status).toBe(401);
  });
});

describe('/kazakhstan', () => {
  it('acks within 3 s with an ephemeral, cited answer about troepen/militairen', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'troops'));
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const message = JSON.parse(response.text) as { response_type: string; text: string; blocks: unknown[] };
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toMatch(/troepen|militairen|troepenmacht/u);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toMatch(/\*troepen\*|\*troepenmacht\*|\*militairen\*/u);
    expect(blocks).toMatch(/¶\d+/u);
    expect(blocks).toContain('You asked */kazakhstan* troops');
    expect(blocks).toContain(ACTION.share);
  });

  it.each([['help'], [''], ['   ']])('gives usage for %j', async (text) => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', text));
    expect(response.status).toBe(200);
    const message = JSON.parse(response.text) as { text: string; blocks: unknown[] };
    expect(JSON.stringify(message.blocks)).toContain('/kazakhstan sources');
    expect(message.text).toContain('/kazakhstan');
  });

  it('lists the sources with dates and sentence counts', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'sources'));
    const blocks = JSON.stringify((JSON.parse(response.text) as { blocks: unknown[] }).blocks);
    expect(blocks).toContain('30 sentences');
    expect(blocks).toContain('2022-01');
    expect(blocks).toContain('date unknown');
  });

  it.each([
    ['troops <!channel> <!everyone> <!here> <@U999> & more', 'troops &amp; more'],
    ['troepen Poetin <!channel>', 'troepen Poetin'],
    ['<!everyone> Tokajev staatsgreep', 'Tokajev staatsgreep'],
  ])('never echoes the mentions in %j, and escapes the rest', async (query, echoed) => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', query));
    expect(response.status).toBe(200);
    // Button values are state handed back to the app, never displayed.
    const shown = response.text.replace(/"value":"(?:[^"\\]|\\.)*"/gu, '');
    expect(shown).not.toMatch(/<!(channel|everyone|here)>|<@U999>|U999|&lt;[!@]/u);
    expect(shown).toContain(`You asked */kazakhstan* ${echoed}`);
  });

  it('answers a 3,500-character query politely and in time', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'troepen '.repeat(440).slice(0, 3500)));
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    expect(JSON.parse(response.text).text).toMatch(/3500 characters long; please ask in at most 500/u);
  });

  it('shows the figures with their provenance: the retracted 164 marked, the hedged 16 flagged', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'figures deaths'));
    const message = JSON.parse(response.text) as { text: string; blocks: unknown[] };
    expect(message.text).toContain('164 doden (RETRACTED: “trokken die informatie later in”)');
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain('hedged: “zouden”');
    expect(blocks).not.toContain('_sources differ:');
  });

  it('previews the digest', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'digest'));
    const message = JSON.parse(response.text) as { response_type: string; text: string; blocks: Array<{ type: string }> };
    expect(message.response_type).toBe('ephemeral');
    expect(message.blocks[0]?.type).toBe('header');
    expect(message.text).toContain('Dossier digest');
  });

  it('says there is nothing when the dossier cannot answer, with help', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'vaccine'));
    const message = JSON.parse(response.text) as { text: string; blocks: unknown[] };
    expect(message.text).toContain('No sentence in Onrust in Kazachstan, januari 2022 answers “vaccine”');
    expect(JSON.stringify(message.blocks)).toContain('/kazakhstan help');
  });
});

describe('mentions and direct messages', () => {
  const mention = (eventId: string, extra: Record<string, unknown> = {}) =>
    eventCallback({ type: 'app_mention', user: 'U061F7AUR', text: '<@UBOT> how many deaths?', ts: '1707806347.397809', channel: 'C123ABC456', event_ts: '1707806347.397809', ...extra }, eventId);

  it('answers a mention exactly once, in its thread, and ignores a retry of the same event', async () => {
    const { calls } = mockWebApi();
    const first = await postToSlackEndpoint(running.port, mention('Ev0MENTION1'));
    expect(first.status).toBe(200);
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1));
    const retry = await postToSlackEndpoint(running.port, { ...mention('Ev0MENTION1'), headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const posts = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    const posted = posts[0]?.body as unknown as PostedMessage;
    expect(posted.channel).toBe('C123ABC456');
    expect(posted.thread_ts).toBe('1707806347.397809');
    expect(posted.text).toMatch(/doden|gedood|omgekomen/u);
  });

  it('a reply Slack refuses for good gets the asker an apology with a reference, and the retry may try again', async () => {
    const { calls } = mockWebApi({ answer: { 'chat.postMessage': { ok: false, error: 'not_in_channel' } } });
    await postToSlackEndpoint(running.port, mention('Ev0REFUSED'));
    await vi.waitFor(() => expect(calls.map((c) => c.method)).toContain('chat.postEphemeral'));
    const apology = calls.find((c) => c.method === 'chat.postEphemeral')?.body ?? {};
    expect(apology).toMatchObject({ channel: 'C123ABC456', user: 'U061F7AUR' });
    expect(String(apology.text)).toContain('REF123');
    // Not retried (a permanent error), and the claim was given up: Slack's retry tries again.
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    // The claim is given up after the apology went out: a retry that lands in between is skipped,
    // and Slack sends the next one, as it does up to three times.
    const posts = (): number => calls.filter((c) => c.method === 'chat.postMessage').length;
    for (let retry = 1; retry <= 3 && posts() < 2; retry++) {
      await postToSlackEndpoint(running.port, { ...mention('Ev0REFUSED'), headers: { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } });
      await vi.waitFor(() => expect(posts()).toBe(2), { timeout: 2_000 }).catch(() => undefined);
    }
    expect(posts()).toBe(2);
    // One apology per refused reply: the global error handler does not apologise a second time.
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(2);
  });

  it('replies in the existing thread when mentioned inside one', async () => {
    const { calls } = mockWebApi();
    await postToSlackEndpoint(running.port, mention('Ev0MENTION2', { thread_ts: '1707800000.000100', ts: '1707806350.000200' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect((calls[0]!.body as unknown as PostedMessage).thread_ts).toBe('1707800000.000100');
  });

  it('ignores messages from bots', async () => {
    const { calls } = mockWebApi();
    await postToSlackEndpoint(running.port, mention('Ev0MENTION3', { bot_id: 'B999', subtype: 'bot_message' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([]);
  });

  it('answers a direct message in the conversation', async () => {
    const { calls } = mockWebApi();
    const dm = eventCallback({ type: 'message', channel_type: 'im', channel: 'D024BE91L', user: 'U2147483697', text: 'wie is Nazarbajev?', ts: '1707806400.000300', event_ts: '1707806400.000300' }, 'Ev0DM1');
    await postToSlackEndpoint(running.port, dm);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const posted = calls[0]?.body as unknown as PostedMessage;
    expect(posted.channel).toBe('D024BE91L');
    expect(posted.thread_ts).toBeUndefined();
    expect(posted.text).toContain('Nazarbajev');
  });

  it('publishes the App Home with the dossiers and examples', async () => {
    const { calls } = mockWebApi();
    await postToSlackEndpoint(running.port, eventCallback({ type: 'app_home_opened', user: 'U2147483697', channel: 'D024BE91L', tab: 'home', event_ts: '1707806500.000100' }, 'Ev0HOME1'));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.method).toBe('views.publish');
    const view = String(calls[0]?.body.view);
    expect(view).toContain('/kazakhstan');
    expect(view).toContain('Onrust in Kazachstan, januari 2022');
    expect(view).toContain('wie is Nazarbajev?');
  });
});

describe('answer buttons', () => {
  const ref = encodeRef({ dossierId: 'kazakhstan', query: 'troops', offset: 0, logId: 'log-1' });

  it('Share in channel re-posts the answer publicly, attributed to the asker, and removes the private one', async () => {
    const posts: Array<Record<string, unknown>> = [];
    nock('https://hooks.slack.test').post('/actions/T0001/2/def').times(2).reply(200, (_uri, body) => {
      posts.push(body as Record<string, unknown>);
      return { ok: true };
    });
    const response = await postToSlackEndpoint(running.port, buttonClick(ACTION.share, ref));
    expect(response.status).toBe(200);
    await vi.waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(posts[0]?.blocks)).toContain('<@U2147483697> asked *\\/kazakhstan* troops'.replace('\\/', '/'));
    expect(JSON.stringify(posts[0]?.blocks)).not.toContain(ACTION.share);
    expect(posts[1]).toMatchObject({ delete_original: true });
  });

  it('More replaces the message with the next sentences', async () => {
    const posts: Array<Record<string, unknown>> = [];
    nock('https://hooks.slack.test').post('/actions/T0001/2/def').reply(200, (_uri, body) => {
      posts.push(body as Record<string, unknown>);
      return { ok: true };
    });
    await postToSlackEndpoint(running.port, buttonClick(ACTION.more, encodeRef({ dossierId: 'kazakhstan', query: 'troops', offset: 3 })));
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ replace_original: true });
    expect(JSON.stringify(posts[0]?.blocks)).toContain('*4.*');
  });

  it('records 👎 with the question, once per person, only for an answer that was given, without user ids', async () => {
    const replies: string[] = [];
    nock('https://hooks.slack.test').post('/actions/T0001/2/def').times(4).reply(200, (_uri, body) => {
      replies.push(String((body as { text?: string }).text));
      return { ok: true };
    });
    const asked = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'troops'));
    const logId = /"l\\?":\\?"([\w-]+)/u.exec(asked.text)?.[1];
    expect(logId).toBeDefined();
    const real = encodeRef({ dossierId: 'kazakhstan', query: 'troops', offset: 0, logId: logId as string });
    const feedback = () => running.queryLog.entries().filter((e) => e.type === 'feedback' && e.id === logId);
    await postToSlackEndpoint(running.port, buttonClick(ACTION.unhelpful, real));
    await vi.waitFor(() => expect(feedback()).toHaveLength(1));
    expect(feedback()[0]).toMatchObject({ dossierId: 'kazakhstan', query: 'troops', helpful: false });
    // Clicking again, or clicking 👍 after 👎, does not count twice.
    await postToSlackEndpoint(running.port, buttonClick(ACTION.helpful, real));
    // A made-up log id, or another answer's id with this question, is not counted.
    await postToSlackEndpoint(running.port, buttonClick(ACTION.unhelpful, ref));
    await postToSlackEndpoint(running.port, buttonClick(ACTION.unhelpful, encodeRef({ dossierId: 'kazakhstan', query: 'other question', offset: 0, logId: logId as string })));
    await vi.waitFor(() => expect(replies).toHaveLength(4));
    expect(replies.slice(1)).toEqual(['You already rated this answer — thanks.', 'That answer is too old to rate; ask again and rate the new one.', 'That answer is too old to rate; ask again and rate the new one.']);
    expect(feedback()).toHaveLength(1);
    const raw = readFileSync(path.join(running.stateDir, 'query-log.jsonl'), 'utf8');
    expect(raw).not.toContain('U2147483697');
  });

  it('refuses a "More" with an offset no answer of ours has (−5, 2.5, 10 000)', async () => {
    const said: string[] = [];
    nock('https://hooks.slack.test')
      .post('/actions/T0001/2/def')
      .times(3)
      .reply(200, (_uri, body) => {
        said.push(String((body as { text?: string }).text));
        return { ok: true };
      });
    for (const offset of [-5, 2.5, 10_000]) {
      const response = await postToSlackEndpoint(running.port, buttonClick(ACTION.more, JSON.stringify({ d: 'kazakhstan', q: 'troops', o: offset })));
      expect(response.status).toBe(200);
    }
    await vi.waitFor(() => expect(said).toHaveLength(3));
    expect(new Set(said)).toEqual(new Set(['That dossier is no longer available.']));
    expect(decodeRef(JSON.stringify({ d: 'kazakhstan', q: 'troops', o: 3 }))).toMatchObject({ offset: 3 });
    for (const offset of [-5, 2.5, 10_000]) expect(decodeRef(JSON.stringify({ d: 'kazakhstan', q: 'troops', o: offset }))).toBeUndefined();
  });

  it('logs every answered question with its number of results, and its buttons carry the entry', async () => {
    const before = running.queryLog.entries().length;
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'hoeveel gearresteerd'));
    const asked = running.queryLog.entries().slice(before);
    expect(asked).toEqual([expect.objectContaining({ type: 'asked', dossierId: 'kazakhstan', query: 'hoeveel gearresteerd' })]);
    expect(asked[0]?.type === 'asked' && asked[0].results).toBeGreaterThan(0);
    expect(response.text).toContain(asked[0]?.id);
  });

  it('logs the question without the Slack markup in it: no user ids, no names behind them, no links', async () => {
    const before = running.queryLog.entries().length;
    await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', '<@U0JANSEN|jan.jansen> <!here> wie is <https://example.org/poetin|Poetin>? :eyes:'));
    const asked = running.queryLog.entries().slice(before);
    expect(asked).toEqual([expect.objectContaining({ type: 'asked', query: 'wie is Poetin?' })]);
    const raw = readFileSync(path.join(running.stateDir, 'query-log.jsonl'), 'utf8');
    expect(raw).not.toMatch(/U0JANSEN|jansen|example\.org|<!here>|:eyes:/u);
  });
});

describe('health', () => {
  it('GET /healthz reports the dossiers it serves', async () => {
    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', state: 'ok', dossiers: [{ id: 'kazakhstan', command: '/kazakhstan', articles: 2, sentences: 67 }] });
  });

  it('GET /readyz is ready when the dossiers are loaded and the state store answers', async () => {
    const response = await fetch(`http://127.0.0.1:${running.port}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, state: 'ok' });
  });
});
