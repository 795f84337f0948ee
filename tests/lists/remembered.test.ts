import { describe, expect, it } from 'vitest';
import { kept, remembered } from '../../src/lists/remembered.js';

describe('remembered', () => {
  it('computes a key once, an undefined value too', () => {
    const memo = new Map<string, string | undefined>();
    let calls = 0;
    const compute = (value: string | undefined) => () => {
      calls++;
      return value;
    };
    expect(remembered(memo, 'a', 10, compute('A'))).toBe('A');
    expect(remembered(memo, 'a', 10, compute('other'))).toBe('A');
    expect(remembered(memo, 'b', 10, compute(undefined))).toBeUndefined();
    expect(remembered(memo, 'b', 10, compute('other'))).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('never holds more than its limit, whatever keys come', () => {
    const memo = new Map<string, number>();
    for (let i = 0; i < 1000; i++) expect(remembered(memo, `k${i}`, 64, () => i)).toBe(i);
    expect(memo.size).toBeLessThanOrEqual(64);
  });
});

describe('kept', () => {
  it('makes a value once per key and hands the same one back', () => {
    const cache = new WeakMap<object, number[]>();
    const key = {};
    let made = 0;
    const make = (): number[] => {
      made++;
      return [made];
    };
    const first = kept(cache, key, make);
    expect(kept(cache, key, make)).toBe(first);
    expect(kept(cache, {}, make)).not.toBe(first);
    expect(made).toBe(2);
  });
});
