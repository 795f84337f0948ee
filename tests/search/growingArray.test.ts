import { describe, expect, it } from 'vitest';
import { GrowingUint32 } from '../../src/search/growingArray.js';

describe('GrowingUint32', () => {
  it('keeps every value pushed, in order, past its first capacity', () => {
    const growing = new GrowingUint32();
    for (let i = 0; i < 5000; i++) growing.push(i * 7);
    const values = growing.toArray();
    expect(values.length).toBe(5000);
    expect(values[0]).toBe(0);
    expect(values[4999]).toBe(4999 * 7);
    expect(values.every((v, i) => v === i * 7)).toBe(true);
  });

  it('extends by many values at once, past its capacity, keeping those before', () => {
    const growing = new GrowingUint32();
    growing.push(5);
    const at = growing.extend(3000);
    for (let k = 0; k < 3000; k++) growing.buffer[at + k] = k;
    growing.push(9);
    expect(at).toBe(1);
    expect([...growing.toArray().subarray(0, 3)]).toEqual([5, 0, 1]);
    expect(growing.toArray().length).toBe(3002);
    expect(growing.toArray()[3001]).toBe(9);
  });
});

