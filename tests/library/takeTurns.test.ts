import { describe, expect, it } from 'vitest';
import { turnQueue } from '../../src/library/takeTurns.js';
import { currentRequest, withRequest } from '../../src/observe/requestContext.js';

/** A scheduler the test steps by hand: each `turn()` is one event-loop turn. */
function manualTurns(): { schedule: (next: () => void) => void; turn: () => Promise<void>; pending: () => number } {
  const due: Array<() => void> = [];
  return {
    schedule: (next) => void due.push(next),
    turn: async () => {
      due.shift()?.();
      await Promise.resolve();
    },
    pending: () => due.length,
  };
}

describe('turnQueue', () => {
  it('never runs a job in the caller’s turn, and runs one job per turn, first in first out', async () => {
    const turns = manualTurns();
    const queue = turnQueue({ schedule: turns.schedule });
    const ran: string[] = [];
    const results = ['a', 'b', 'c'].map((name) =>
      queue.run(() => {
        ran.push(name);
        return name.toUpperCase();
      }),
    );
    expect(ran).toEqual([]);
    expect(queue.waiting).toBe(3);
    await turns.turn();
    expect(ran).toEqual(['a']);
    await turns.turn();
    expect(ran).toEqual(['a', 'b']);
    await turns.turn();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
    expect(turns.pending()).toBe(0);
  });

  it('runs each job as part of the request that queued it, whichever request started the turn', async () => {
    const turns = manualTurns();
    const queue = turnQueue({ schedule: turns.schedule });
    const seen = withRequest({ kind: 'event', event_id: 'EvA', reference: 'AAAAAA' }, () => queue.run(() => currentRequest()?.event_id));
    const later = withRequest({ kind: 'event', event_id: 'EvB', reference: 'BBBBBB' }, () => queue.run(() => currentRequest()?.event_id));
    const outside = queue.run(() => currentRequest()?.event_id);
    await turns.turn();
    await turns.turn();
    await turns.turn();
    expect(await Promise.all([seen, later, outside])).toEqual(['EvA', 'EvB', undefined]);
  });

  it('rejects the job that throws and goes on with the next', async () => {
    const turns = manualTurns();
    const queue = turnQueue({ schedule: turns.schedule });
    const failing = queue.run(() => {
      throw new Error('broken question');
    });
    const next = queue.run(() => 42);
    await turns.turn();
    await expect(failing).rejects.toThrow('broken question');
    await turns.turn();
    expect(await next).toBe(42);
  });

  it('lets requests that arrive meanwhile go first (real event loop)', async () => {
    const queue = turnQueue();
    const order: string[] = [];
    const jobs = [queue.run(() => order.push('job 1')), queue.run(() => order.push('job 2'))];
    // Stands for an incoming request: I/O that is ready while the jobs wait.
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        order.push('request');
        resolve();
      });
    });
    await Promise.all(jobs);
    expect(order.indexOf('request')).toBeLessThan(order.indexOf('job 2'));
  });
});

describe('turnQueue.expectedMs', () => {
  it('estimates the wait from the jobs waiting and how long recent jobs took', async () => {
    let clock = 0;
    const turns = manualTurns();
    const queue = turnQueue({ schedule: turns.schedule, now: () => clock });
    expect(queue.expectedMs()).toBe(0);
    // Each job "takes" 50 ms of the fake clock.
    const slow = (): void => {
      clock += 50;
    };
    void queue.run(slow);
    await turns.turn();
    expect(queue.expectedMs()).toBe(50);
    for (let i = 0; i < 9; i++) void queue.run(slow);
    // Nine waiting, plus the one asking: ten jobs of 50 ms.
    expect(queue.expectedMs()).toBe(500);
  });
});
