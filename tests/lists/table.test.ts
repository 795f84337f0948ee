import { describe, expect, it } from 'vitest';
import { table } from '../../src/lists/table.js';

describe('table', () => {
  const days = table({ vandaag: 0, gisteren: -1 });

  it('holds its own entries only: no key of every object', () => {
    expect(days.gisteren).toBe(-1);
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(days[word]).toBeUndefined();
      expect(word in days).toBe(false);
    }
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(days)).toBe(true);
    expect(Object.keys(days)).toEqual(['vandaag', 'gisteren']);
  });
});
