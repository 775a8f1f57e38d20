import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '@tsunagaru/shared-kernel';
import { demoGroupId, errorCodes, tokenFor } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Venue bookings (施設予約) through the gateway on a system of its own: one room never holds two
// live bookings at once (the database refuses, also under a race), cancellations are a status,
// staff approve where a venue asks, and the public sees that a slot is taken, never who took it.


const own = ownSystem({ schema: 'resources' });
const { ask, sql } = own;

const BOOK = `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { booking { id status } userErrors { field code message } } }`;
type Booked = { bookVenue: { booking: { id: string; status: string } | null; userErrors: Array<{ field: string[]; code: string; message: string }> } };

async function venueId(code: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select id from venue where code = ?', [code]);
  return row.id;
}

const today = todayInJapan();
const at = (days: number, time: string) => `${addDays(today, days)}T${time}:00+09:00`;

describe('acceptance 1: 20 concurrent bookVenue for one room and slot', () => {
  it('leaves exactly one booking; the other 19 get the clear user error SLOT_TAKEN', async () => {
    const venue = await venueId('civic-center-kamakura-room');
    const slot = { startsAt: at(30, '13:00'), endsAt: at(30, '15:00') };
    const racers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        ask<Booked>(BOOK, { input: { venueId: venue, groupId: demoGroupId(200 + i), ...slot, purpose: '競合試験', attendees: 5 } }, await tokenFor('member', demoGroupId(200 + i))),
      ),
    );
    expect(racers.flatMap(errorCodes)).toEqual([]);
    const winners = racers.filter((racer) => racer.data!.bookVenue.booking !== null);
    expect(winners).toHaveLength(1);
    const losers = racers.flatMap((racer) => racer.data!.bookVenue.userErrors);
    expect(losers).toHaveLength(19);
    for (const error of losers) {
      expect(error.code).toBe('SLOT_TAKEN');
      expect(error.field).toEqual(['input', 'startsAt']);
      expect(error.message).toContain('already booked');
    }
    const stored = await sql<{ count: number }>(
      `select count(*)::int as count from venue_booking where venue_id = ? and status <> 'CANCELLED' and tstzrange(starts_at, ends_at) && tstzrange(?::timestamptz, ?::timestamptz)`,
      [venue, slot.startsAt, slot.endsAt],
    );
    expect(stored[0].count).toBe(1);
  });

  it('the database itself rejects an overlapping live row inserted in SQL, but not one over a cancelled booking', async () => {
    const venue = await venueId('civic-center-kamakura-room');
    const insert = (startsAt: string, endsAt: string, status = 'CONFIRMED') =>
      sql(
        `insert into venue_booking (id, venue_id, group_id, starts_at, ends_at, purpose, attendees, status, cancelled_at)
         values (gen_random_uuid(), ?, ?, ?::timestamptz, ?::timestamptz, '直接挿入', 3, ?, case when ? = 'CANCELLED' then now() end)`,
        [venue, demoGroupId(1), startsAt, endsAt, status, status],
      );
    await expect(insert(at(30, '14:00'), at(30, '16:00'))).rejects.toThrow(/venue_booking_no_overlap/);
    await expect(insert(at(30, '14:00'), at(30, '16:00'), 'REQUESTED')).rejects.toThrow(/venue_booking_no_overlap/);
    // A cancelled booking holds no slot.
    await insert(at(30, '14:00'), at(30, '16:00'), 'CANCELLED');
  });
});

