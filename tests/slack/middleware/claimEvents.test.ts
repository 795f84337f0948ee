/**
 * The global claim middleware called directly with a fake `next`: an event is handed to the
 * listeners once, marked done after they finished, given up when they failed; other bodies pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Logger } from '@slack/bolt';
import { claimEvents } from '../../../src/slack/middleware/claimEvents.js';
import { createMetrics, type Metrics } from '../../../src/observe/metrics.js';
import { EventClaims } from '../../../src/state/eventClaims.js';
import { FileStore } from '../../../src/state/store/fileStore.js';

type MiddlewareArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The store's clock, moved by hand: claims expire without waiting. */
let clock: number;
let claims: EventClaims;
let logger: Logger & { info: Mock };

const CLAIM_TTL_MS = 60_000;

beforeEach(() => {
  clock = Date.UTC(2024, 1, 13, 9, 0, 0);
  const stateDir = mkdtempSync(path.join(tmpdir(), 'claim-events-'));
  dirs.push(stateDir);
  claims = new EventClaims(new FileStore({ stateDir, now: () => clock }), { owner: 'replica-1', claimTtlMs: CLAIM_TTL_MS });
  logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() } as unknown as Logger & { info: Mock };
});

function eventBody(eventId: string): Record<string, unknown> {
  return { type: 'event_callback', team_id: 'T0001', api_app_id: 'A1', event_id: eventId, event_time: 1707806347, event: { type: 'app_mention', user: 'U1', text: '<@UBOT> troops', ts: '1707806347.397809', channel: 'C1', event_ts: '1707806347.397809' } };
}

/** Runs the middleware once on `body`, with `next` doing what the listeners would. */
function deliver(body: Record<string, unknown>, next: () => Promise<void> = async () => undefined, retryNum?: number, metrics?: Metrics): { run: Promise<void>; next: Mock } {
  const spy = vi.fn(next);
  const run = claimEvents(claims, metrics)({ body, payload: body, next: spy, logger, context: { ...(retryNum === undefined ? {} : { retryNum }) }, client: {} } as unknown as MiddlewareArgs);
  return { run, next: spy };
}

/** A `next` that finishes when the test says so. */
function pending(): { next: () => Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { next: () => promise, resolve, reject };
}

