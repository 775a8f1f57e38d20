import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@tsunagaru/shared-kernel';
import { demoGroupId, errorCodes, tokenFor, tokenForPrincipal } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Acceptance 2 (waitlist under concurrency) and 4 (a session at a resources venue), and who
// sees enrolments, on a system of its own since it writes.


const own = ownSystem();
const { ask } = own;

const person = (n: number): Principal => ({ subject: `race-person-${n}`, role: 'member', displayName: `受講者 ${n}`, groupIds: [] });

const SCHEDULE = `mutation ($input: ScheduleTrainingSessionInput!) {
  scheduleTrainingSession(input: $input) { session { id capacity venue { id name } } userErrors { field code } }
}`;
const ENROL = `mutation ($input: EnrollInTrainingSessionInput!) {
  enrollInTrainingSession(input: $input) { enrollment { id status position } userErrors { code } }
}`;
const CANCEL = `mutation ($id: ID!) {
  cancelTrainingEnrollment(input: { enrollmentId: $id }) { enrollment { id status } promoted { id status } userErrors { code } }
}`;
const STATE = `query ($id: ID!) {
  trainingSession(id: $id) { enrolledCount waitlistedCount enrollments(first: 100) { edges { node { id status position personName } } } }
}`;

interface EnrollmentRow {
  id: string;
  status: string;
  position: number | null;
  personName: string | null;
}

async function stateOf(sessionId: string) {
  const response = await ask<{ trainingSession: { enrolledCount: number; waitlistedCount: number; enrollments: { edges: Array<{ node: EnrollmentRow }> } } }>(
    STATE,
    { id: sessionId },
    await tokenFor('staff'),
  );
  expect(response.errors).toBeUndefined();
  const rows = response.data!.trainingSession.enrollments.edges.map((edge) => edge.node);
  const waitlist = rows.filter((row) => row.status === 'WAITLISTED').sort((a, b) => a.position! - b.position!);
  return { ...response.data!.trainingSession, rows, waitlist };
}

let citizenProgramId: string;
let staffProgramId: string;
let venue: { id: string; name: string };

beforeAll(async () => {
  const programmes = await ask<{ citizens: { edges: Array<{ node: { id: string } }> }; staff: { edges: Array<{ node: { id: string } }> } }>(
    `{ citizens: trainingPrograms(audience: CITIZENS, first: 1) { edges { node { id } } } staff: trainingPrograms(audience: MID_CAREER_STAFF, first: 1) { edges { node { id } } } }`,
  );
  citizenProgramId = programmes.data!.citizens.edges[0].node.id;
  staffProgramId = programmes.data!.staff.edges[0].node.id;
  const venues = await ask<{ venues: { edges: Array<{ node: { id: string; name: string } }> } }>(`{ venues(first: 1) { edges { node { id name } } } }`);
  venue = venues.data!.venues.edges[0].node;
});

async function schedule(capacity: number, venueId: string | null, programId = citizenProgramId): Promise<string> {
  const response = await ask<{ scheduleTrainingSession: { session: { id: string } | null; userErrors: unknown[] } }>(
    SCHEDULE,
    { input: { programId, startsAt: '2030-06-01T10:00:00+09:00', endsAt: '2030-06-01T12:00:00+09:00', capacity, venueId } },
    await tokenFor('staff'),
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.scheduleTrainingSession.userErrors).toEqual([]);
  return response.data!.scheduleTrainingSession.session!.id;
}

