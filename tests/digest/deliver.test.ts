import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/readConfig.js';
import { deliverDigest, retryDelay } from '../../src/digest/deliver.js';
import { DigestLedger } from '../../src/digest/ledger.js';
import { digestClient } from '../../src/slack/postDigest.js';

const API = 'http://slack.test';
const config = (() => {
  const result = readConfig({ SLACK_BOT_TOKEN: 'xoxb-0-digest', SLACK_API_URL: `${API}/api/` }, { receivesRequests: false });
  if (!result.ok) throw new Error(result.errors.join());
  return result.config;
})();

function setup() {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'ledger-'));
  const ledger = new DigestLedger(stateDir);
  const sleeps: number[] = [];
  const client = digestClient(config);
  const deliver = (force = false) =>
    deliverDigest({
      channel: 'C0DESK',
      date: '2026-11-21',
      ledger,
      now: () => new Date('2026-11-21T07:00:00Z'),
      sleep: async (ms) => void sleeps.push(ms),
      force,
      post: async () => {
        const result = await client.chat.postMessage({ channel: 'C0DESK', text: 'digest' });
        return result.ts ? { ts: result.ts } : {};
      },
    });
  return { stateDir, ledger, sleeps, deliver };
}

beforeEach(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('delivering the digest', () => {
  it('waits out a 429 (Retry-After) and then posts exactly once', async () => {
    const { ledger, sleeps, deliver } = setup();
    const scope = nock(API).post('/api/chat.postMessage').reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '7' }).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.1' });
    expect(await deliver()).toEqual({ status: 'sent', ts: '1.1', attempts: 2 });
    expect(sleeps).toEqual([7000]);
    expect(scope.isDone()).toBe(true);
    expect(ledger.sent('C0DESK', '2026-11-21')).toBe(true);
  });

  it('retries 5xx with back-off', async () => {
    const { sleeps, deliver } = setup();
    nock(API).post('/api/chat.postMessage').times(2).reply(503, 'unavailable').post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.2' });
    expect(await deliver()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('does not retry a permanent error and never records it as sent', async () => {
    const { ledger, deliver } = setup();
    const scope = nock(API).post('/api/chat.postMessage').reply(200, { ok: false, error: 'channel_not_found' });
    expect(await deliver()).toMatchObject({ status: 'failed', error: 'channel_not_found', attempts: 1 });
    expect(scope.isDone()).toBe(true);
    expect(ledger.sent('C0DESK', '2026-11-21')).toBe(false);
  });

  it('gives up after the last attempt without recording', async () => {
    const { ledger, deliver } = setup();
    nock(API).post('/api/chat.postMessage').times(6).reply(500, 'boom');
    expect(await deliver()).toMatchObject({ status: 'failed', attempts: 6 });
    expect(ledger.sent('C0DESK', '2026-11-21')).toBe(false);
  });

  it('skips a day already in the ledger, even after a restart, unless forced', async () => {
    const first = setup();
    nock(API).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.3' });
    await first.deliver();
    // A "restarted" process: a new ledger object on the same file.
    const restarted = new DigestLedger(first.stateDir);
    expect(restarted.sent('C0DESK', '2026-11-21')).toBe(true);
    expect(await first.deliver()).toEqual({ status: 'already-sent' });
    const forced = nock(API).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.4' });
    expect(await first.deliver(true)).toMatchObject({ status: 'sent' });
    expect(forced.isDone()).toBe(true);
  });

  it.each([
    [{ code: 'slack_webapi_rate_limited_error', retryAfter: 30 }, 1, 30_000],
    [{ code: 'slack_webapi_http_error', statusCode: 502 }, 3, 4000],
    [{ code: 'slack_webapi_http_error', statusCode: 400 }, 1, undefined],
    [{ code: 'slack_webapi_request_error' }, 2, 2000],
    [{ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } }, 1, undefined],
  ])('retry delay for %j on attempt %i is %s', (error, attempt, delay) => {
    expect(retryDelay(error, attempt)).toBe(delay);
  });
});
