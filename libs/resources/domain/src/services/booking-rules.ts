import type { FieldIssue } from '@tsunagaru/shared-kernel';

/**
 * Booking rules of the venues (活動の場の利用ルール), kept free of the database so they
 * can be tested on their own. Venues open and close on Japan Standard Time wall-clock
 * time, whatever the caller's offset; Japan has no daylight saving time.
 */

/** Opening hours in minutes after JST midnight: 9:00 to 22:00. */
export const OPENS_AT_MINUTES = 9 * 60;
export const CLOSES_AT_MINUTES = 22 * 60;
/** The longest one booking may be. */
export const MAX_BOOKING_MINUTES = 8 * 60;
export const MAX_PURPOSE_LENGTH = 200;

const JST_OFFSET_MS = 9 * 3600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Date and time with an explicit offset: 2026-12-01T18:00:00+09:00, seconds and fraction optional, or Z. */
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Parses an ISO 8601 timestamp that states its offset; null when the text is not one,
 * or names a day or time that does not exist (2026-02-30, 24:00).
 */
export function parseTimestamp(value: string): Date | null {
  const match = ISO_TIMESTAMP.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', offset] = match;
  const wallClock = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const valid =
    wallClock.getUTCFullYear() === Number(year) &&
    wallClock.getUTCMonth() === Number(month) - 1 &&
    wallClock.getUTCDate() === Number(day) &&
    wallClock.getUTCHours() === Number(hour) &&
    wallClock.getUTCMinutes() === Number(minute) &&
    wallClock.getUTCSeconds() === Number(second);
  if (!valid) return null;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time);
}

/** ISO 8601 in Japan Standard Time, e.g. 2019-04-01T09:30:00+09:00: how the venues' timetables read. */
export function toJstIsoString(date: Date): string {
  const shifted = new Date(date.getTime() + JST_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}

/** The JST calendar day (YYYY-MM-DD) an instant falls on. */
export function jstDayOf(date: Date): string {
  return new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since JST midnight, fractions included. */
export function jstMinutesOf(date: Date): number {
  const shifted = date.getTime() + JST_OFFSET_MS;
  return (((shifted % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

export interface BookingRequest {
  startsAt: string;
  endsAt: string;
  purpose: string;
  attendees: number;
}

export interface BookingCheck {
  /** Every problem found, each naming its input field. Empty when the request is acceptable. */
  issues: FieldIssue[];
  /** The parsed times; null when either could not be read. */
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * Checks a booking request against the rules: readable times, start before end, inside
 * 9:00–22:00 JST on one day, at most 8 hours, not in the past, a stated purpose, and
 * 1 to `capacity` attendees. Reports every problem at once so a form can show them all.
 */
export function checkBookingRequest(
  request: BookingRequest,
  venue: { capacity: number },
  now: Date,
  prefix: string[] = [],
): BookingCheck {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ field: [...prefix, field], code, message });

  const startsAt = parseTimestamp(request.startsAt);
  const endsAt = parseTimestamp(request.endsAt);
  if (!startsAt) add('startsAt', 'INVALID_FORMAT', 'startsAt must be a date and time with its offset, e.g. 2026-12-01T18:00:00+09:00.');
  if (!endsAt) add('endsAt', 'INVALID_FORMAT', 'endsAt must be a date and time with its offset, e.g. 2026-12-01T20:00:00+09:00.');

  if (startsAt && endsAt) {
    const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
    if (minutes <= 0) {
      add('endsAt', 'INVALID_RANGE', 'endsAt must be later than startsAt.');
    } else {
      if (minutes > MAX_BOOKING_MINUTES) {
        add('endsAt', 'TOO_LONG', `A booking may last at most ${MAX_BOOKING_MINUTES / 60} hours.`);
      }
      const sameDay = jstDayOf(startsAt) === jstDayOf(endsAt);
      if (jstMinutesOf(startsAt) < OPENS_AT_MINUTES || !sameDay || jstMinutesOf(endsAt) > CLOSES_AT_MINUTES) {
        add('startsAt', 'OUTSIDE_OPENING_HOURS', 'Venues can be booked between 9:00 and 22:00 Japan time, within one day.');
      }
    }
  }
  if (startsAt && startsAt.getTime() < now.getTime()) {
    add('startsAt', 'IN_PAST', 'startsAt is in the past.');
  }

  if (request.purpose === undefined || request.purpose === null || request.purpose.trim().length === 0) {
    add('purpose', 'REQUIRED', 'purpose must not be blank.');
  } else if (request.purpose.trim().length > MAX_PURPOSE_LENGTH) {
    add('purpose', 'TOO_LONG', `purpose must be at most ${MAX_PURPOSE_LENGTH} characters.`);
  }

  if (!Number.isInteger(request.attendees) || request.attendees < 1 || request.attendees > venue.capacity) {
    add('attendees', 'OUT_OF_RANGE', `attendees must be between 1 and the venue's capacity of ${venue.capacity}.`);
  }

  return { issues, startsAt, endsAt };
}

export interface BookingWindow {
  from: Date | null;
  to: Date | null;
}

/** Reads the optional from/to of a bookings listing; both must be timestamps, and from before to. */
export function checkBookingWindow(from: string | null | undefined, to: string | null | undefined): { issues: FieldIssue[]; window: BookingWindow } {
  const issues: FieldIssue[] = [];
  const read = (name: 'from' | 'to', value: string | null | undefined): Date | null => {
    if (value === null || value === undefined) return null;
    const parsed = parseTimestamp(value);
    if (!parsed) issues.push({ field: [name], code: 'INVALID_FORMAT', message: `${name} must be a date and time with its offset, e.g. 2026-12-01T00:00:00+09:00.` });
    return parsed;
  };
  const window = { from: read('from', from), to: read('to', to) };
  if (window.from && window.to && window.to.getTime() <= window.from.getTime()) {
    issues.push({ field: ['to'], code: 'INVALID_RANGE', message: 'to must be later than from.' });
  }
  return { issues, window };
}
