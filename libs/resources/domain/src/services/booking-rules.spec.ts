import { describe, expect, it } from 'vitest';
import { parseDateTime } from '@tsunagaru/shared-kernel';
import { checkBookingRequest, checkBookingWindow, type BookingRequest } from './booking-rules';

/** An instant written as clients send it, read as the DateTime scalar reads it. */
function at(text: string): Date {
  const instant = parseDateTime(text);
  if (!instant) throw new Error(`bad test time ${text}`);
  return instant;
}

const NOW = at('2026-11-26T12:00:00+09:00');
const ROOM = { capacity: 30 };

type RequestOverrides = Partial<Omit<BookingRequest, 'startsAt' | 'endsAt'>> & { startsAt?: string; endsAt?: string };

function request({ startsAt = '2026-12-01T18:00:00+09:00', endsAt = '2026-12-01T20:00:00+09:00', ...rest }: RequestOverrides = {}): BookingRequest {
  return { startsAt: at(startsAt), endsAt: at(endsAt), purpose: '定例会', attendees: 12, ...rest };
}

function codes(overrides: RequestOverrides, capacity = ROOM.capacity): string[] {
  return checkBookingRequest(request(overrides), { capacity }, NOW).map((issue) => `${issue.field.join('.')}:${issue.code}`);
}

