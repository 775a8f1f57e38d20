import { beforeAll, describe, expect, it } from 'vitest';
import { demoGroupId, errorCodes, tokenFor, type GraphQLResponse } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Every state change of the graph raced through the gateway on a system of its own: of any
// number of concurrent attempts that cannot all stand, exactly one wins and the others get CONFLICT.
const { ask } = ownSystem();

/** Splits racing answers into winners (no errors) and the codes of the losers. */
function outcome(responses: Array<GraphQLResponse<unknown>>) {
  const winners = responses.filter((response) => !response.errors?.length);
  const losers = responses.filter((response) => response.errors?.length).flatMap(errorCodes);
  return { winners, losers };
}

describe('registration decisions (登録承認・登録不可)', () => {
  const APPLY = `mutation ($input: ApplyForGroupRegistrationInput!) { applyForGroupRegistration(input: $input) { group { id } userErrors { code } } }`;
  const APPROVE = `mutation ($id: ID!) { approveGroupRegistration(input: { groupId: $id }) { group { registrationStatus } userErrors { code } } }`;
  const REJECT = `mutation ($id: ID!) { rejectGroupRegistration(input: { groupId: $id, reason: "対象外" }) { group { registrationStatus } userErrors { code } } }`;
  const STATUS = `query ($id: ID!) { group(id: $id) { registrationStatus rejectionReason registeredOn } }`;
  let sequence = 0;

  async function apply(): Promise<string> {
    sequence += 1;
    const response = await ask<{ applyForGroupRegistration: { group: { id: string } } }>(
      APPLY,
      {
        input: {
          name: `競合試験の会 ${sequence}`,
          nameKana: 'きょうごうしけんのかい',
          organizationType: 'VOLUNTARY_ASSOCIATION',
          activityFields: ['ENVIRONMENT'],
          privateContact: { representativeName: '競合 太郎', email: `race${sequence}@example.jp` },
        },
      },
      await tokenFor('member'),
    );
    expect(response.errors).toBeUndefined();
    return response.data!.applyForGroupRegistration.group.id;
  }

  it('10 concurrent approvals: one succeeds, nine get CONFLICT', async () => {
    const id = await apply();
    const staff = await tokenFor('intermediary');
    const { winners, losers } = outcome(await Promise.all(Array.from({ length: 10 }, () => ask(APPROVE, { id }, staff))));
    expect(winners).toHaveLength(1);
    expect(losers).toEqual(Array.from({ length: 9 }, () => 'CONFLICT'));
  });

  it('5 approvals and 5 rejections: exactly one decision stands, the others get CONFLICT', async () => {
    const id = await apply();
    const [centre, city] = [await tokenFor('intermediary'), await tokenFor('staff')];
    const racers = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? ask(APPROVE, { id }, i < 5 ? centre : city) : ask(REJECT, { id }, i < 5 ? city : centre)));
    const { winners, losers } = outcome(await Promise.all(racers));
    expect(winners).toHaveLength(1);
    expect(losers).toEqual(Array.from({ length: 9 }, () => 'CONFLICT'));
    const stored = await ask<{ group: { registrationStatus: string; rejectionReason: string | null; registeredOn: string | null } }>(STATUS, { id }, city);
    const { registrationStatus, rejectionReason, registeredOn } = stored.data!.group;
    // Never a registered group with a rejection reason, nor a rejected one with a registration day.
    if (registrationStatus === 'REGISTERED') expect([rejectionReason, typeof registeredOn]).toEqual([null, 'string']);
    else expect([registrationStatus, rejectionReason, registeredOn]).toEqual(['REJECTED', '対象外', null]);
  });
});

describe('profile updates (団体情報の更新)', () => {
  const UPDATE = `mutation ($input: UpdateGroupProfileInput!) { updateGroupProfile(input: $input) { group { id } userErrors { field code } } }`;

  it('10 concurrent updates of different fields all stand: none writes back what it read before', async () => {
    const groupId = demoGroupId(40);
    const token = await tokenFor('member', groupId);
    const patches: Array<Record<string, unknown>> = [
      { description: '競合試験: 説明を更新' },
      { memberCount: 77 },
      { website: 'https://race.example.jp/' },
      { publicEmail: 'race@example.jp' },
      { publicPhone: '0467-11-2222' },
      { districts: ['OFUNA', 'TAMANAWA'] },
      { activityFields: ['ENVIRONMENT', 'TOURISM'] },
      { foundedOn: '2001-04-01' },
      { nameKana: 'きょうそうしけんのかい' },
      { organizationType: 'NPO_CORPORATION' },
    ];
    const responses = await Promise.all(patches.map((patch) => ask(UPDATE, { input: { groupId, ...patch } }, token)));
    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const stored = await ask<{ group: Record<string, unknown> }>(
      `query ($id: ID!) { group(id: $id) { description memberCount website publicContact { email phone } districts activityFields foundedOn nameKana organizationType } }`,
      { id: groupId },
      token,
    );
    expect(stored.data!.group).toMatchObject({
      description: '競合試験: 説明を更新',
      memberCount: 77,
      website: 'https://race.example.jp/',
      publicContact: { email: 'race@example.jp', phone: '0467-11-2222' },
      districts: ['OFUNA', 'TAMANAWA'],
      activityFields: ['ENVIRONMENT', 'TOURISM'],
      foundedOn: '2001-04-01',
      organizationType: 'NPO_CORPORATION',
    });
  });
});