describe('enrolment with a waitlist (acceptance 2)', () => {
  let sessionId: string;
  const tokens: string[] = [];

  it('30 concurrent enrolments into capacity 20: 20 enrolled, 10 waitlisted at positions 1–10', async () => {
    sessionId = await schedule(20, venue.id);
    for (let n = 0; n < 30; n += 1) tokens.push(await tokenForPrincipal(person(n)));
    const responses = await Promise.all(tokens.map((token) => ask<{ enrollInTrainingSession: { enrollment: EnrollmentRow } }>(ENROL, { input: { sessionId } }, token)));
    for (const response of responses) expect(response.errors).toBeUndefined();
    const statuses = responses.map((response) => response.data!.enrollInTrainingSession.enrollment.status);
    expect(statuses.filter((status) => status === 'ENROLLED')).toHaveLength(20);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(10);
    const state = await stateOf(sessionId);
    expect(state.enrolledCount).toBe(20);
    expect(state.waitlistedCount).toBe(10);
    expect(state.waitlist.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The positions returned to the waiting people are the same ones.
    expect(
      responses
        .map((response) => response.data!.enrollInTrainingSession.enrollment)
        .filter((row) => row.status === 'WAITLISTED')
        .map((row) => row.position)
        .sort((a, b) => a! - b!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses a second live enrolment of the same person with CONFLICT, also when racing', async () => {
    const again = await ask(ENROL, { input: { sessionId } }, tokens[0]);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const other = await schedule(3, null);
    const racer = await tokenForPrincipal(person(50));
    const responses = await Promise.all(Array.from({ length: 5 }, () => ask(ENROL, { input: { sessionId: other } }, racer)));
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(responses.flatMap(errorCodes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await stateOf(other)).enrolledCount).toBe(1);
  });

  it('a cancellation promotes position 1, exactly once', async () => {
    const before = await stateOf(sessionId);
    const first = before.waitlist[0];
    const enrolled = before.rows.find((row) => row.status === 'ENROLLED')!;
    const response = await ask<{ cancelTrainingEnrollment: { promoted: { id: string; status: string } } }>(CANCEL, { id: enrolled.id }, await tokenFor('staff'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.cancelTrainingEnrollment.promoted).toEqual({ id: first.id, status: 'ENROLLED' });
    const after = await stateOf(sessionId);
    expect([after.enrolledCount, after.waitlistedCount]).toEqual([20, 9]);
    expect(after.waitlist.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(after.waitlist[0].id).toBe(before.waitlist[1].id);
  });

  it('two racing cancellations of one enrolment: one wins (CONFLICT for the other), one promotion', async () => {
    const before = await stateOf(sessionId);
    const enrolled = before.rows.find((row) => row.status === 'ENROLLED')!;
    const staff = await tokenFor('staff');
    const responses = await Promise.all([ask(CANCEL, { id: enrolled.id }, staff), ask(CANCEL, { id: enrolled.id }, staff)]);
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(responses.flatMap(errorCodes)).toEqual(['CONFLICT']);
    const after = await stateOf(sessionId);
    expect([after.enrolledCount, after.waitlistedCount]).toEqual([20, 8]);
    expect(after.rows.find((row) => row.id === before.waitlist[0].id)!.status).toBe('ENROLLED');
    expect(after.rows.find((row) => row.id === before.waitlist[1].id)!.status).toBe('WAITLISTED');
  });

  it('two racing cancellations of two enrolments promote positions 1 and 2, each once', async () => {
    const before = await stateOf(sessionId);
    const [a, b] = before.rows.filter((row) => row.status === 'ENROLLED');
    const staff = await tokenFor('staff');
    const responses = await Promise.all([ask(CANCEL, { id: a.id }, staff), ask(CANCEL, { id: b.id }, staff)]);
    for (const response of responses) expect(response.errors).toBeUndefined();
    const after = await stateOf(sessionId);
    expect([after.enrolledCount, after.waitlistedCount]).toEqual([20, 6]);
    expect(after.waitlist.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const promoted of before.waitlist.slice(0, 2)) expect(after.rows.find((row) => row.id === promoted.id)!.status).toBe('ENROLLED');
  });

  it('cancelling a waitlisted enrolment promotes nobody; the person may cancel their own, not another', async () => {
    const before = await stateOf(sessionId);
    const waiting = before.waitlist[before.waitlist.length - 1];
    const ownerIndex = Number(waiting.personName!.split(' ')[1]);
    const byOther = await ask(CANCEL, { id: waiting.id }, tokens[(ownerIndex + 1) % 30]);
    expect(errorCodes(byOther)).toEqual(['FORBIDDEN']);
    const own = await ask<{ cancelTrainingEnrollment: { promoted: unknown } }>(CANCEL, { id: waiting.id }, tokens[ownerIndex]);
    expect(own.errors).toBeUndefined();
    expect(own.data!.cancelTrainingEnrollment.promoted).toBeNull();
    const after = await stateOf(sessionId);
    expect([after.enrolledCount, after.waitlistedCount]).toEqual([20, 5]);
  });
});

describe('sessions at venues (acceptance 4) and online', () => {
  it('resolves the resources venue through the gateway, and Venue.trainingSessions lists the session', async () => {
    const sessionId = await schedule(15, venue.id);
    const response = await ask<{ trainingSession: { venue: { id: string; name: string } | null; online: boolean } }>(
      `query ($id: ID!) { trainingSession(id: $id) { online venue { id name } } }`,
      { id: sessionId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.trainingSession).toEqual({ online: false, venue: { id: venue.id, name: venue.name } });
    const atVenue = await ask<{ venue: { trainingSessions: { edges: Array<{ node: { id: string } }> } } }>(
      `query ($id: ID!) { venue(id: $id) { trainingSessions(first: 100) { edges { node { id } } } } }`,
      { id: venue.id },
    );
    expect(atVenue.errors).toBeUndefined();
    expect(atVenue.data!.venue.trainingSessions.edges.map((edge) => edge.node.id)).toContain(sessionId);
  });

  it('an online session has no venue; an unknown venue is a user error', async () => {
    const sessionId = await schedule(15, null);
    const response = await ask<{ trainingSession: { venue: unknown; online: boolean } }>(`query ($id: ID!) { trainingSession(id: $id) { online venue { id } } }`, { id: sessionId });
    expect(response.data!.trainingSession).toEqual({ online: true, venue: null });
    const unknown = await ask<{ scheduleTrainingSession: { userErrors: Array<{ code: string }> } }>(
      SCHEDULE,
      { input: { programId: citizenProgramId, startsAt: '2030-06-01T10:00:00+09:00', endsAt: '2030-06-01T12:00:00+09:00', capacity: 5, venueId: '00000000-0000-5000-8000-000000000000' } },
      await tokenFor('staff'),
    );
    expect(unknown.data!.scheduleTrainingSession.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('seeded sessions around today resolve their venues', async () => {
    const response = await ask<{ trainingSessions: { edges: Array<{ node: { venue: { name: string } | null; online: boolean } }> } }>(
      `{ trainingSessions(first: 50) { edges { node { online venue { name } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.trainingSessions.edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.venue?.name)).toBe(true);
    expect(nodes.some((node) => node.online && node.venue === null)).toBe(true);
    for (const node of nodes) if (!node.online) expect(node.venue?.name).toBeTruthy();
  });
});

describe('who may do and see what in training', () => {
  it('only city staff schedule sessions; staff programmes take city staff only', async () => {
    const refused = await ask(SCHEDULE, { input: { programId: citizenProgramId, startsAt: '2030-06-01T10:00:00+09:00', endsAt: '2030-06-01T12:00:00+09:00', capacity: 5 } }, await tokenFor('intermediary'));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const staffSession = await schedule(5, null, staffProgramId);
    const citizen = await ask(ENROL, { input: { sessionId: staffSession } }, await tokenForPrincipal(person(99)));
    expect(errorCodes(citizen)).toEqual(['FORBIDDEN']);
    const staff = await ask<{ enrollInTrainingSession: { enrollment: { status: string } } }>(ENROL, { input: { sessionId: staffSession } }, await tokenFor('staff', { department: 'environment' }));
    expect(staff.data!.enrollInTrainingSession.enrollment.status).toBe('ENROLLED');
  });

  it('enrolment lists are for staff; a group sees the enrolments made for it; attendance is recorded by staff', async () => {
    const sessionId = await schedule(10, null);
    const group = demoGroupId(5);
    const member = await tokenFor('member', group);
    const made = await ask<{ enrollInTrainingSession: { enrollment: { id: string } } }>(ENROL, { input: { sessionId, groupId: group } }, member);
    expect(made.errors).toBeUndefined();
    const enrollmentId = made.data!.enrollInTrainingSession.enrollment.id;
    const forOtherGroup = await ask(ENROL, { input: { sessionId, groupId: demoGroupId(6) } }, await tokenForPrincipal(person(77)));
    expect(errorCodes(forOtherGroup)).toEqual(['FORBIDDEN']);

    const LIST = `query ($id: ID!) { trainingSession(id: $id) { enrolledCount enrollments(first: 10) { edges { node { id } } } } }`;
    for (const token of [undefined, member, await tokenFor('reviewer')]) {
      const hidden = await ask<{ trainingSession: { enrolledCount: number; enrollments: unknown } }>(LIST, { id: sessionId }, token);
      expect(hidden.data!.trainingSession.enrolledCount).toBe(1);
      expect(hidden.data!.trainingSession.enrollments).toBeNull();
    }
    for (const token of [await tokenFor('staff'), await tokenFor('intermediary')]) {
      const shown = await ask<{ trainingSession: { enrollments: { edges: unknown[] } } }>(LIST, { id: sessionId }, token);
      expect(shown.data!.trainingSession.enrollments.edges).toHaveLength(1);
    }

    const GROUP = `query ($id: ID!) { group(id: $id) { trainingSessionEnrollments(first: 10) { edges { node { id session { id } } } } } }`;
    const own = await ask<{ group: { trainingSessionEnrollments: { edges: Array<{ node: { id: string } }> } } }>(GROUP, { id: group }, member);
    expect(own.data!.group.trainingSessionEnrollments.edges.map((edge) => edge.node.id)).toContain(enrollmentId);
    for (const token of [undefined, await tokenFor('member', demoGroupId(6))]) {
      const refused = await ask<{ group: { trainingSessionEnrollments: unknown } }>(GROUP, { id: group }, token);
      expect(refused.data!.group.trainingSessionEnrollments).toBeNull();
    }
    const mine = await ask<{ myTrainingSessionEnrollments: { edges: Array<{ node: { id: string } }> } }>(`{ myTrainingSessionEnrollments(first: 50) { edges { node { id } } } }`, {}, member);
    expect(mine.data!.myTrainingSessionEnrollments.edges.map((edge) => edge.node.id)).toContain(enrollmentId);

    const ATTEND = `mutation ($id: ID!) { recordAttendance(input: { enrollmentId: $id, attended: true }) { enrollment { attended } userErrors { code } } }`;
    expect(errorCodes(await ask(ATTEND, { id: enrollmentId }, member))).toEqual(['FORBIDDEN']);
    const recorded = await ask<{ recordAttendance: { enrollment: { attended: boolean } } }>(ATTEND, { id: enrollmentId }, await tokenFor('intermediary'));
    expect(recorded.data!.recordAttendance.enrollment.attended).toBe(true);
  });

  it('participation figures and staff trained per department are public aggregates', async () => {
    const response = await ask<{
      trainingParticipation: { sessions: number; enrolled: number; attended: number; attendanceRate: number | null; firstTimeParticipants: number };
      departments: { edges: Array<{ node: { staffTraining: Array<{ audience: string; staffTrained: number }> } }> };
    }>(`{ trainingParticipation { sessions enrolled attended attendanceRate firstTimeParticipants }
          departments(first: 20) { edges { node { staffTraining { audience staffTrained enrolled attended } } } } }`);
    expect(response.errors).toBeUndefined();
    const figures = response.data!.trainingParticipation;
    expect(figures.sessions).toBeGreaterThan(0);
    expect(figures.attended).toBeLessThanOrEqual(figures.enrolled);
    expect(figures.firstTimeParticipants).toBeLessThanOrEqual(figures.attended);
    const staffRows = response.data!.departments.edges.flatMap((edge) => edge.node.staffTraining);
    expect(staffRows.length).toBeGreaterThan(0);
    for (const row of staffRows) expect(['YOUNG_STAFF', 'MID_CAREER_STAFF', 'MANAGERIAL_STAFF']).toContain(row.audience);
  });
});
