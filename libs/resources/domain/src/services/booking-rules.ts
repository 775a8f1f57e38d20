import { japanDateOf, minutesSinceJapanMidnight, type FieldIssue } from '@tsunagaru/shared-kernel';

/**
 * Booking rules of the venues (活動の場の利用ルール), kept free of the database so they
 * can be tested on their own. Venues open and close on Japan Standard Time wall-clock
 * time, whatever the caller's offset. Times arrive as instants (JS Dates), already read
 * from RFC 3339 by the DateTime scalar, so these rules judge ranges, never formats.
 */

/** Opening hours in minutes after JST midnight: 9:00 to 22:00. */
export const OPENS_AT_MINUTES = 9 * 60;
export const CLOSES_AT_MINUTES = 22 * 60;
/** The longest one booking may be. */
export const MAX_BOOKING_MINUTES = 8 * 60;
export const MAX_PURPOSE_LENGTH = 200;

const MINUTE_MS = 60_000;

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  attendees: number;
}

/**
 * Checks a booking request against the rules: start before end, inside 9:00–22:00 JST on
 * one day, at most 8 hours, not in the past, a stated purpose, and 1 to `capacity`
 * attendees. Reports every problem at once, each naming its input field, so a form can
 * show them all; empty when the request is acceptable.
 */
export function checkBookingRequest(request: BookingRequest, venue: { capacity: number }, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
  const { startsAt, endsAt } = request;

  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
  if (minutes <= 0) {
    add('endsAt', 'INVALID_RANGE', 'endsAt must be later than startsAt.');
  } else {
    if (minutes > MAX_BOOKING_MINUTES) {
      add('endsAt', 'TOO_LONG', `A booking may last at most ${MAX_BOOKING_MINUTES / 60} hours.`);
    }
    const sameDay = japanDateOf(startsAt) === japanDateOf(endsAt);
    if (minutesSinceJapanMidnight(startsAt) < OPENS_AT_MINUTES || !sameDay || minutesSinceJapanMidnight(endsAt) > CLOSES_AT_MINUTES) {
      add('startsAt', 'OUTSIDE_OPENING_HOURS', 'Venues can be booked between 9:00 and 22:00 Japan time, within one day.');
    }
  }
  if (startsAt.getTime() < now.getTime()) {
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

  return issues;
}

/** A window of time, either end open: bookings overlapping [from, to). */
export interface BookingWindow {
  from: Date | null;
  to: Date | null;
}

/** The window of a bookings listing must not end before it starts. */
export function checkBookingWindow(window: BookingWindow): FieldIssue[] {
  if (window.from && window.to && window.to.getTime() <= window.from.getTime()) {
    return [{ field: ['to'], code: 'INVALID_RANGE', message: 'to must be later than from.' }];
  }
  return [];
}
