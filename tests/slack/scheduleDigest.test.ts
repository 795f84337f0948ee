/** The daily digest in the running app: scheduled, posted through the Web API, and said in the log. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '@slack/bolt';
import type { Config } from '../../src/config/readConfig.js';
import { digestSource, type DigestSource } from '../../src/digest/digestSource.js';
import type { DigestScheduler } from '../../src/digest/schedule.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { createMetrics } from '../../src/observe/metrics.js';
import { scheduleDigest } from '../../src/slack/scheduleDigest.js';
import { QueryLog } from '../../src/state/queryLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { localTime } from '../../src/time/localTime.js';
import { startStandIn, type StandIn } from '../helpers/slackStandIn.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const index = tinyIndex({ troepen: ['Rusland stuurt troepen naar Kazachstan.'] });

let standIn: StandIn;
let scheduler: DigestScheduler | undefined;
const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schedule-digest-'));
  dirs.push(dir);
  return dir;
};
beforeEach(async () => {
  standIn = await startStandIn();
});
afterEach(async () => {
  scheduler?.stop();
  scheduler = undefined;
  await standIn.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const logger = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() });
const asLogger = (l: ReturnType<typeof logger>): Logger => l as unknown as Logger;

function config(digest: Partial<Config['digest']> = {}): Config {
  return {
    mode: 'http',
    port: 0,
    botToken: 'xoxb-test-schedule',
    signingSecret: 'secret',
    slackApiUrl: standIn.url,
    knowledgeDir: 'tests/fixtures/knowledge',
    stateDir: temp(),
    logLevel: 'error',
    logFormat: 'json',
    noColor: true,
  answerWorkers: 0,
  ingestAllowHosts: [],
    editors: { users: [], groups: [] },
    // Due at once, any day: the scheduler's first check posts.
    digest: { channels: ['C0DESK'], time: '00:00', timeZone: 'UTC', weekdaysOnly: false, ...digest },
  };
}

const source = (c: Config): DigestSource => digestSource(holdLibrary({ dossiers: [index], problems: [], byId: () => index, byCommand: () => index }), c.stateDir, c.digest, () => new Date(), new QueryLog());
const posts = () => standIn.calls.filter((c) => c.method === 'chat.postMessage');
const today = (): string => localTime(new Date(), 'UTC').date;

describe('scheduleDigest', () => {
  it('schedules nothing without digest channels', () => {
    const log = logger();
    const c = config({ channels: [] });
    expect(scheduleDigest(c, source(c), asLogger(log))).toBeUndefined();
    expect(log.info).not.toHaveBeenCalled();
  });

  it('says when and where the digest goes', () => {
    const log = logger();
    const c = config({ channels: ['C0DESK', 'C0NEWS'], time: '07:30', timeZone: 'Europe/Amsterdam', weekdaysOnly: true });
    const s = source(c);
    // Already sent today (and the days around it): this test only looks at what is said.
    for (const channel of c.digest.channels) for (const offset of [-1, 0, 1]) s.ledger.record(channel, localTime(new Date(Date.now() + offset * 86_400_000), 'Europe/Amsterdam').date, 'x', new Date());
    scheduler = scheduleDigest(c, s, asLogger(log));
    expect(scheduler).toBeDefined();
    expect(log.info).toHaveBeenCalledWith('daily digest to C0DESK, C0NEWS at 07:30 Europe/Amsterdam on weekdays');
  });

  it('posts a due digest at once, through the configured Web API, and logs and counts that it went', async () => {
    const log = logger();
    const c = config();
    const s = source(c);
    const compose = vi.spyOn(s, 'composeShared');
    const metrics = createMetrics();
    scheduler = scheduleDigest(c, s, asLogger(log), undefined, metrics);
    expect(compose).toHaveBeenCalledWith({ channel: 'C0DESK' });
    await expect.poll(() => log.info.mock.calls.flat().includes('digest posted to C0DESK'), { timeout: 5_000, interval: 20 }).toBe(true);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body.channel).toBe('C0DESK');
    expect(String(posts()[0]?.body.text)).toContain(`Dossier digest ${today()}`);
    expect(s.ledger.sent('C0DESK', today())).toBe(true);
    expect(log.warn).not.toHaveBeenCalled();
    const text = await metrics.registry.metrics();
    expect(text).toContain('dossier_digests_total{result="posted"} 1');
    expect(text).toContain('dossier_slack_api_calls_total{method="chat.postMessage",result="ok"} 1');
  });

  it('posts nothing when today’s digest went out already', async () => {
    const log = logger();
    const c = config();
    const s = source(c);
    for (const offset of [-1, 0, 1]) s.ledger.record('C0DESK', localTime(new Date(Date.now() + offset * 86_400_000), 'UTC').date, 'x', new Date());
    const compose = vi.spyOn(s, 'composeShared');
    scheduler = scheduleDigest(c, s, asLogger(log));
    // The first check runs at once, up to composing a due digest: nothing was due.
    expect(compose).not.toHaveBeenCalled();
    await scheduler?.tick();
    expect(compose).not.toHaveBeenCalled();
    expect(posts()).toHaveLength(0);
    expect(log.info.mock.calls.flat().some((m) => String(m).startsWith('digest posted'))).toBe(false);
  });

  it('logs an error when Slack refuses the digest, the failed call with it, and counts it as failed, not sent', async () => {
    const log = logger();
    standIn.failNext('chat.postMessage', 404, 1);
    const c = config();
    const s = source(c);
    const metrics = createMetrics();
    scheduler = scheduleDigest(c, s, asLogger(log), undefined, metrics);
    await expect.poll(() => log.error.mock.calls.length, { timeout: 5_000, interval: 20 }).toBeGreaterThan(0);
    expect(String(log.error.mock.calls.at(-1)?.[0])).toMatch(/^digest to C0DESK not sent: /u);
    expect(log.warn).toHaveBeenCalledWith('Slack call chat.postMessage failed: 404', expect.objectContaining({ slack_method: 'chat.postMessage', status: 404, result: 'error' }));
    const text = await metrics.registry.metrics();
    expect(text).toContain('dossier_digests_total{result="failed"} 1');
    expect(text).toContain('dossier_slack_api_calls_total{method="chat.postMessage",result="error"} 1');
    expect(s.ledger.sent('C0DESK', today())).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('leaves the digest to the replica that holds it in the shared store', async () => {
    const log = logger();
    const c = config();
    const s = source(c);
    const store = new FileStore({ stateDir: temp() });
    for (const offset of [-1, 0, 1]) await store.claim(`digest:C0DESK:${localTime(new Date(Date.now() + offset * 86_400_000), 'UTC').date}`, 'other-replica', 60_000);
    const metrics = createMetrics();
    scheduler = scheduleDigest(c, s, asLogger(log), store, metrics);
    await expect.poll(() => log.info.mock.calls.flat().includes('digest to C0DESK is being posted by another replica'), { timeout: 5_000, interval: 20 }).toBe(true);
    expect(posts()).toHaveLength(0);
    expect(await metrics.registry.metrics()).toContain('dossier_digests_total{result="skipped"} 1');
  });
});
