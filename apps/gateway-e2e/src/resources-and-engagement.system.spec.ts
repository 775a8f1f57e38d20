import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { todayInJapan } from '@tsunagaru/shared-kernel';
import { createScratchDatabase, errorCodes, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

let system: RunningSystem;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
});

afterAll(async () => {
  await system?.stop();
});

const GROUP = demoGroupId(30);
const OTHER_GROUP = demoGroupId(31);

describe('venue bookings (施設予約) through the gateway', () => {
  const BOOK = `mutation ($input: BookVenueInput!) {
    bookVenue(input: $input) { booking { id startsAt endsAt group { id name } venue { name } } userErrors { field code } }
  }`;
  let venueId: string;
  // 10:00–12:00 in Kamakura, sent in UTC: any offset may come in, Japan time comes out.
  const slot = { startsAt: '2027-06-15T01:00:00Z', endsAt: '2027-06-15T03:00:00Z' };

  beforeAll(async () => {
    const venues = await postGraphQL<{ venues: { edges: Array<{ node: { id: string; capacity: number } }> } }>(
      system.gateway.url,
      `{ venues(filter: { minCapacity: 10 }, first: 1) { edges { node { id capacity } } } }`,
    );
    venueId = venues.data!.venues.edges[0].node.id;
  });

  it("books a slot for the member's own group, and the booking shows on the group", async () => {
    const response = await postGraphQL<{ bookVenue: { booking: { id: string; startsAt: string; endsAt: string; group: { id: string; name: string } } } }>(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId: GROUP, ...slot, purpose: '定例会', attendees: 8 } },
      await tokenFor('member', GROUP),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.bookVenue.booking).toMatchObject({ startsAt: '2027-06-15T10:00:00+09:00', endsAt: '2027-06-15T12:00:00+09:00' });
    expect(response.data!.bookVenue.booking.group.id).toBe(GROUP);
    expect(response.data!.bookVenue.booking.group.name).toBeTruthy();
    const group = await postGraphQL<{ group: { venueBookings: { edges: Array<{ node: { id: string } }> } } }>(
      system.gateway.url,
      `query ($id: ID!) { group(id: $id) { venueBookings(first: 1) { edges { node { id } } } } }`,
      { id: GROUP },
      // A group's bookings are its own and staff's to see.
      await tokenFor('member', GROUP),
    );
    // Newest first, and the new booking is in the future: it heads the list.
    expect(group.data!.group.venueBookings.edges.map((edge) => edge.node.id)).toEqual([response.data!.bookVenue.booking.id]);
  });

  it('refuses an overlapping booking with the user error SLOT_TAKEN', async () => {
    const response = await postGraphQL<{ bookVenue: { userErrors: Array<{ field: string[]; code: string }> } }>(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId: GROUP, startsAt: '2027-06-15T11:00:00+09:00', endsAt: '2027-06-15T13:00:00+09:00', purpose: '打合せ', attendees: 3 } },
      await tokenFor('member', GROUP),
    );
    expect(response.data!.bookVenue.userErrors).toEqual([{ field: ['input', 'startsAt'], code: 'SLOT_TAKEN' }]);
    expect(JSON.stringify(response)).not.toMatch(/exclude|tstzrange|23P01/);
  });

  it('reports invalid input as userErrors and refuses booking for another group', async () => {
    const invalid = await postGraphQL<{ bookVenue: { booking: unknown; userErrors: Array<{ field: string[] }> } }>(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId: GROUP, startsAt: '2027-06-16T12:00:00+09:00', endsAt: '2027-06-16T11:00:00+09:00', purpose: '', attendees: 0 } },
      await tokenFor('member', GROUP),
    );
    expect(invalid.data!.bookVenue.booking).toBeNull();
    expect(invalid.data!.bookVenue.userErrors.length).toBeGreaterThanOrEqual(3);
    const forOther = await postGraphQL(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId: OTHER_GROUP, startsAt: '2027-06-17T10:00:00+09:00', endsAt: '2027-06-17T11:00:00+09:00', purpose: '定例会', attendees: 2 } },
      await tokenFor('member', GROUP),
    );
    expect(errorCodes(forOther)).toEqual(['FORBIDDEN']);
  });
});

