/**
 * The city's clock and calendar: Japan Standard Time and the Japanese fiscal year (年度).
 *
 * Japan Standard Time is UTC+9 all year round (Japan has had no daylight saving time since
 * 1951), so converting between an instant and the city's wall clock is a fixed shift, not a
 * time-zone database lookup. Everything here is pure and independent of the server's own
 * time zone.
 *
 * Two kinds of value travel through the system:
 * - an instant (a booking's start, a session's end) is a JS `Date`;
 * - a calendar date (a founding date, a survey's closing day) is a `YYYY-MM-DD` string naming
 *   a day of the city's calendar. It is not an instant: it has no time and no zone.
 *
 * Functions that take a calendar date or a fiscal year throw a RangeError when given one that
 * is not valid: callers validate what users send (`isCalendarDate`, `parseDateTime`, the
 * GraphQL scalars) before calling them, so a bad value here is a bug, not a user error.
 */

/** The offset of Japan Standard Time, as RFC 3339 writes it. */
export const JAPAN_UTC_OFFSET = '+09:00';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const JAPAN_OFFSET_MS = 9 * 60 * MINUTE_MS;

/** Calendar dates are four-digit years: 0001-01-01 … 9999-12-31. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readCalendarDate(value: unknown): DayParts | null {
  if (typeof value !== 'string') return null;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

function requireCalendarDate(value: string): DayParts {
  const parts = readCalendarDate(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

function requireInstant(instant: Date): number {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError('Not a valid instant (an invalid Date).');
  return time;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Milliseconds since the epoch of 00:00 UTC on a day; setUTCFullYear keeps years below 100 as written. */
function utcMidnightOf({ year, month, day }: DayParts): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The UTC calendar fields of a time value, as YYYY-MM-DD. */
function formatUtcDay(time: number): string {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------
// Calendar dates

/**
 * Whether a value is a calendar date written `YYYY-MM-DD` that names a day that exists:
 * 2020-02-29 is one, 2019-02-29, 2019-02-30, 2019-13-01, 2019-4-1 and 2019-04-01T00:00 are not.
 */
export function isCalendarDate(value: unknown): value is string {
  return readCalendarDate(value) !== null;
}

/** The calendar date `days` days after (or, when negative, before) `date`. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const result = formatUtcDay(utcMidnightOf(requireCalendarDate(date)) + days * DAY_MS);
  requireCalendarDate(result);
  return result;
}

// ---------------------------------------------------------------------------------------
// Instants and Japan's wall clock

/** The calendar day in Japan on which an instant falls, as YYYY-MM-DD. */
export function japanDateOf(instant: Date): string {
  return formatUtcDay(requireInstant(instant) + JAPAN_OFFSET_MS);
}

/** Today's date in Japan as YYYY-MM-DD: the city's calendar, whatever the server's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  return japanDateOf(now);
}

/** Minutes since midnight in Japan, fractions included: 18:30 JST is 1110. */
export function minutesSinceJapanMidnight(instant: Date): number {
  const shifted = requireInstant(instant) + JAPAN_OFFSET_MS;
  return (((shifted % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

/** The instant at which a calendar day begins in Japan: 2019-04-01 begins at 2019-03-31T15:00:00Z. */
export function startOfJapanDay(date: string): Date {
  return new Date(utcMidnightOf(requireCalendarDate(date)) - JAPAN_OFFSET_MS);
}

/**
 * The instants [start, end) that make up a calendar day in Japan; `end` is the next day's
 * start, so a window of whole days is `start` of the first and `end` of the last.
 */
export function japanDayInterval(date: string): { start: Date; end: Date } {
  return { start: startOfJapanDay(date), end: startOfJapanDay(addDays(date, 1)) };
}

/**
 * An instant as an RFC 3339 date-time in Japan Standard Time, how the city's timetables
 * read: 2019-04-01T09:30:00+09:00. Milliseconds are written only when there are any
 * (2019-04-01T09:30:00.250+09:00).
 */
export function formatJapanDateTime(instant: Date): string {
  const shifted = new Date(requireInstant(instant) + JAPAN_OFFSET_MS);
  const milliseconds = shifted.getUTCMilliseconds();
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${formatUtcDay(shifted.getTime())}T${time}${milliseconds ? `.${pad(milliseconds, 3)}` : ''}${JAPAN_UTC_OFFSET}`;
}

/**
 * RFC 3339 date-time (section 5.6): full date, `T`, time with seconds, an optional fraction,
 * and an offset that must be stated (`Z` or ±hh:mm). RFC 3339 lets `T` and `Z` be lower case.
 */
const RFC3339_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads an RFC 3339 date-time that states its offset, e.g. 2026-12-01T18:00:00+09:00 or
 * 2026-12-01T09:00:00Z, into the instant it names; null for anything else: no offset,
 * no seconds, a date alone, a day or time that does not exist (2026-02-30, 24:00), an
 * offset beyond ±23:59, or a leap second (:60, which a JS Date cannot hold). Fractions
 * beyond the millisecond are cut off.
 */
export function parseDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = RFC3339_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [fraction = '', zulu, sign, offsetHours, offsetMinutes] = match.slice(7);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMs = 0;
  if (!zulu) {
    if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
    offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * MINUTE_MS;
  }
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallClock = utcMidnightOf({ year, month, day }) + ((hour * 60 + minute) * 60 + second) * 1000 + milliseconds;
  return new Date(wallClock - offsetMs);
}

// ---------------------------------------------------------------------------------------
// Fiscal years (年度): 1 April to 31 March, named by the year it starts in.
// FY2019 = 2019-04-01 … 2020-03-31.

/** The month (1-based) in which a fiscal year starts. */
export const FISCAL_YEAR_START_MONTH = 4;

function requireFiscalYear(fiscalYear: number): number {
  // The year after must exist too: FY9999 would end in the year 10000.
  if (!Number.isInteger(fiscalYear) || fiscalYear < FIRST_YEAR || fiscalYear >= LAST_YEAR) {
    throw new RangeError(`Not a fiscal year: ${fiscalYear}`);
  }
  return fiscalYear;
}

/**
 * The fiscal year of an instant (read on Japan's calendar) or of a calendar date:
 * 2020-03-31 is in FY2019, 2020-04-01 in FY2020, and 2020-03-31T15:00:00Z, already
 * 1 April in Kamakura, in FY2020.
 */
export function fiscalYearOf(when: Date | string): number {
  const { year, month } = requireCalendarDate(when instanceof Date ? japanDateOf(when) : when);
  return month >= FISCAL_YEAR_START_MONTH ? year : year - 1;
}

/** The first day of a fiscal year: FY2019 → 2019-04-01. */
export function fiscalYearFirstDay(fiscalYear: number): string {
  return `${pad(requireFiscalYear(fiscalYear), 4)}-04-01`;
}

/** The last day of a fiscal year: FY2019 → 2020-03-31. */
export function fiscalYearLastDay(fiscalYear: number): string {
  return `${pad(requireFiscalYear(fiscalYear) + 1, 4)}-03-31`;
}

/**
 * The instants [start, end) of a fiscal year in Japan: FY2019 runs from
 * 2019-04-01T00:00+09:00 up to, not including, 2020-04-01T00:00+09:00. Use it to select
 * rows by a timestamp column: `start <= t < end`.
 */
export function fiscalYearInterval(fiscalYear: number): { start: Date; end: Date } {
  return { start: startOfJapanDay(fiscalYearFirstDay(fiscalYear)), end: japanDayInterval(fiscalYearLastDay(fiscalYear)).end };
}
