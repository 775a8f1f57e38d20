import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDateOfDay, jstTimestamp, laterDate } from './dates';

describe('demo date helpers', () => {
  it('round-trips dates through day numbers across a leap day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDateOfDay(dayNumber('2020-02-28') + 1)).toBe('2020-02-29');
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
    expect(addDays('2019-04-01', 365)).toBe('2020-03-31');
  });

  it('refuses text that is not a date', () => {
    expect(() => dayNumber('2019-13-45')).toThrow(RangeError);
  });

  it('picks the later date and writes JST wall-clock timestamps', () => {
    expect(laterDate('1998-12-01', '1999-04-01')).toBe('1999-04-01');
    expect(jstTimestamp('2019-04-01', 9 * 60 + 30)).toBe('2019-04-01T09:30:00+09:00');
  });
});