describe('who sees who booked (venueBooking.readBookingDetails)', () => {
  const GROUP = demoGroupId(233);
  const TIMETABLE = `query ($id: ID!, $from: DateTime, $to: DateTime) {
    venue(id: $id) { bookings(from: $from, to: $to, first: 10) { edges { node { id status startsAt group { id } purpose } } } }
  }`;
  type Timetable = { venue: { bookings: { edges: Array<{ node: { id: string; status: string; group: { id: string } | null; purpose: string | null } }> } } };
  let venue: string;
  let bookingId: string;

  beforeAll(async () => {
    venue = await venueId('fukasawa-learning-center');
    const booked = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt: at(31, '10:00'), endsAt: at(31, '12:00'), purpose: '見守り活動の連絡会', attendees: 6 } }, await tokenFor('member', GROUP));
    expect(booked.data!.bookVenue.userErrors).toEqual([]);
    bookingId = booked.data!.bookVenue.booking!.id;
  });

  async function seenBy(token?: string) {
    const response = await ask<Timetable>(TIMETABLE, { id: venue, from: at(31, '00:00'), to: at(32, '00:00') }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.venue.bookings.edges.map((edge) => edge.node).find((node) => node.id === bookingId)!;
  }

  it('anonymous callers and other groups see the slot taken, but neither the group nor the purpose', async () => {
    for (const token of [undefined, await tokenFor('member', demoGroupId(234))]) {
      const booking = await seenBy(token);
      expect(booking.status).toBe('CONFIRMED');
      expect(booking.group).toBeNull();
      expect(booking.purpose).toBeNull();
    }
  });

  it('the group itself, intermediary staff and city staff see both', async () => {
    for (const token of [await tokenFor('member', GROUP), await tokenFor('intermediary'), await tokenFor('staff')]) {
      const booking = await seenBy(token);
      expect(booking.group).toEqual({ id: GROUP });
      expect(booking.purpose).toBe('見守り活動の連絡会');
    }
  });

  it("keeps the group's list of bookings from everyone else", async () => {
    const LIST = `query ($id: ID!) { group(id: $id) { venueBookings(first: 5) { edges { node { id } } } } }`;
    const anonymous = await ask<{ group: { venueBookings: unknown } }>(LIST, { id: GROUP });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.group.venueBookings).toBeNull();
    const other = await ask<{ group: { venueBookings: unknown } }>(LIST, { id: GROUP }, await tokenFor('member', demoGroupId(234)));
    expect(other.data!.group.venueBookings).toBeNull();
    const own = await ask<{ group: { venueBookings: { edges: Array<{ node: { id: string } }> } } }>(LIST, { id: GROUP }, await tokenFor('member', GROUP));
    expect(own.data!.group.venueBookings.edges.map((edge) => edge.node.id)).toContain(bookingId);
  });
});

describe('cancellation is a status (予約の取消し)', () => {
  const CANCEL = `mutation ($input: CancelVenueBookingInput!) { cancelVenueBooking(input: $input) { bookingId booking { status cancelledAt } userErrors { code } } }`;

  it('keeps the row as CANCELLED, frees the slot, and lists it for the group', async () => {
    const venue = await venueId('koshigoe-learning-center');
    const GROUP = demoGroupId(240);
    const token = await tokenFor('member', GROUP);
    const input = { venueId: venue, groupId: GROUP, startsAt: at(33, '10:00'), endsAt: at(33, '12:00'), purpose: '定例会', attendees: 4 };
    const booked = await ask<Booked>(BOOK, { input }, token);
    const bookingId = booked.data!.bookVenue.booking!.id;
    const cancelled = await ask<{ cancelVenueBooking: { booking: { status: string; cancelledAt: string } } }>(CANCEL, { input: { bookingId } }, token);
    expect(cancelled.data!.cancelVenueBooking.booking.status).toBe('CANCELLED');
    expect(cancelled.data!.cancelVenueBooking.booking.cancelledAt).toBeTruthy();
    expect(errorCodes(await ask(CANCEL, { input: { bookingId } }, token))).toEqual(['CONFLICT']);
    const [row] = await sql<{ status: string }>('select status from venue_booking where id = ?', [bookingId]);
    expect(row.status).toBe('CANCELLED');
    const rebooked = await ask<Booked>(BOOK, { input: { ...input, groupId: demoGroupId(241) } }, await tokenFor('member', demoGroupId(241)));
    expect(rebooked.data!.bookVenue.userErrors).toEqual([]);
  });

  it("refuses a group's cancellation after the venue's deadline; staff may still cancel", async () => {
    const venue = await venueId('ofuna-company-meeting-room');
    await sql("update venue set cancellation_deadline_hours = 24 * 40, requires_approval = false, max_lead_days = 365, closed_weekdays = '{}' where id = ?", [venue]);
    const GROUP = demoGroupId(242);
    const token = await tokenFor('member', GROUP);
    const booked = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt: at(34, '18:00'), endsAt: at(34, '20:00'), purpose: '定例会', attendees: 4 } }, token);
    const bookingId = booked.data!.bookVenue.booking!.id;
    const late = await ask<{ cancelVenueBooking: { userErrors: Array<{ code: string }> } }>(CANCEL, { input: { bookingId } }, token);
    expect(late.data!.cancelVenueBooking.userErrors).toEqual([{ code: 'TOO_LATE_TO_CANCEL' }]);
    const byStaff = await ask<{ cancelVenueBooking: { booking: { status: string } } }>(CANCEL, { input: { bookingId } }, await tokenFor('staff'));
    expect(byStaff.data!.cancelVenueBooking.booking.status).toBe('CANCELLED');
  });
});

