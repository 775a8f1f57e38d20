import { describe, expect, it } from 'vitest';
import {
  checkBookingRequest,
  checkBookingWindow,
  jstDayOf,
  jstMinutesOf,
  parseTimestamp,
  toJstIsoString,
  type BookingRequest,
} from './booking-rules';

const NOW = new Date('2026-11-26T12:00:00+09:00');
const ROOM = { capacity: 30 };

function request(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    startsAt: '2026-12-01T18:00:00+09:00',
    endsAt: '2026-12-01T20:00:00+09:00',
    purpose: '定例会',
    attendees: 12,
    ...overrides,
  };
}

function codes(overrides: Partial<BookingRequest>, capacity = ROOM.capacity): string[] {
  return checkBookingRequest(request(overrides), { capacity }, NOW).issues.map((issue) => `${issue.field.join('.')}:${issue.code}`);
}

describe('parseTimestamp', () => {
  it('reads ISO 8601 timestamps with an offset or Z', () => {
    expect(parseTimestamp('2026-12-01T18:00:00+09:00')?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(parseTimestamp('2026-12-01T18:00+09:00')?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(parseTimestamp('2026-12-01T09:00:00.000Z')?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('refuses timestamps without an offset, dates alone and days that do not exist', () => {
    expect(parseTimestamp('2026-12-01T18:00:00')).toBeNull();
    expect(parseTimestamp('2026-12-01')).toBeNull();
    expect(parseTimestamp('2026-02-30T10:00:00+09:00')).toBeNull();
    expect(parseTimestamp('2026-12-01T24:00:00+09:00')).toBeNull();
    expect(parseTimestamp('2026-12-01T18:00:00+25:00')).toBeNull();
    expect(parseTimestamp('tomorrow evening')).toBeNull();
  });
});

describe('JST helpers', () => {
  it('formats instants in Japan time', () => {
    expect(toJstIsoString(new Date('2019-04-01T00:30:00Z'))).toBe('2019-04-01T09:30:00+09:00');
    expect(toJstIsoString(new Date('2019-03-31T20:00:00Z'))).toBe('2019-04-01T05:00:00+09:00');
  });

  it('finds the JST day and minute of an instant', () => {
    const instant = new Date('2019-03-31T16:15:00Z');
    expect(jstDayOf(instant)).toBe('2019-04-01');
    expect(jstMinutesOf(instant)).toBe(75);
  });
});

describe('checkBookingRequest', () => {
  it('accepts an evening meeting within the rules and returns the parsed times', () => {
    const check = checkBookingRequest(request(), ROOM, NOW);
    expect(check.issues).toEqual([]);
    expect(check.startsAt?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(check.endsAt?.toISOString()).toBe('2026-12-01T11:00:00.000Z');
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

  it('reports every problem at once', () => {
    expect(
      codes({ startsAt: 'soon', endsAt: '2026-12-01', purpose: '', attendees: 99 }),
    ).toEqual(['startsAt:INVALID_FORMAT', 'endsAt:INVALID_FORMAT', 'purpose:REQUIRED', 'attendees:OUT_OF_RANGE']);
    expect(
      codes({ startsAt: '2026-11-20T06:00:00+09:00', endsAt: '2026-11-20T16:00:00+09:00', attendees: 0 }),
    ).toEqual(['endsAt:TOO_LONG', 'startsAt:OUTSIDE_OPENING_HOURS', 'startsAt:IN_PAST', 'attendees:OUT_OF_RANGE']);
  });
});

describe('checkBookingWindow', () => {
  it('leaves both ends open when not given', () => {
    expect(checkBookingWindow(undefined, null)).toEqual({ issues: [], window: { from: null, to: null } });
  });

  it('parses both ends', () => {
    const { issues, window } = checkBookingWindow('2019-04-01T00:00:00+09:00', '2019-05-01T00:00:00+09:00');
    expect(issues).toEqual([]);
    expect(window.from?.toISOString()).toBe('2019-03-31T15:00:00.000Z');
    expect(window.to?.toISOString()).toBe('2019-04-30T15:00:00.000Z');
  });

  it('reports unreadable ends and a reversed window', () => {
    expect(checkBookingWindow('April', null).issues.map((issue) => issue.code)).toEqual(['INVALID_FORMAT']);
    expect(
      checkBookingWindow('2019-05-01T00:00:00+09:00', '2019-04-01T00:00:00+09:00').issues.map((issue) => `${issue.field.join('.')}:${issue.code}`),
    ).toEqual(['to:INVALID_RANGE']);
  });
});
