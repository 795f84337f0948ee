/**
 * `/kazakhstan figures arrests` over signed HTTP, with the Web API mocked by nock: the ephemeral
 * reply carries the table, and the chart follows in the asker's direct message, once.
 */
import path from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_HOST, startSlackApp, type RunningApp } from '../helpers/slackApp.js';
import { ROOT } from '../helpers/seeds.js';
import { postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../helpers/slackRequests.js';
import { leaks } from '../helpers/logScan.js';

let running: RunningApp;
const calls: Array<{ method: string; body: unknown }> = [];

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/u);
  nock(API_HOST)
    .persist()
    .post(/.*/u)
    .reply(200, (uri, body) => {
      const method = uri.replace(/^\/(?:api\/)?/u, '');
      if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' };
      calls.push({ method, body: typeof body === 'string' && !method.startsWith('upload/') ? Object.fromEntries(new URLSearchParams(body)) : body });
      if (method === 'conversations.open') return { ok: true, channel: { id: 'D0ASKER' } };
      if (method === 'files.getUploadURLExternal') return { ok: true, upload_url: `${API_HOST}/upload/F1`, file_id: 'F1' };
      if (method === 'files.completeUploadExternal') return { ok: true, files: [{ id: 'F1' }] };
      return { ok: true };
    });
  running = await startSlackApp(undefined, path.join(ROOT, 'tests/fixtures/knowledge-followup'));
});
afterAll(async () => {
  await running.stop();
  expect(leaks(running.log.lines, ['xoxb-test-test', SIGNING_SECRET, 'U2147483697'])).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('/kazakhstan figures with a measure that moved', () => {
  it('replies with the table and sends the chart to the asker, once', async () => {
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'figures arrests'));
    const message = JSON.parse(response.text) as { response_type: string; blocks: unknown[] };
    expect(message.response_type).toBe('ephemeral');
    expect(JSON.stringify(message.blocks)).toContain('How Arrestaties moved');
    await vi.waitFor(() => expect(calls.map((c) => c.method)).toContain('files.completeUploadExternal'), { timeout: 10_000, interval: 100 });
    const opened = calls.find((c) => c.method === 'conversations.open')?.body as Record<string, unknown>;
    expect(opened.users).toBeDefined();
    const completed = calls.find((c) => c.method === 'files.completeUploadExternal')?.body as Record<string, unknown>;
    expect(completed.channel_id).toBe('D0ASKER');
    expect(calls.filter((c) => c.method === 'files.completeUploadExternal')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'upload/F1')).toHaveLength(1);
  });

  it('sends no chart for a measure without two dated figures', async () => {
    const before = calls.length;
    const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', 'figures troops'));
    expect(JSON.stringify((JSON.parse(response.text) as { blocks: unknown[] }).blocks)).not.toContain('moved');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.slice(before).map((c) => c.method)).not.toContain('conversations.open');
  });
});
