import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/config/readConfig.js';
import { DigestLedger } from '../../src/digest/ledger.js';
import { localTime } from '../../src/time/localTime.js';
import { DigestScheduler } from '../../src/digest/schedule.js';

/** A scheduler on a fake clock whose deliveries succeed and are recorded like real ones. */
function harness(settings: Partial<DigestSettings> = {}, stateDir = mkdtempSync(path.join(tmpdir(), 'schedule-'))) {
  const full: DigestSettings = { channels: ['C0DESK'], time: '08:00', timeZone: 'Europe/Amsterdam', weekdaysOnly: false, ...settings };
  const clock = { now: new Date('2026-11-20T06:00:00Z') };
  const ledger = new DigestLedger(stateDir);
  const posted: Array<{ channel: string; date: string; at: string }> = [];
  const scheduler = new DigestScheduler({
    settings: full,
    ledger,
    now: () => clock.now,
    deliver: async (channel, date) => {
      posted.push({ channel, date, at: clock.now.toISOString() });
      ledger.record(channel, date, String(posted.length), clock.now);
    },
  });
  /** Ticks every `stepMinutes` from `from` to `to` (UTC), as the running app would. */
  const run = async (from: string, to: string, stepMinutes = 5): Promise<void> => {
    for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) {
      clock.now = new Date(t);
      await scheduler.tick();
    }
  };
  return { scheduler, posted, run, stateDir, clock };
}

describe('the digest schedule', () => {
  it('posts once a day at DIGEST_TIME local time', async () => {
    const { posted, run } = harness();
    await run('2026-11-20T00:00:00Z', '2026-11-22T23:55:00Z');
    // 08:00 in Amsterdam in November is 07:00 UTC.
    expect(posted.map((p) => p.at)).toEqual(['2026-11-20T07:00:00.000Z', '2026-11-21T07:00:00.000Z', '2026-11-22T07:00:00.000Z']);
    expect(posted.map((p) => p.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('never posts twice across a restart, and catches up the same day after downtime', async () => {
    const first = harness();
    await first.run('2026-11-20T06:00:00Z', '2026-11-20T07:30:00Z');
    expect(first.posted).toHaveLength(1);
    // Restarted later that day: a new scheduler on the same state.
    const second = harness({}, first.stateDir);
    await second.run('2026-11-20T09:00:00Z', '2026-11-20T12:00:00Z');
    expect(second.posted).toEqual([]);
    // Down over the next morning's 08:00, back at 10:30 local: the digest follows at once.
    await second.run('2026-11-21T09:30:00Z', '2026-11-21T10:00:00Z');
    expect(second.posted.map((p) => p.at)).toEqual(['2026-11-21T09:30:00.000Z']);
  });

  it('handles the DST change in spring: 02:30 does not exist, the digest comes at 03:00', async () => {
    const { posted, run } = harness({ time: '02:30' });
    // Europe/Amsterdam springs forward on 29 March 2026 at 02:00 local (01:00 UTC) to 03:00.
    await run('2026-03-28T23:05:00Z', '2026-03-29T12:00:00Z');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.at).toBe('2026-03-29T01:00:00.000Z');
    expect(localTime(new Date(posted[0]?.at ?? ''), 'Europe/Amsterdam')).toMatchObject({ date: '2026-03-29', minutes: 180 });
  });

  it('handles the DST change in autumn: 02:30 happens twice, the digest once', async () => {
    const { posted, run } = harness({ time: '02:30' });
    // 25 October 2026: 03:00 local falls back to 02:00, so 02:30 occurs at 00:30 and 01:30 UTC.
    await run('2026-10-24T22:00:00Z', '2026-10-25T06:00:00Z');
    expect(posted.map((p) => p.at)).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('skips weekends when asked to', async () => {
    const { posted, run } = harness({ weekdaysOnly: true });
    // Friday 20 to Monday 23 November 2026.
    await run('2026-11-20T00:00:00Z', '2026-11-23T23:00:00Z', 30);
    expect(posted.map((p) => p.date)).toEqual(['2026-11-20', '2026-11-23']);
  });

  it('posts to every channel, each once', async () => {
    const { posted, run } = harness({ channels: ['C0DESK', 'C0NIGHT'] });
    await run('2026-11-20T06:55:00Z', '2026-11-20T08:00:00Z');
    expect(posted.map((p) => p.channel).sort()).toEqual(['C0DESK', 'C0NIGHT']);
  });

  it('does not record a failed delivery, so the next tick tries again', async () => {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'schedule-'));
    const ledger = new DigestLedger(stateDir);
    let calls = 0;
    const scheduler = new DigestScheduler({
      settings: { channels: ['C0DESK'], time: '08:00', timeZone: 'Europe/Amsterdam', weekdaysOnly: false },
      ledger,
      now: () => new Date('2026-11-20T07:10:00Z'),
      deliver: async (channel, date) => {
        calls++;
        if (calls === 1) throw new Error('network down');
        ledger.record(channel, date, 'ts', new Date());
      },
    });
    await scheduler.tick();
    await scheduler.tick();
    await scheduler.tick();
    expect(calls).toBe(2);
  });
});