describe('checkBookingRequest', () => {
  it('accepts an evening meeting within the rules', () => {
    expect(checkBookingRequest(request(), ROOM, NOW)).toEqual([]);
  });

  it('accepts the whole opening hours edge to edge, and an 8-hour booking', () => {
    expect(codes({ startsAt: '2026-12-01T09:00:00+09:00', endsAt: '2026-12-01T17:00:00+09:00' })).toEqual([]);
    expect(codes({ startsAt: '2026-12-01T14:00:00+09:00', endsAt: '2026-12-01T22:00:00+09:00' })).toEqual([]);
  });

  it('applies opening hours in Japan time whatever offset the caller uses', () => {
    // 09:00Z is 18:00 JST: fine. 23:00Z the day before is 08:00 JST: too early.
    expect(codes({ startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T11:00:00Z' })).toEqual([]);
    expect(codes({ startsAt: '2026-11-30T23:00:00Z', endsAt: '2026-12-01T01:00:00Z' })).toEqual(['startsAt:OUTSIDE_OPENING_HOURS']);
  });

  it('refuses bookings before 9:00, after 22:00 or across midnight', () => {
    expect(codes({ startsAt: '2026-12-01T08:30:00+09:00', endsAt: '2026-12-01T10:00:00+09:00' })).toEqual([
      'startsAt:OUTSIDE_OPENING_HOURS',
    ]);
    expect(codes({ startsAt: '2026-12-01T20:00:00+09:00', endsAt: '2026-12-01T22:30:00+09:00' })).toEqual([
      'startsAt:OUTSIDE_OPENING_HOURS',
    ]);
    expect(codes({ startsAt: '2026-12-01T21:00:00+09:00', endsAt: '2026-12-02T01:00:00+09:00' })).toEqual([
      'startsAt:OUTSIDE_OPENING_HOURS',
    ]);
  });

  it('refuses an end before or at the start', () => {
    expect(codes({ endsAt: '2026-12-01T18:00:00+09:00' })).toEqual(['endsAt:INVALID_RANGE']);
    expect(codes({ endsAt: '2026-12-01T17:00:00+09:00' })).toEqual(['endsAt:INVALID_RANGE']);
  });

  it('refuses bookings longer than 8 hours', () => {
    expect(codes({ startsAt: '2026-12-01T09:00:00+09:00', endsAt: '2026-12-01T17:30:00+09:00' })).toEqual(['endsAt:TOO_LONG']);
  });

  it('refuses bookings in the past', () => {
    expect(codes({ startsAt: '2026-11-26T10:00:00+09:00', endsAt: '2026-11-26T11:00:00+09:00' })).toEqual(['startsAt:IN_PAST']);
  });

  it('keeps attendees between 1 and the capacity', () => {
    expect(codes({ attendees: 30 })).toEqual([]);
    expect(codes({ attendees: 1 })).toEqual([]);
    expect(codes({ attendees: 31 })).toEqual(['attendees:OUT_OF_RANGE']);
    expect(codes({ attendees: 0 })).toEqual(['attendees:OUT_OF_RANGE']);
    expect(codes({ attendees: -3 })).toEqual(['attendees:OUT_OF_RANGE']);
  });

  it('requires a purpose of reasonable length', () => {
    expect(codes({ purpose: '   ' })).toEqual(['purpose:REQUIRED']);
    expect(codes({ purpose: 'あ'.repeat(201) })).toEqual(['purpose:TOO_LONG']);
  });

  it('judges the JST day at midnight: 23:59:59 JST and 00:00 JST are different days', () => {
    expect(codes({ startsAt: '2026-12-01T14:59:00Z', endsAt: '2026-12-01T15:01:00Z' })).toContain('startsAt:OUTSIDE_OPENING_HOURS');
  });

  it('reports every problem at once', () => {
    expect(codes({ purpose: '', attendees: 99 })).toEqual(['purpose:REQUIRED', 'attendees:OUT_OF_RANGE']);
    expect(
      codes({ startsAt: '2026-11-20T06:00:00+09:00', endsAt: '2026-11-20T16:00:00+09:00', attendees: 0 }),
    ).toEqual(['endsAt:TOO_LONG', 'startsAt:OUTSIDE_OPENING_HOURS', 'startsAt:IN_PAST', 'attendees:OUT_OF_RANGE']);
  });
});

describe('checkBookingWindow', () => {
  it('leaves either end open', () => {
    expect(checkBookingWindow({ from: null, to: null })).toEqual([]);
    expect(checkBookingWindow({ from: at('2019-04-01T00:00:00+09:00'), to: null })).toEqual([]);
  });

  it('accepts a window that ends after it starts, and refuses a reversed or empty one', () => {
    expect(checkBookingWindow({ from: at('2019-04-01T00:00:00+09:00'), to: at('2019-05-01T00:00:00+09:00') })).toEqual([]);
    for (const to of ['2019-04-01T00:00:00+09:00', '2019-03-31T00:00:00+09:00']) {
      expect(checkBookingWindow({ from: at('2019-04-01T00:00:00+09:00'), to: at(to) }).map((issue) => `${issue.field.join('.')}:${issue.code}`)).toEqual([
        'to:INVALID_RANGE',
      ]);
    }
  });
});

describe('checkBookingRequest with a venue\'s own rules', () => {
  const rules = { capacity: 20, opensAtMinutes: 10 * 60, closesAtMinutes: 18 * 60, closedWeekdays: [1], minBookingMinutes: 120, maxBookingMinutes: 180, minLeadHours: 48, maxLeadDays: 30 };
  const check = (startsAt: string, endsAt: string, closures: Array<{ startsOn: string; endsOn: string; reason: string }> = []) =>
    checkBookingRequest({ startsAt: at(startsAt), endsAt: at(endsAt), purpose: '定例会', attendees: 5 }, rules, NOW, closures).map((issue) => issue.code);

  it('applies its opening hours, durations and lead times instead of the defaults', () => {
    expect(check('2026-12-01T10:00:00+09:00', '2026-12-01T12:00:00+09:00')).toEqual([]);
    expect(check('2026-12-01T09:00:00+09:00', '2026-12-01T11:00:00+09:00')).toEqual(['OUTSIDE_OPENING_HOURS']);
    expect(check('2026-12-01T10:00:00+09:00', '2026-12-01T11:00:00+09:00')).toEqual(['TOO_SHORT']);
    expect(check('2026-12-01T10:00:00+09:00', '2026-12-01T14:00:00+09:00')).toEqual(['TOO_LONG']);
    expect(check('2026-11-27T10:00:00+09:00', '2026-11-27T12:00:00+09:00')).toEqual(['TOO_SOON']);
    expect(check('2027-01-05T10:00:00+09:00', '2027-01-05T12:00:00+09:00')).toEqual(['TOO_FAR_AHEAD']);
  });

  it('refuses days the venue is closed: its weekly closing day and closures with their reason', () => {
    // 2026-11-30 is a Monday.
    expect(check('2026-11-30T10:00:00+09:00', '2026-11-30T12:00:00+09:00')).toEqual(['VENUE_CLOSED']);
    const closure = [{ startsOn: '2026-12-01', endsOn: '2026-12-03', reason: '空調工事' }];
    expect(check('2026-12-02T10:00:00+09:00', '2026-12-02T12:00:00+09:00', closure)).toEqual(['VENUE_CLOSED']);
    expect(check('2026-12-04T10:00:00+09:00', '2026-12-04T12:00:00+09:00', closure)).toEqual([]);
  });
});
