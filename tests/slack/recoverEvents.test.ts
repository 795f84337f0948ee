/** Events whose replica died before answering are run through the app again by a live replica. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App } from '@slack/bolt';
import { recoverEvents, SWEEP_MS, sweepEvents } from '../../src/slack/recoverEvents.js';
import type { EventClaims, PendingEvent } from '../../src/state/eventClaims.js';

afterEach(() => {
  vi.useRealTimers();
});

const body = (eventId: string, user = 'U0ASKER'): Record<string, unknown> => ({ type: 'event_callback', event_id: eventId, event: { type: 'app_mention', user, text: `<@UBOT> troepen`, channel: 'C1', ts: '1.1' } });

function fakes(pending: PendingEvent[] | Error, processEvent = vi.fn(async () => undefined)) {
  const overdue = vi.fn(async () => (pending instanceof Error ? Promise.reject(pending) : pending));
  return { claims: { overdue } as unknown as EventClaims, overdue, app: { processEvent } as unknown as App, processEvent, log: vi.fn<(message: string) => void>() };
}

describe('recoverEvents', () => {
  it('runs every overdue event through the app again, marked as recovered', async () => {
    const { claims, app, processEvent, log } = fakes([{ eventId: 'Ev1', body: body('Ev1') }, { eventId: 'Ev2', body: body('Ev2') }]);
    expect(await recoverEvents(app, claims, log)).toBe(2);
    expect(processEvent).toHaveBeenCalledTimes(2);
    const [first] = processEvent.mock.calls[0] as unknown as [{ body: unknown; ack: () => Promise<unknown>; customProperties: unknown }];
    expect(first.body).toEqual(body('Ev1'));
    expect(first.customProperties).toEqual({ recovered: true });
    await expect(first.ack()).resolves.toBeUndefined();
    expect((processEvent.mock.calls[1] as unknown as [{ body: unknown }])[0].body).toEqual(body('Ev2'));
  });

  it('does nothing when no event is overdue', async () => {
    const { claims, app, processEvent, log } = fakes([]);
    expect(await recoverEvents(app, claims, log)).toBe(0);
    expect(processEvent).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('says which event it answers, by id only: no user ids in the log', async () => {
    const { claims, app, log } = fakes([{ eventId: 'Ev1', body: body('Ev1', 'U0SECRET') }]);
    await recoverEvents(app, claims, log);
    expect(log).toHaveBeenCalledWith('answering event Ev1: the replica that took it did not finish');
    expect(log.mock.calls.flat().join('\n')).not.toContain('U0SECRET');
  });

  it('goes on with the next event when one fails again, and says so', async () => {
    const processEvent = vi.fn(async ({ body: b }: { body: Record<string, unknown> }) => {
      if (b.event_id === 'Ev1') throw new Error('channel_not_found');
    });
    const { claims, app, log } = fakes([{ eventId: 'Ev1', body: body('Ev1') }, { eventId: 'Ev2', body: body('Ev2') }], processEvent as never);
    await expect(recoverEvents(app, claims, log)).resolves.toBeGreaterThanOrEqual(1);
    expect(processEvent).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith('event Ev1 still not answered: channel_not_found');
  });

  it('waits for the state store to come back rather than fail', async () => {
    const { claims, app, processEvent, log } = fakes(new Error('redis down'));
    expect(await recoverEvents(app, claims, log)).toBe(0);
    expect(processEvent).not.toHaveBeenCalled();
  });
});

describe('sweepEvents', () => {
  it('looks for overdue events every sweep, until stopped', async () => {
    vi.useFakeTimers();
    const { claims, app, overdue, log } = fakes([]);
    const sweeper = sweepEvents(app, claims, log);
    expect(overdue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SWEEP_MS);
    expect(overdue).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SWEEP_MS * 2);
    expect(overdue).toHaveBeenCalledTimes(3);
    sweeper.stop();
    await vi.advanceTimersByTimeAsync(SWEEP_MS * 3);
    expect(overdue).toHaveBeenCalledTimes(3);
  });

  it('never keeps the process alive by itself', () => {
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setInterval').mockImplementation((() => ({ unref, [Symbol.toPrimitive]: () => 1 })) as unknown as typeof setInterval);
    const clear = vi.spyOn(globalThis, 'clearInterval').mockImplementation(() => undefined);
    const { claims, app, log } = fakes([]);
    sweepEvents(app, claims, log).stop();
    expect(spy).toHaveBeenCalledWith(expect.any(Function), SWEEP_MS);
    expect(unref).toHaveBeenCalledTimes(1);
    expect(clear).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    clear.mockRestore();
  });
});