describe('an Events API delivery', () => {
  it('a new event id is handed to the listeners once', async () => {
    const first = deliver(eventBody('Ev1'));
    await first.run;
    expect(first.next).toHaveBeenCalledTimes(1);
  });

  it('a second delivery of the same id, after it was answered, is not', async () => {
    await deliver(eventBody('Ev1')).run;
    const retry = deliver(eventBody('Ev1'), undefined, 1);
    await retry.run;
    expect(retry.next).not.toHaveBeenCalled();
    expect(String(logger.info.mock.calls[0]?.[0])).toBe('skipping event Ev1: already answered or being answered (retry 1)');
  });

  it('counts the deliveries it skips', async () => {
    const metrics = createMetrics();
    await deliver(eventBody('Ev1'), undefined, undefined, metrics).run;
    await deliver(eventBody('Ev1'), undefined, 1, metrics).run;
    await deliver(eventBody('Ev1'), undefined, 2, metrics).run;
    expect(await metrics.registry.getSingleMetricAsString('dossier_events_deduplicated_total')).toContain('dossier_events_deduplicated_total 2');
  });

  it('a second delivery while the first is still being answered is not either', async () => {
    const slow = pending();
    const first = deliver(eventBody('Ev1'), slow.next);
    const retry = deliver(eventBody('Ev1'), undefined, 1);
    await retry.run;
    expect(retry.next).not.toHaveBeenCalled();
    slow.resolve();
    await first.run;
    expect(first.next).toHaveBeenCalledTimes(1);
  });

  it('other event ids are answered independently', async () => {
    const deliveries = ['Ev1', 'Ev2', 'Ev3'].map((id) => deliver(eventBody(id)));
    await Promise.all(deliveries.map((d) => d.run));
    for (const d of deliveries) expect(d.next).toHaveBeenCalledTimes(1);
  });

  it('marks the event done only after the listeners finished', async () => {
    const finish = vi.spyOn(claims, 'finish');
    const slow = pending();
    const first = deliver(eventBody('Ev1'), slow.next);
    await vi.waitFor(() => expect(first.next).toHaveBeenCalledTimes(1));
    expect(finish).not.toHaveBeenCalled();
    slow.resolve();
    await first.run;
    expect(finish).toHaveBeenCalledExactlyOnceWith('Ev1');
    // Done, not merely held: long after a claim would have run out, a late retry is still not answered.
    clock += CLAIM_TTL_MS * 10;
    const late = deliver(eventBody('Ev1'), undefined, 3);
    await late.run;
    expect(late.next).not.toHaveBeenCalled();
  });

  it('an event whose listeners never finished is answered again once its claim ran out', async () => {
    // The contrast to "done": a claim that was never finished expires (its replica died).
    const stuck = deliver(eventBody('Ev1'), () => new Promise<void>(() => undefined));
    await vi.waitFor(() => expect(stuck.next).toHaveBeenCalledTimes(1));
    clock += CLAIM_TTL_MS + 1;
    const retry = deliver(eventBody('Ev1'), undefined, 1);
    await retry.run;
    expect(retry.next).toHaveBeenCalledTimes(1);
  });

  it('gives the claim up when the listeners throw, rethrowing, so Slack’s retry answers it', async () => {
    const abandon = vi.spyOn(claims, 'abandon');
    const finish = vi.spyOn(claims, 'finish');
    const failure = new Error('reply not posted');
    const first = deliver(eventBody('Ev1'), async () => {
      throw failure;
    });
    await expect(first.run).rejects.toBe(failure);
    expect(abandon).toHaveBeenCalledExactlyOnceWith('Ev1');
    expect(finish).not.toHaveBeenCalled();
    // The retry comes at once, well inside the claim's lifetime, and is answered.
    const retry = deliver(eventBody('Ev1'), undefined, 1);
    await retry.run;
    expect(retry.next).toHaveBeenCalledTimes(1);
    expect(finish).toHaveBeenCalledExactlyOnceWith('Ev1');
  });

  it('a clean stop waits for an event being answered, and no longer once it is', async () => {
    const slow = pending();
    const first = deliver(eventBody('Ev1'), slow.next);
    await vi.waitFor(() => expect(first.next).toHaveBeenCalledTimes(1));
    let drained = false;
    const draining = claims.drained(5_000).then(() => {
      drained = true;
    });
    await Promise.resolve();
    expect(drained).toBe(false);
    slow.resolve();
    await first.run;
    await draining;
    expect(drained).toBe(true);
  });
});

describe('anything but an Events API delivery', () => {
  it.each([
    ['a slash command', { command: '/kazakhstan', text: 'troops', user_id: 'U1', channel_id: 'C1', response_url: 'https://hooks.slack.test/commands/1', trigger_id: '1.2.3' }],
    ['a button click', { type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'answer_more', value: '{}' }] }],
    ['a body whose event_id is not a string', { type: 'event_callback', event_id: 42, event: { type: 'app_mention' } }],
  ])('%s always passes through, every time', async (_label, body) => {
    const begin = vi.spyOn(claims, 'begin');
    const first = deliver(body);
    const again = deliver(body);
    await Promise.all([first.run, again.run]);
    expect(first.next).toHaveBeenCalledTimes(1);
    expect(again.next).toHaveBeenCalledTimes(1);
    expect(begin).not.toHaveBeenCalled();
  });

  it('passes the listeners’ error through untouched', async () => {
    const failure = new Error('command failed');
    await expect(deliver({ command: '/kazakhstan', text: 'troops' }, async () => Promise.reject(failure)).run).rejects.toBe(failure);
  });
});
