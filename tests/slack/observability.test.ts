/**
 * What an operator sees of the app, through the signed HTTP receiver with the Web API mocked by
 * nock: the metrics endpoint after real requests (counters move, histograms have buckets, labels
 * stay bounded), and the log from a user's reference id to the Slack call that failed.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACK_KINDS, OUTCOMES, SLACK_RESULTS, SURFACES } from '../../src/observe/metrics.js';
import { startMetricsServer } from '../../src/observe/metricsServer.js';
import { outcomeOf } from '../../src/observe/questions.js';
import { replyToText } from '../../src/reply/replyTo.js';
import { leaks } from '../helpers/logScan.js';
import { bundledLibrary } from '../helpers/seeds.js';
import { startSlackApp, type RunningApp } from '../helpers/slackApp.js';
import { eventCallback, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../helpers/slackRequests.js';
import { mockWebApi } from '../helpers/webApiMock.js';

const running: RunningApp[] = [];
async function app(): Promise<RunningApp> {
  const started = await startSlackApp();
  running.push(started);
  return started;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/u);
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(async () => {
  for (const r of running) {
    await r.stop();
    // Every line JSON; none with the bot token, the signing secret or a user id of these requests.
    expect(() => r.log.entries()).not.toThrow();
    expect(leaks(r.log.lines, ['xoxb-test-test', SIGNING_SECRET, 'U2147483697', 'U061F7AUR'])).toEqual([]);
  }
  nock.enableNetConnect();
});

/** `name{a="x",b="y"} value` lines of the exposition: each sample's labels. */
function samples(text: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\w+)(?:\{(.*)\})? (\S+)$/u.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/gu)].map((m) => [m[1] as string, m[2] as string]));
      return { name: match[1] as string, labels, value: Number(match[3]) };
    });
}

/** The values each label may take: a fixed set, or a number (bucket bounds). */
const BOUNDED: Record<string, (value: string) => boolean> = {
  surface: (v) => (SURFACES as readonly string[]).includes(v),
  outcome: (v) => (OUTCOMES as readonly string[]).includes(v),
  kind: (v) => (ACK_KINDS as readonly string[]).includes(v),
  result: (v) => [...SLACK_RESULTS, 'posted', 'skipped', 'failed'].includes(v),
  method: (v) => /^(?:[a-z]+(?:\.[a-zA-Z]+)+|response_url|file_upload|other)$/u.test(v),
  op: (v) => /^[a-z]+$/u.test(v),
  severity: (v) => ['error', 'warning'].includes(v),
  le: (v) => v === '+Inf' || Number.isFinite(Number(v)),
};

describe('the metrics endpoint', () => {
  it('after five signed slash commands: counted by outcome, their answer and ack latency in buckets, no unbounded label', async () => {
    const bot = await app();
    mockWebApi();
    const questions = ['troops', 'hoeveel gearresteerd', 'vaccine', 'wat is?', 'troepen '.repeat(440)];
    for (const text of questions) expect((await postToSlackEndpoint(bot.port, slashCommand('/kazakhstan', text))).status).toBe(200);
    // What each should count as, read from the reply itself.
    const index = (await bundledLibrary()).dossiers[0]!;
    const expected = new Map<string, number>();
    for (const text of questions) {
      const outcome = outcomeOf(replyToText(text, index)) as string;
      expected.set(outcome, (expected.get(outcome) ?? 0) + 1);
    }
    expect(expected.get('refused')).toBe(2);

    // An ack is timed when its response has gone out, which may be a moment after the client has it.
    await vi.waitFor(async () => expect(await bot.metrics.registry.getSingleMetricAsString('dossier_ack_seconds')).toContain('dossier_ack_seconds_count{kind="command"} 5'));
    const server = await startMetricsServer(bot.metrics.registry, { port: 0, host: '127.0.0.1' });
    let text: string;
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      text = await response.text();
    } finally {
      await server.close();
    }
    const all = samples(text);
    const value = (name: string, labels: Record<string, string>): number | undefined => all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    for (const outcome of OUTCOMES) expect(value('dossier_questions_total', { surface: 'slash', outcome })).toBe(expected.get(outcome) ?? 0);
    expect(value('dossier_answer_seconds_count', { surface: 'slash' })).toBe(5);
    expect(value('dossier_answer_seconds_bucket', { surface: 'slash', le: '+Inf' })).toBe(5);
    expect(all.filter((s) => s.name === 'dossier_answer_seconds_bucket' && s.labels.surface === 'slash').length).toBeGreaterThan(5);
    expect(value('dossier_ack_seconds_count', { kind: 'command' })).toBe(5);
    expect(value('dossier_ack_seconds_bucket', { kind: 'command', le: '3' })).toBe(5);

    // Every label value from a small fixed set: never a question, a user, a channel.
    for (const sample of all) {
      for (const [label, v] of Object.entries(sample.labels)) {
        expect(BOUNDED[label], `label ${label} of ${sample.name}`).toBeDefined();
        expect(BOUNDED[label]?.(v), `${sample.name}{${label}="${v}"}`).toBe(true);
      }
    }
    expect(text).not.toMatch(/troops|gearresteerd|vaccine|U2147483697|C2147483705/u);
  });
});

