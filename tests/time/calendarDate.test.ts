import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../src/time/calendarDate.js';

describe('isValidDate', () => {
  it.each([
    ['2022-01', true],
    ['2022-01-06', true],
    ['2022-12-31', true],
    ['2024-02-29', true],
    ['2022-02-29', false],
    ['2022-04-31', false],
    ['2022-13', false],
    ['2022-00', false],
    ['2022-01-00', false],
    ['2022-01-32', false],
    ['2022-1-6', false],
    ['6-1-2022', false],
    ['22-01-06', false],
    ['2022', false],
    [' 2022-01', false],
    ['2022-01-06T10:00', false],
    ['unknown', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidDate(value)).toBe(valid);
  });

  it('agrees with the calendar on every day of 1900–2100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const real = date.getUTCMonth() === month - 1;
        expect(isValidDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)).toBe(real);
      }),
      { seed: 20220106, numRuns: 500 },
    );
  });
});
