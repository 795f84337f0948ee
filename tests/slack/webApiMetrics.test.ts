import { describe, expect, it, vi } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { observedFetch, slackMethod } from '../../src/slack/webApiMetrics.js';

const API = 'http://slack.test/api/';

describe('slackMethod', () => {
  it.each([
    [`${API}chat.postMessage`, 'chat.postMessage'],
    [`${API}usergroups.users.list?x=1`, 'usergroups.users.list'],
    [`${API}admin.users.remove`, 'other'],
    [`${API}<script>`, 'other'],
    [`${API}chat.postMessage.${'x'.repeat(200)}`, 'other'],
    ['https://hooks.slack.com/commands/T0001/1/abc', 'response_url'],
    ['https://hooks.slack.com/actions/T0001/2/def', 'response_url'],
    ['https://files.slack.com/upload/v1/ABC', 'file_upload'],
    ['https://example.org/anything', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, method) => {
    expect(slackMethod(url, API)).toBe(method);
  });
});

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('observedFetch', () => {
  it('counts each call by method and how it ended, logs the failed ones with method and status, and passes every answer on', async () => {
    const metrics = createMetrics();
    const warn = vi.fn();
    const answers = [json(200, { ok: true }), json(200, { ok: false, error: 'not_in_channel' }), json(429, { ok: false }), json(503, {}), new Response('ok', { status: 200 })];
    const fake = vi.fn(async () => answers.shift() as Response);
    const fetch = observedFetch({ metrics, warn, apiUrl: API, fetch: fake });
    expect((await (await fetch(`${API}chat.postMessage`, { method: 'POST' })).json()) as unknown).toEqual({ ok: true });
    expect((await (await fetch(`${API}chat.postMessage`)).json()) as unknown).toEqual({ ok: false, error: 'not_in_channel' });
    expect((await fetch(new URL(`${API}chat.postMessage`))).status).toBe(429);
    expect((await fetch(new Request(`${API}views.publish`, { method: 'POST' }))).status).toBe(503);
    expect(await (await fetch('https://hooks.slack.com/commands/T1/2/3')).text()).toBe('ok');
    const text = await metrics.registry.getSingleMetricAsString('dossier_slack_api_calls_total');
    for (const [method, result] of [['chat.postMessage', 'ok'], ['chat.postMessage', 'error'], ['chat.postMessage', '429'], ['views.publish', '5xx'], ['response_url', 'ok']]) {
      expect(text).toContain(`dossier_slack_api_calls_total{method="${method}",result="${result}"} 1`);
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledWith('Slack call chat.postMessage failed: 200 not_in_channel', expect.objectContaining({ slack_method: 'chat.postMessage', status: 200, result: 'error', slack_error: 'not_in_channel' }));
    expect(warn).toHaveBeenCalledWith('Slack call views.publish failed: 503', expect.objectContaining({ status: 503, result: '5xx' }));
  });

  it('counts a call that got no answer as network, and passes the failure on', async () => {
    const metrics = createMetrics();
    const warn = vi.fn();
    const fetch = observedFetch({ metrics, warn, apiUrl: API, fetch: async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') })) });
    await expect(fetch(`${API}chat.postMessage`)).rejects.toThrow('fetch failed');
    expect(await metrics.registry.getSingleMetricAsString('dossier_slack_api_calls_total')).toContain('dossier_slack_api_calls_total{method="chat.postMessage",result="network"} 1');
    expect(warn).toHaveBeenCalledWith('Slack call chat.postMessage failed: no answer (fetch failed: connect ECONNREFUSED 127.0.0.1:1)', { slack_method: 'chat.postMessage', result: 'network', ms: expect.any(Number), error: 'fetch failed: connect ECONNREFUSED 127.0.0.1:1' });
  });
});