describe('cancelling a venue booking (予約の取消し) through the gateway', () => {
  const BOOK = `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { booking { id } userErrors { code } } }`;
  const CANCEL = `mutation ($input: CancelVenueBookingInput!) { cancelVenueBooking(input: $input) { bookingId userErrors { field code } } }`;
  const slot = { startsAt: '2027-07-20T10:00:00+09:00', endsAt: '2027-07-20T12:00:00+09:00' };
  let venueId: string;

  beforeAll(async () => {
    const venues = await postGraphQL<{ venues: { edges: Array<{ node: { id: string } }> } }>(
      system.gateway.url,
      `{ venues(filter: { minCapacity: 10 }, first: 1) { edges { node { id } } } }`,
    );
    venueId = venues.data!.venues.edges[0].node.id;
  });

  async function book(groupId: string) {
    return postGraphQL<{ bookVenue: { booking: { id: string } | null; userErrors: unknown[] } }>(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId, ...slot, purpose: '定例会', attendees: 5 } },
      await tokenFor('member', groupId),
    );
  }

  async function cancel(bookingId: string, token?: string) {
    return postGraphQL<{ cancelVenueBooking: { bookingId: string | null; userErrors: unknown[] } | null }>(
      system.gateway.url,
      CANCEL,
      { input: { bookingId } },
      token,
    );
  }

  it("lets only the group's own members cancel, and frees the slot for anyone to book", async () => {
    const booked = await book(GROUP);
    expect(booked.errors).toBeUndefined();
    const bookingId = booked.data!.bookVenue.booking!.id;
    // While the booking stands, the slot is taken.
    expect((await book(OTHER_GROUP)).data!.bookVenue.userErrors).toEqual([{ code: 'SLOT_TAKEN' }]);

    expect(errorCodes(await cancel(bookingId))).toEqual(['UNAUTHENTICATED']);
    const byOtherGroup = await cancel(bookingId, await tokenFor('member', OTHER_GROUP));
    expect(errorCodes(byOtherGroup)).toEqual(['FORBIDDEN']);
    expect(byOtherGroup.data?.cancelVenueBooking ?? null).toBeNull();
    // Refused cancellations change nothing: the slot is still taken.
    expect((await book(OTHER_GROUP)).data!.bookVenue.userErrors).toEqual([{ code: 'SLOT_TAKEN' }]);

    const byOwnMember = await cancel(bookingId, await tokenFor('member', GROUP));
    expect(byOwnMember.errors).toBeUndefined();
    expect(byOwnMember.data!.cancelVenueBooking).toEqual({ bookingId, userErrors: [] });

    const rebooked = await book(OTHER_GROUP);
    expect(rebooked.errors).toBeUndefined();
    expect(rebooked.data!.bookVenue.booking!.id).not.toBe(bookingId);
  });

  it('answers NOT_FOUND for a booking that does not exist', async () => {
    const token = await tokenFor('member', GROUP);
    expect(errorCodes(await cancel('5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b', token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await cancel('not-a-booking-id', token))).toEqual(['NOT_FOUND']);
  });
});

describe('training enrolments (受講申込) through the gateway', () => {
  const ENROLL = `mutation ($input: EnrollInTrainingInput!) {
    enrollInTraining(input: $input) { enrollment { id participants enrolledOn program { id seatsTaken } } userErrors { field code } }
  }`;

  it("keeps who enrolled private: the group's own member sees them, others do not", async () => {
    const programs = await postGraphQL<{ trainingPrograms: { edges: Array<{ node: { id: string; capacity: number; seatsTaken: number } }> } }>(
      system.gateway.url,
      `{ trainingPrograms(audience: CITIZENS, first: 100) { edges { node { id capacity seatsTaken } } } }`,
    );
    const open = programs.data!.trainingPrograms.edges
      .map((edge) => edge.node)
      .find((program) => program.capacity - program.seatsTaken >= 2)!;
    const dayBefore = todayInJapan();
    const enrolled = await postGraphQL<{ enrollInTraining: { enrollment: { enrolledOn: string; program: { seatsTaken: number } } } }>(
      system.gateway.url,
      ENROLL,
      { input: { programId: open.id, groupId: GROUP, participants: 2 } },
      await tokenFor('member', GROUP),
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.enrollInTraining.enrollment.program.seatsTaken).toBe(open.seatsTaken + 2);
    // The enrolment is dated on Kamakura's calendar (midnight may pass during the call).
    expect([dayBefore, todayInJapan()]).toContain(enrolled.data!.enrollInTraining.enrollment.enrolledOn);

    const twice = await postGraphQL(system.gateway.url, ENROLL, { input: { programId: open.id, groupId: GROUP, participants: 1 } }, await tokenFor('member', GROUP));
    expect(errorCodes(twice)).toEqual(['CONFLICT']);

    const QUERY = `query ($id: ID!) { group(id: $id) { trainingEnrollmentCount trainingEnrollments { totalCount edges { node { id } } } } }`;
    const own = await postGraphQL<{ group: { trainingEnrollmentCount: number; trainingEnrollments: { totalCount: number; edges: unknown[] } } }>(
      system.gateway.url,
      QUERY,
      { id: GROUP },
      await tokenFor('member', GROUP),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.group.trainingEnrollments.edges.length).toBeGreaterThan(0);
    expect(own.data!.group.trainingEnrollments.totalCount).toBe(own.data!.group.trainingEnrollmentCount);
    const anonymous = await postGraphQL<{ group: { trainingEnrollmentCount: number; trainingEnrollments: unknown } }>(system.gateway.url, QUERY, { id: GROUP });
    expect(anonymous.data!.group.trainingEnrollmentCount).toBeGreaterThan(0);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const other = await postGraphQL(system.gateway.url, QUERY, { id: GROUP }, await tokenFor('member', OTHER_GROUP));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });
});
