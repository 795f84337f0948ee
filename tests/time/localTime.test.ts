import { describe, expect, it } from 'vitest';
import { isTimeZone, localTime, longDate, parseClockTime } from '../../src/time/localTime.js';

describe('localTime', () => {
  it('gives the wall-clock date, minutes and weekday in a zone, across a DST change', () => {
    // 2026-03-29 is the night Amsterdam moves from UTC+1 to UTC+2.
    expect(localTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-03-29', minutes: 90, weekday: 7 });
    expect(localTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-03-29', minutes: 210, weekday: 7 });
    expect(localTime(new Date('2026-03-29T22:30:00Z'), 'Europe/Amsterdam')).toMatchObject({ date: '2026-03-30', weekday: 1 });
  });

  it('knows real time zones and clock times, and refuses others', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(parseClockTime('08:30')).toBe(510);
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(parseClockTime('8h')).toBeUndefined();
  });

  it('writes a day as people read it', () => {
    expect(longDate('2022-01-10')).toBe('Monday, 10 January 2022');
  });
});