describe('from a reference id to the cause', () => {
  const mention = (eventId: string) =>
    eventCallback({ type: 'app_mention', user: 'U061F7AUR', text: '<@UBOT> how many deaths?', ts: '1707806347.397809', channel: 'C123ABC456', event_ts: '1707806347.397809' }, eventId);
  /** The reference an apology (chat.postEphemeral) showed the asker. */
  const referenceIn = (apology: Record<string, unknown> | undefined): string | undefined => /reference (\w+)/u.exec(String(apology?.text))?.[1];

  it('a reply Slack refuses: the apology’s reference finds the request’s log lines, down to the refused call', async () => {
    const bot = await app();
    const { calls } = mockWebApi({ answer: { 'chat.postMessage': { ok: false, error: 'not_in_channel' } } });
    await postToSlackEndpoint(bot.port, mention('Ev0TRACE1'));
    await vi.waitFor(() => expect(calls.map((c) => c.method)).toContain('chat.postEphemeral'));
    const reference = referenceIn(calls.find((c) => c.method === 'chat.postEphemeral')?.body);
    expect(reference).toBeDefined();

    const lines = bot.log.entries().filter((e) => e.reference === reference);
    // Every line of the request carries its event id; the failed call and the error are among them.
    expect(lines.every((e) => e.event_id === 'Ev0TRACE1' && e.kind === 'event')).toBe(true);
    expect(lines).toContainEqual(expect.objectContaining({ slack_method: 'chat.postMessage', result: 'error', slack_error: 'not_in_channel' }));
    const failure = lines.find((e) => e.level === 50);
    expect(failure).toMatchObject({ reference, event_id: 'Ev0TRACE1', channel: 'C123ABC456', msg: expect.stringContaining(`[${reference}] reply to event Ev0TRACE1 in C123ABC456 not posted: not_in_channel`) });
    expect(await bot.metrics.registry.getSingleMetricAsString('dossier_slack_api_calls_total')).toContain('dossier_slack_api_calls_total{method="chat.postMessage",result="error"} 1');
  });

  it('a Slack 500, retried: the failed call, the retry and the reply are all lines of the one event, and counted', async () => {
    const bot = await app();
    const { calls } = mockWebApi({ fail: { 'chat.postMessage': [500] } });
    await postToSlackEndpoint(bot.port, mention('Ev0TRACE2'));
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2), { timeout: 10_000 });
    const lines = bot.log.entries().filter((e) => e.event_id === 'Ev0TRACE2');
    expect(lines).toContainEqual(expect.objectContaining({ slack_method: 'chat.postMessage', status: 500, result: '5xx' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/^post for Ev0TRACE2 failed \(attempt 1, may have landed\); retrying/u) }));
    // One request, one reference on all its lines.
    expect(new Set(lines.map((e) => e.reference)).size).toBe(1);
    // The second post's answer is counted once the client has read it.
    await vi.waitFor(async () => {
      const counted = await bot.metrics.registry.getSingleMetricAsString('dossier_slack_api_calls_total');
      for (const result of ['5xx', 'ok']) expect(counted).toContain(`dossier_slack_api_calls_total{method="chat.postMessage",result="${result}"} 1`);
      expect(await bot.metrics.registry.getSingleMetricAsString('dossier_slack_api_retries_total')).toContain('dossier_slack_api_retries_total{method="chat.postMessage"} 1');
    });
  });

  it('an unhandled Slack 500 (views.publish): logged once as an error with a reference and the failed call under the same event', async () => {
    const bot = await app();
    mockWebApi({ fail: { 'views.publish': [500] } });
    await postToSlackEndpoint(bot.port, eventCallback({ type: 'app_home_opened', user: 'U2147483697', channel: 'D024BE91L', tab: 'home', event_ts: '1707806500.000100' }, 'Ev0TRACE3'));
    await vi.waitFor(() => expect(bot.log.entries().some((e) => e.level === 50)).toBe(true));
    const failure = bot.log.entries().find((e) => e.level === 50);
    expect(failure).toMatchObject({ event_id: 'Ev0TRACE3', msg: expect.stringMatching(/^\[\w+\] unhandled error: An HTTP protocol error occurred: statusCode = 500/u), err: expect.objectContaining({ stack: expect.any(String) }) });
    const trace = bot.log.entries().filter((e) => e.reference === failure?.reference);
    expect(trace).toContainEqual(expect.objectContaining({ slack_method: 'views.publish', status: 500, event_type: 'app_home_opened' }));
  });
});
