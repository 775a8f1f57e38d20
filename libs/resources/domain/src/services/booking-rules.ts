import { japanDateOf, minutesSinceJapanMidnight, type FieldIssue } from '@tsunagaru/shared-kernel';

/**
 * Booking rules of the venues (活動の場の利用ルール), kept free of the database so they
 * can be tested on their own. Venues open and close on Japan Standard Time wall-clock
 * time, whatever the caller's offset. Times arrive as instants (JS Dates), already read
 * from RFC 3339 by the DateTime scalar, so these rules judge ranges, never formats.
 */

/** The rules a venue has unless it states its own (the defaults of the venue table). */
export const DEFAULT_VENUE_RULES: VenueRules = {
  capacity: 1,
  opensAtMinutes: 9 * 60,
  closesAtMinutes: 22 * 60,
  closedWeekdays: [],
  minBookingMinutes: 60,
  maxBookingMinutes: 8 * 60,
  minLeadHours: 0,
  maxLeadDays: 365,
};
export const MAX_PURPOSE_LENGTH = 200;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** 利用ルール: each venue's own booking rules (minutes after JST midnight, 0 = Sunday). */
export interface VenueRules {
  capacity: number;
  opensAtMinutes: number;
  closesAtMinutes: number;
  closedWeekdays: number[];
  minBookingMinutes: number;
  maxBookingMinutes: number;
  minLeadHours: number;
  maxLeadDays: number;
}

/** A closure of the venue (休館), days inclusive. */
export interface ClosedPeriod {
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  attendees: number;
}

function hhmm(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Day of the week (0 = Sunday) of a day of the city's calendar. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Checks a booking request against the venue's rules: start before end, inside the venue's
 * opening hours (JST) on one day it is open, between its minimum and maximum duration, not
 * sooner than its lead time nor further ahead than it takes bookings, a stated purpose, and 1
 * to `capacity` attendees. Reports every problem at once, each naming its input field, so a
 * form can show them all; empty when the request is acceptable. Rules the venue does not
 * state are the defaults (9:00–22:00, 1–8 hours, up to a year ahead).
 */
export function checkBookingRequest(
  request: BookingRequest,
  venue: Partial<VenueRules> & { capacity: number },
  now: Date,
  closures: readonly ClosedPeriod[] = [],
): FieldIssue[] {
  const rules: VenueRules = { ...DEFAULT_VENUE_RULES, ...venue };
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
  const { startsAt, endsAt } = request;

  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
  if (minutes <= 0) {
    add('endsAt', 'INVALID_RANGE', 'endsAt must be later than startsAt.');
  } else {
    if (minutes > rules.maxBookingMinutes) {
      add('endsAt', 'TOO_LONG', `A booking of this venue may last at most ${rules.maxBookingMinutes / 60} hours.`);
    } else if (minutes < rules.minBookingMinutes) {
      add('endsAt', 'TOO_SHORT', `A booking of this venue lasts at least ${rules.minBookingMinutes} minutes.`);
    }
    const day = japanDateOf(startsAt);
    const sameDay = day === japanDateOf(endsAt);
    if (minutesSinceJapanMidnight(startsAt) < rules.opensAtMinutes || !sameDay || minutesSinceJapanMidnight(endsAt) > rules.closesAtMinutes) {
      add(
        'startsAt',
        'OUTSIDE_OPENING_HOURS',
        `This venue can be booked between ${hhmm(rules.opensAtMinutes)} and ${hhmm(rules.closesAtMinutes)} Japan time, within one day.`,
      );
    } else if (rules.closedWeekdays.includes(weekdayOf(day))) {
      add('startsAt', 'VENUE_CLOSED', 'The venue is closed on that day of the week.');
    } else {
      const closure = closures.find((period) => period.startsOn <= day && day <= period.endsOn);
      if (closure) add('startsAt', 'VENUE_CLOSED', `The venue is closed from ${closure.startsOn} to ${closure.endsOn}: ${closure.reason}`);
    }
  }
  if (startsAt.getTime() < now.getTime()) {
    add('startsAt', 'IN_PAST', 'startsAt is in the past.');
  } else if (startsAt.getTime() < now.getTime() + rules.minLeadHours * HOUR_MS) {
    add('startsAt', 'TOO_SOON', `This venue must be booked at least ${rules.minLeadHours} hours ahead.`);
  } else if (startsAt.getTime() > now.getTime() + rules.maxLeadDays * DAY_MS) {
    add('startsAt', 'TOO_FAR_AHEAD', `This venue takes bookings at most ${rules.maxLeadDays} days ahead.`);
  }

  if (request.purpose === undefined || request.purpose === null || request.purpose.trim().length === 0) {
    add('purpose', 'REQUIRED', 'purpose must not be blank.');
  } else if (request.purpose.trim().length > MAX_PURPOSE_LENGTH) {
    add('purpose', 'TOO_LONG', `purpose must be at most ${MAX_PURPOSE_LENGTH} characters.`);
  }

  if (!Number.isInteger(request.attendees) || request.attendees < 1 || request.attendees > rules.capacity) {
    add('attendees', 'OUT_OF_RANGE', `attendees must be between 1 and the venue's capacity of ${rules.capacity}.`);
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
