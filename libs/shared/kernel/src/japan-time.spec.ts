import { describe, expect, it } from 'vitest';
import {
  addDays,
  fiscalYearFirstDay,
  fiscalYearInterval,
  fiscalYearLastDay,
  fiscalYearOf,
  formatJapanDateTime,
  isCalendarDate,
  japanDateOf,
  japanDayInterval,
  minutesSinceJapanMidnight,
  parseDateTime,
  startOfJapanDay,
  todayInJapan,
} from './japan-time';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('the day in Japan', () => {
  it('rolls over at midnight JST (15:00 UTC), not at midnight UTC', () => {
    expect(todayInJapan(new Date('2020-03-31T14:59:59.999Z'))).toBe('2020-03-31');
    expect(todayInJapan(new Date('2020-03-31T15:00:00Z'))).toBe('2020-04-01');
    expect(japanDateOf(new Date('2019-12-31T15:00:00Z'))).toBe('2020-01-01');
  });

  it('counts minutes from JST midnight', () => {
    expect(minutesSinceJapanMidnight(new Date('2019-03-31T15:00:00Z'))).toBe(0);
    expect(minutesSinceJapanMidnight(new Date('2019-03-31T16:15:00Z'))).toBe(75);
    expect(minutesSinceJapanMidnight(new Date('2019-04-01T09:30:30Z'))).toBe(18 * 60 + 30.5);
    expect(minutesSinceJapanMidnight(new Date('2019-04-01T14:59:00Z'))).toBe(23 * 60 + 59);
  });

  it('finds the instants a Japanese day begins and ends', () => {
    expect(iso(startOfJapanDay('2019-04-01'))).toBe('2019-03-31T15:00:00.000Z');
    const leapDay = japanDayInterval('2020-02-29');
    expect(iso(leapDay.start)).toBe('2020-02-28T15:00:00.000Z');
    expect(iso(leapDay.end)).toBe('2020-02-29T15:00:00.000Z');
  });

  it('does not depend on the server time zone or its daylight saving', () => {
    const serverZone = process.env.TZ;
    try {
      // Node re-reads TZ when it changes: a server in Los Angeles on the day its clocks spring forward.
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date('2021-03-14T12:00:00Z').getTimezoneOffset()).toBe(420);
      expect(japanDateOf(new Date('2021-03-14T07:30:00-07:00'))).toBe('2021-03-14');
      expect(japanDateOf(new Date('2021-03-14T08:30:00-07:00'))).toBe('2021-03-15');
      expect(iso(startOfJapanDay('2021-03-14'))).toBe('2021-03-13T15:00:00.000Z');
      expect(formatJapanDateTime(new Date('2021-03-14T10:00:00Z'))).toBe('2021-03-14T19:00:00+09:00');
    } finally {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    }
  });
});

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD, leap days included', () => {
    for (const date of ['2019-04-01', '2020-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2019-12-31']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it('refuses days that do not exist and any other spelling', () => {
    for (const value of [
      '2019-02-29',
      '2019-02-30',
      '1900-02-29',
      '2019-04-31',
      '2019-13-01',
      '2019-00-10',
      '2019-04-00',
      '0000-01-01',
      '2019-4-1',
      '20190401',
      '2019/04/01',
      '2019-04-01T00:00:00+09:00',
      ' 2019-04-01',
      '2019-04-01\n',
      '+02019-04-01',
      '２０１９-04-01',
      '',
      20190401,
      null,
      new Date('2019-04-01'),
    ]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
  });

  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-03-31', 1)).toBe('2020-04-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('2019-02-30', 1)).toThrow(RangeError);
  });
});