describe('venue bookings (施設予約) and cancellations (予約の取消し)', () => {
  const BOOK = `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { booking { id } userErrors { code } } }`;
  const CANCEL = `mutation ($input: CancelVenueBookingInput!) { cancelVenueBooking(input: $input) { bookingId userErrors { code } } }`;
  let venueId: string;

  beforeAll(async () => {
    const venues = await ask<{ venues: { edges: Array<{ node: { id: string } }> } }>(`{ venues(filter: { minCapacity: 10 }, first: 1) { edges { node { id } } } }`, {});
    venueId = venues.data!.venues.edges[0].node.id;
  });

  it('20 groups racing for one slot: one booking, nineteen SLOT_TAKEN user errors', async () => {
    const slot = { startsAt: '2027-09-01T10:00:00+09:00', endsAt: '2027-09-01T12:00:00+09:00' };
    const racers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        ask<{ bookVenue: { booking: { id: string } | null; userErrors: Array<{ code: string }> } }>(
          BOOK,
          { input: { venueId, groupId: demoGroupId(50 + i), ...slot, purpose: '競合試験', attendees: 5 } },
          await tokenFor('member', demoGroupId(50 + i)),
        ),
      ),
    );
    expect(racers.flatMap(errorCodes)).toEqual([]);
    expect(racers.filter((racer) => racer.data!.bookVenue.booking !== null)).toHaveLength(1);
    expect(racers.flatMap((racer) => racer.data!.bookVenue.userErrors.map((error) => error.code))).toEqual(Array.from({ length: 19 }, () => 'SLOT_TAKEN'));
  });

  it('10 concurrent cancellations of one booking: one cancels it, the others get CONFLICT (or NOT_FOUND once it is gone)', async () => {
    const groupId = demoGroupId(80);
    const token = await tokenFor('member', groupId);
    const booked = await ask<{ bookVenue: { booking: { id: string } } }>(
      BOOK,
      { input: { venueId, groupId, startsAt: '2027-09-02T10:00:00+09:00', endsAt: '2027-09-02T12:00:00+09:00', purpose: '取消し試験', attendees: 5 } },
      token,
    );
    const bookingId = booked.data!.bookVenue.booking.id;
    const { winners, losers } = outcome(await Promise.all(Array.from({ length: 10 }, () => ask(CANCEL, { input: { bookingId } }, token))));
    expect(winners).toHaveLength(1);
    // A loser that read the booking before it went gets CONFLICT from the conditional delete; one that
    // arrives after it went finds no booking at all, as a later cancellation would.
    expect(losers).toHaveLength(9);
    for (const code of losers) expect(['CONFLICT', 'NOT_FOUND']).toContain(code);
  });
});

describe('training enrolments (受講申込)', () => {
  const ENROLL = `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id } userErrors { code } } }`;
  const PROGRAMS = `{ trainingPrograms(audience: CITIZENS, first: 100) { edges { node { id capacity seatsTaken } } } }`;

  async function openProgram(minSeats: number) {
    const programs = await ask<{ trainingPrograms: { edges: Array<{ node: { id: string; capacity: number; seatsTaken: number } }> } }>(PROGRAMS, {});
    return programs.data!.trainingPrograms.edges.map((edge) => edge.node).find((program) => program.capacity - program.seatsTaken >= minSeats)!;
  }

  it('10 concurrent enrolments of one group in one programme: one enrols, nine get CONFLICT', async () => {
    const program = await openProgram(10);
    const groupId = demoGroupId(120);
    const token = await tokenFor('member', groupId);
    const { winners, losers } = outcome(
      await Promise.all(Array.from({ length: 10 }, () => ask(ENROLL, { input: { programId: program.id, groupId, participants: 1 } }, token))),
    );
    expect(winners).toHaveLength(1);
    expect(losers).toEqual(Array.from({ length: 9 }, () => 'CONFLICT'));
  });

  it('groups racing for the last seats: the seats are never oversold, and every loser gets CONFLICT', async () => {
    const program = await openProgram(1);
    const staff = await tokenFor('staff');
    const racers = Array.from({ length: 12 }, (_, i) => demoGroupId(200 + i));
    const responses = await Promise.all(racers.map((groupId) => ask(ENROLL, { input: { programId: program.id, groupId, participants: 10 } }, staff)));
    const { winners, losers } = outcome(responses);
    for (const code of losers) expect(code).toBe('CONFLICT');
    const after = await ask<{ trainingProgram: { capacity: number; seatsTaken: number } }>(
      `query ($id: ID!) { trainingProgram(id: $id) { capacity seatsTaken } }`,
      { id: program.id },
    );
    expect(after.data!.trainingProgram.seatsTaken).toBeLessThanOrEqual(after.data!.trainingProgram.capacity);
    expect(after.data!.trainingProgram.seatsTaken).toBe(program.seatsTaken + winners.length * 10);
  });
});
