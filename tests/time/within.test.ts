import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '../../src/time/within.js';

afterEach(() => vi.useRealTimers());

describe('within', () => {
  it('gives the value when it comes in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    expect(await within(Promise.resolve(42), 500)).toEqual({ value: 42 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives undefined when the deadline passes first', async () => {
    vi.useFakeTimers();
    const waiting = within(new Promise<number>(() => undefined), 500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await waiting).toBeUndefined();
  });

  it('passes a failure on', async () => {
    await expect(within(Promise.reject(new Error('stat failed')), 500)).rejects.toThrow('stat failed');
  });
});