describe('date-times (RFC 3339)', () => {
  it('reads date-times with an offset or Z into the instant they name', () => {
    expect(iso(parseDateTime('2026-12-01T18:00:00+09:00'))).toBe('2026-12-01T09:00:00.000Z');
    expect(iso(parseDateTime('2026-12-01T09:00:00Z'))).toBe('2026-12-01T09:00:00.000Z');
    expect(iso(parseDateTime('2026-12-01t09:00:00z'))).toBe('2026-12-01T09:00:00.000Z');
    expect(iso(parseDateTime('2026-12-01T04:00:00-05:00'))).toBe('2026-12-01T09:00:00.000Z');
    expect(iso(parseDateTime('2026-12-01T09:00:00-00:00'))).toBe('2026-12-01T09:00:00.000Z');
    expect(iso(parseDateTime('2026-12-01T18:00:00.5+09:00'))).toBe('2026-12-01T09:00:00.500Z');
    expect(iso(parseDateTime('2026-12-01T18:00:00.123456789+09:00'))).toBe('2026-12-01T09:00:00.123Z');
    expect(iso(parseDateTime('2020-02-29T23:59:59+09:00'))).toBe('2020-02-29T14:59:59.000Z');
    expect(iso(parseDateTime('0050-06-01T00:00:00Z'))).toBe('0050-06-01T00:00:00.000Z');
  });

  it('refuses what is not one', () => {
    for (const value of [
      '2026-12-01T18:00:00',
      '2026-12-01T18:00+09:00',
      '2026-12-01 18:00:00+09:00',
      '2026-12-01',
      '2026-02-30T10:00:00+09:00',
      '2026-12-01T24:00:00+09:00',
      '2026-12-01T18:60:00+09:00',
      '2016-12-31T23:59:60Z',
      '2026-12-01T18:00:00+24:00',
      '2026-12-01T18:00:00+0900',
      '2026-12-01T18:00:00.+09:00',
      '2026-12-01T18:00:00.1234567890+09:00',
      '2026-12-01T18:00:00 +09:00',
      '1764579600000',
      'tomorrow evening',
      1764579600000,
      new Date('2026-12-01T09:00:00Z'),
      undefined,
    ]) {
      expect(parseDateTime(value), String(value)).toBeNull();
    }
  });

  it('writes instants in Japan time with +09:00, milliseconds only when there are any', () => {
    expect(formatJapanDateTime(new Date('2019-04-01T00:30:00Z'))).toBe('2019-04-01T09:30:00+09:00');
    expect(formatJapanDateTime(new Date('2019-03-31T20:00:00Z'))).toBe('2019-04-01T05:00:00+09:00');
    expect(formatJapanDateTime(new Date('2019-03-31T14:59:59.250Z'))).toBe('2019-03-31T23:59:59.250+09:00');
    expect(() => formatJapanDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips: what it writes, it reads back as the same instant', () => {
    for (const text of ['2019-04-01T09:30:00Z', '2020-02-29T15:00:00.001Z', '2026-12-31T23:59:59.999-12:00']) {
      const instant = parseDateTime(text)!;
      expect(parseDateTime(formatJapanDateTime(instant))!.getTime()).toBe(instant.getTime());
    }
  });
});

describe('fiscal years (年度)', () => {
  it('names a fiscal year by the April it starts in', () => {
    expect(fiscalYearOf('2019-04-01')).toBe(2019);
    expect(fiscalYearOf('2020-03-31')).toBe(2019);
    expect(fiscalYearOf('2020-04-01')).toBe(2020);
    expect(fiscalYearOf('2020-01-01')).toBe(2019);
    expect(fiscalYearOf('2020-02-29')).toBe(2019);
  });

  it('takes an instant in Japan time: 1 April starts at 15:00 UTC on 31 March', () => {
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
    expect(fiscalYearOf(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2026-12-31T23:00:00+09:00'))).toBe(2026);
  });

  it('reads an instant on the Japanese calendar: 1 April begins at 15:00 UTC on 31 March', () => {
    expect(fiscalYearOf(new Date('2020-03-31T14:59:59.999Z'))).toBe(2019);
    expect(fiscalYearOf(new Date('2020-03-31T15:00:00Z'))).toBe(2020);
    expect(fiscalYearOf(new Date('2020-04-01T00:00:00+09:00'))).toBe(2020);
  });

  it('gives the first and last day and the [start, end) instants', () => {
    expect(fiscalYearFirstDay(2019)).toBe('2019-04-01');
    expect(fiscalYearLastDay(2019)).toBe('2020-03-31');
    const fy2019 = fiscalYearInterval(2019);
    expect(iso(fy2019.start)).toBe('2019-03-31T15:00:00.000Z');
    expect(iso(fy2019.end)).toBe('2020-03-31T15:00:00.000Z');
    expect(fiscalYearOf(fy2019.start)).toBe(2019);
    expect(fiscalYearOf(new Date(fy2019.end.getTime() - 1))).toBe(2019);
    expect(fiscalYearOf(fy2019.end)).toBe(2020);
  });

  it('refuses what is not a fiscal year or a date', () => {
    expect(() => fiscalYearFirstDay(2019.5)).toThrow(RangeError);
    expect(() => fiscalYearInterval(Number.NaN)).toThrow(RangeError);
    expect(() => fiscalYearOf('2019-02-30')).toThrow(RangeError);
    expect(() => fiscalYearOf(new Date('not a date'))).toThrow(RangeError);
  });
});