describe("per-venue rules and staff approval (the venue's own 利用ルール)", () => {
  const APPROVE = `mutation ($input: ApproveVenueBookingInput!) { approveVenueBooking(input: $input) { booking { status } userErrors { code } } }`;

  it('a venue that asks for approval holds the slot as REQUESTED until staff confirm', async () => {
    const venue = await venueId('shichirigahama-coworking');
    await sql("update venue set closed_weekdays = '{}' where id = ?", [venue]);
    const GROUP = demoGroupId(250);
    const booked = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt: at(10, '13:00'), endsAt: at(10, '15:00'), purpose: '勉強会', attendees: 8 } }, await tokenFor('member', GROUP));
    expect(booked.data!.bookVenue.booking!.status).toBe('REQUESTED');
    const bookingId = booked.data!.bookVenue.booking!.id;
    const clash = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: demoGroupId(251), startsAt: at(10, '14:00'), endsAt: at(10, '16:00'), purpose: '勉強会', attendees: 8 } }, await tokenFor('member', demoGroupId(251)));
    expect(clash.data!.bookVenue.userErrors.map((error) => error.code)).toEqual(['SLOT_TAKEN']);
    expect(errorCodes(await ask(APPROVE, { input: { bookingId } }, await tokenFor('member', GROUP)))).toEqual(['FORBIDDEN']);
    const approved = await ask<{ approveVenueBooking: { booking: { status: string } } }>(APPROVE, { input: { bookingId } }, await tokenFor('staff'));
    expect(approved.data!.approveVenueBooking.booking.status).toBe('CONFIRMED');
  });

  it("applies the venue's own duration, lead-time and opening-hours rules", async () => {
    const venue = await venueId('shichirigahama-coworking');
    const GROUP = demoGroupId(252);
    const token = await tokenFor('member', GROUP);
    const book = (startsAt: string, endsAt: string) =>
      ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt, endsAt, purpose: '勉強会', attendees: 4 } }, token);
    const codes = async (startsAt: string, endsAt: string) => (await book(startsAt, endsAt)).data!.bookVenue.userErrors.map((error) => error.code);
    expect(await codes(at(11, '10:00'), at(11, '15:00'))).toEqual(['TOO_LONG']); // at most 4 hours here
    expect(await codes(at(11, '09:00'), at(11, '11:00'))).toEqual(['OUTSIDE_OPENING_HOURS']); // opens at 10:00
    expect(await codes(at(0, '19:00'), at(0, '19:30'))).toContain('TOO_SHORT');
    expect(await codes(at(90, '10:00'), at(90, '12:00'))).toEqual(['TOO_FAR_AHEAD']); // 60 days ahead at most
  });
});

