/**
 * Posting exactly once against the local Web API stand-in with injected faults: a post whose
 * connection was reset after it landed is found, not posted again; refused posts are retried; a
 * permanent error is not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { findTagged, postOnce, POST_EVENT_TYPE } from '../../src/slack/postOnce.js';
import { startStandIn, type Faults, type StandIn } from '../helpers/slackStandIn.js';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
});

async function client(faults: Faults = {}): Promise<webApi.WebClient> {
  standIn = await startStandIn(faults);
  return new webApi.WebClient('xoxb-test-post', { slackApiUrl: standIn.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}
const posts = () => standIn?.calls.filter((c) => c.method === 'chat.postMessage') ?? [];
const noWait = { sleep: () => Promise.resolve() };

describe('posting exactly once', () => {
  it('tags the message with what it answers', async () => {
    const web = await client();
    const { ts } = await postOnce(web, { channel: 'C1', thread_ts: '1.000001', text: 'answer' }, { tag: 'Ev1', ...noWait });
    expect(ts).not.toBe('');
    expect(JSON.parse(posts()[0]?.body.metadata as string)).toEqual({ event_type: POST_EVENT_TYPE, event_payload: { tag: 'Ev1' } });
    expect(await findTagged(web, { channel: 'C1', thread_ts: '1.000001' }, 'Ev1')).toBe(ts);
    expect(await findTagged(web, { channel: 'C1', thread_ts: '1.000001' }, 'Ev2')).toBeUndefined();
  });

  it('a post that landed before the connection was reset is found, not posted again', async () => {
    const web = await client({ resetAfterPostRate: 1 });
    const { ts } = await postOnce(web, { channel: 'C1', thread_ts: '1.000001', text: 'answer' }, { tag: 'Ev1', ...noWait });
    expect(posts()).toHaveLength(1);
    expect(ts).toBe(posts()[0]?.body.ts);
  });

  it('a post slower than the client waits is found when it lands, not posted again', async () => {
    standIn = await startStandIn({ slowPostMs: 400 });
    const web = new webApi.WebClient('xoxb-test-post', { slackApiUrl: standIn.url, retryConfig: { retries: 0 }, timeout: 150 });
    // Real back-off (1 s after a timeout): the slow post has landed by the time it is looked for.
    const { ts } = await postOnce(web, { channel: 'C1', thread_ts: '1.000001', text: 'answer' }, { tag: 'EvSlow' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(posts()).toHaveLength(1);
    expect(ts).toBe(posts()[0]?.body.ts);
  });

  it('refused posts (429, 5xx) are retried until one lands, and only one does', async () => {
    const web = await client();
    standIn?.failNext('chat.postMessage', 500, 2);
    standIn?.failNext('chat.postMessage', 429, 1, { 'retry-after': '0' });
    await postOnce(web, { channel: 'C1', text: 'answer' }, { tag: 'Ev1', ...noWait });
    expect(posts()).toHaveLength(1);
  });

  it('a permanent error is not retried, and is thrown', async () => {
    const web = await client();
    standIn?.failNext('chat.postMessage', 404, 1);
    await expect(postOnce(web, { channel: 'C1', text: 'answer' }, { tag: 'Ev1', attempts: 5, ...noWait })).rejects.toThrow();
  });

  it('checks first when asked: a digest that landed before a crash is not posted again', async () => {
    const web = await client();
    const first = await postOnce(web, { channel: 'C1', text: 'digest' }, { tag: 'digest:C1:2026-11-29', ...noWait });
    const again = await postOnce(web, { channel: 'C1', text: 'digest' }, { tag: 'digest:C1:2026-11-29', checkFirst: true, ...noWait });
    expect(again.ts).toBe(first.ts);
    expect(posts()).toHaveLength(1);
  });
});