describe('acceptance 5: "a free room" search', () => {
  const SEARCH = `query ($filter: VenueFilter) { venues(filter: $filter, first: 50) { totalCount edges { node { code capacity kind } } } }`;
  type Found = { venues: { totalCount: number; edges: Array<{ node: { code: string; capacity: number; kind: string } }> } };
  const codes = async (filter: Record<string, unknown>) => {
    const response = await ask<Found>(SEARCH, { filter });
    expect(response.errors).toBeUndefined();
    expect(response.data!.venues.totalCount).toBe(response.data!.venues.edges.length);
    return response.data!.venues.edges.map((edge) => edge.node.code);
  };

  it('a room for 20 in Ofuna on the evening of day 7: skips the seeded booking of the Ofuna centre', async () => {
    const found = await codes({ district: 'OFUNA', minCapacity: 20, freeFrom: at(7, '18:00'), freeUntil: at(7, '21:00') });
    expect(found).not.toContain('civic-center-ofuna-room');
    expect(found).toContain('ofuna-learning-center');
    expect(found).not.toContain('ofuna-nakadori-free-space'); // holds 15
    // The same room is free the evening before.
    expect(await codes({ district: 'OFUNA', minCapacity: 20, freeFrom: at(6, '18:00'), freeUntil: at(6, '21:00') })).toContain('civic-center-ofuna-room');
  });

  it('skips a venue closed for the period, and one whose opening hours do not cover the window', async () => {
    expect(await codes({ district: 'TAMANAWA', freeFrom: at(5, '10:00'), freeUntil: at(5, '12:00') })).toEqual([]);
    expect(await codes({ district: 'TAMANAWA', freeFrom: at(12, '10:00'), freeUntil: at(12, '12:00') })).toEqual(['tamanawa-learning-center']);
    expect(await codes({ district: 'FUKASAWA', freeFrom: at(12, '18:00'), freeUntil: at(12, '19:00') })).not.toContain('kajiwara-welfare-community-room');
  });

  it("filters by kind and accessibility, and lists private companies' meeting rooms (民間事業者の会議室)", async () => {
    expect(await codes({ kind: 'PRIVATE_COMPANY_MEETING_ROOM' })).toEqual(['ofuna-company-meeting-room']);
    const accessible = await codes({ accessibility: ['WHEELCHAIR', 'HEARING_LOOP'] });
    expect(accessible).toEqual(['civic-center-kamakura-room']);
  });

  it('refuses half a window or a reversed one as BAD_USER_INPUT', async () => {
    const half = await ask(SEARCH, { filter: { freeFrom: at(5, '10:00') } });
    expect(errorCodes(half)).toEqual(['BAD_USER_INPUT']);
    const reversed = await ask(SEARCH, { filter: { freeFrom: at(5, '12:00'), freeUntil: at(5, '10:00') } });
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
  });

  it('publishes each venue\'s details: provider, coordinates, opening hours, fees with the reduction, rules and closures', async () => {
    const response = await ask<{ venues: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `{ venues(filter: { district: TAMANAWA }, first: 5) { edges { node {
          provider location { latitude longitude } accessibility equipment
          openingHours { opensAt closesAt closedWeekdays }
          fees { hourlyFeeYen registeredGroupReductionPercent registeredGroupHourlyFeeYen note }
          bookingRules { minBookingMinutes maxBookingMinutes minLeadHours maxLeadDays requiresApproval cancellationDeadlineHours }
          closures(first: 5) { edges { node { startsOn endsOn reason } } }
      } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const venue = response.data!.venues.edges[0].node as {
      provider: string;
      fees: { hourlyFeeYen: number; registeredGroupHourlyFeeYen: number };
      openingHours: { opensAt: string; closesAt: string };
      closures: { edges: Array<{ node: { reason: string; startsOn: string } }> };
    };
    expect(venue.provider).toBeTruthy();
    expect(venue.fees).toMatchObject({ hourlyFeeYen: 600, registeredGroupHourlyFeeYen: 300 });
    expect(venue.openingHours).toMatchObject({ opensAt: '09:00', closesAt: '21:30' });
    expect(venue.closures.edges[0].node).toMatchObject({ startsOn: addDays(today, 3), reason: '空調設備の改修工事のため' });
  });
});

describe('closing a venue for a period (休館の登録)', () => {
  it('staff close a room with the reason: bookings and the free-room search skip those days; members may not', async () => {
    const venue = await venueId('civic-center-ofuna-room');
    const GROUP = demoGroupId(260);
    const member = await tokenFor('member', GROUP);
    const booked = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt: at(40, '10:00'), endsAt: at(40, '12:00'), purpose: '定例会', attendees: 5 } }, member);
    expect(booked.data!.bookVenue.userErrors).toEqual([]);
    const CLOSE = `mutation ($input: CloseVenueInput!) { closeVenue(input: $input) { closure { startsOn endsOn reason } liveBookingsInPeriod userErrors { field code } } }`;
    const input = { venueId: venue, startsOn: addDays(today, 40), endsOn: addDays(today, 41), reason: '床の張替え工事のため' };
    expect(errorCodes(await ask(CLOSE, { input }, member))).toEqual(['FORBIDDEN']);
    const closed = await ask<{ closeVenue: { closure: { reason: string }; liveBookingsInPeriod: number } }>(CLOSE, { input }, await tokenFor('staff'));
    expect(closed.data!.closeVenue).toMatchObject({ closure: { reason: '床の張替え工事のため' }, liveBookingsInPeriod: 1 });
    const refused = await ask<Booked>(BOOK, { input: { venueId: venue, groupId: GROUP, startsAt: at(41, '14:00'), endsAt: at(41, '16:00'), purpose: '定例会', attendees: 5 } }, member);
    expect(refused.data!.bookVenue.userErrors.map((error) => error.code)).toEqual(['VENUE_CLOSED']);
    const free = await ask<{ venues: { edges: Array<{ node: { code: string } }> } }>(
      `query ($filter: VenueFilter) { venues(filter: $filter, first: 50) { edges { node { code } } } }`,
      { filter: { district: 'OFUNA', freeFrom: at(41, '18:00'), freeUntil: at(41, '20:00') } },
    );
    expect(free.data!.venues.edges.map((edge) => edge.node.code)).not.toContain('civic-center-ofuna-room');
  });
});
