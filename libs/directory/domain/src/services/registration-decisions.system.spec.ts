import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActivityField,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OrganizationType,
  ValidationFailedError,
  type Principal,
} from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoGroupId, demoIntermediaryId, demoPrincipal } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { Group, RegistrationStatus } from '../entities';
import { isGroupVisibleTo } from '../policies';
import { GroupDirectory, GROUPS_IN_READING_ORDER } from './group-directory.service';
import { GroupProfiles } from './group-profile.service';
import { GroupRegistration } from './group-registration.service';

// Registration at an intermediary, decisions by its staff, and visibility, against a real
// PostgreSQL; the races run on separate connections at once.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

const CENTER = demoIntermediaryId('civic-activity-center');
const COUNCIL = demoIntermediaryId('social-welfare-council');
const centerStaff = demoPrincipal('intermediary');
const councilStaff = demoPrincipal('intermediary', { intermediary: 'social-welfare-council' });
const cityStaff = demoPrincipal('staff');
const applicant = demoPrincipal('member', demoGroupId(0));
let sequence = 0;

async function applyAt(intermediaryId?: string): Promise<Group> {
  sequence += 1;
  return new GroupRegistration(orm.em.fork()).apply(
    {
      name: `七里ガ浜 海岸清掃の会 ${sequence}`,
      nameKana: 'しちりがはま かいがんせいそうのかい',
      organizationType: OrganizationType.VOLUNTARY_ASSOCIATION,
      activityFields: [ActivityField.ENVIRONMENT],
      privateContact: { representativeName: '七里 浜子', email: `shichiri${sequence}@example.jp` },
      intermediaryId,
    },
    applicant,
  );
}

const memberOf = (group: Group): Principal => demoPrincipal('member', group.id);

describe('where a group applies', () => {
  it('is the Civic Activity Center unless the application names another intermediary', async () => {
    expect((await applyAt()).registeredAtIntermediaryId).toBe(CENTER);
    expect((await applyAt(COUNCIL)).registeredAtIntermediaryId).toBe(COUNCIL);
  });

  it('must be an intermediary that exists', async () => {
    const failure = await applyAt('00000000-0000-5000-8000-000000000000').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationFailedError);
    expect((failure as ValidationFailedError).issues).toEqual([expect.objectContaining({ field: ['intermediaryId'], code: 'NOT_FOUND' })]);
  });
});

describe('who decides on a registration', () => {
  it("refuses another intermediary's staff, who cannot even see the application", async () => {
    const group = await applyAt();
    await expect(new GroupRegistration(orm.em.fork()).approve(group.id, councilStaff)).rejects.toBeInstanceOf(NotFoundError);
    await expect(new GroupRegistration(orm.em.fork()).reject(group.id, '対象外', councilStaff)).rejects.toBeInstanceOf(NotFoundError);
    const stored = await orm.em.fork().findOneOrFail(Group, group.id);
    expect(stored.registrationStatus).toBe(RegistrationStatus.PENDING);
  });

  it("refuses the group's own members, who see their application but may not decide on it", async () => {
    const group = await applyAt();
    await expect(new GroupRegistration(orm.em.fork()).approve(group.id, memberOf(group))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets staff of the intermediary where the group applied decide, and city staff too', async () => {
    const atCouncil = await applyAt(COUNCIL);
    await expect(new GroupRegistration(orm.em.fork()).approve(atCouncil.id, centerStaff)).rejects.toBeInstanceOf(NotFoundError);
    const approved = await new GroupRegistration(orm.em.fork()).approve(atCouncil.id, councilStaff);
    expect(approved).toMatchObject({ registrationStatus: RegistrationStatus.REGISTERED, registeredAtIntermediaryId: COUNCIL });

    const rejected = await new GroupRegistration(orm.em.fork()).reject((await applyAt()).id, '  活動実績が確認できないため ', cityStaff);
    expect(rejected).toMatchObject({ registrationStatus: RegistrationStatus.REJECTED, rejectionReason: '活動実績が確認できないため' });
  });
});

describe('concurrent decisions on one application', () => {
  async function race(decisions: Array<(registration: GroupRegistration) => Promise<Group>>) {
    const outcomes = await Promise.allSettled(decisions.map((decide) => decide(new GroupRegistration(orm.em.fork()))));
    const winners = outcomes.filter((outcome): outcome is PromiseFulfilledResult<Group> => outcome.status === 'fulfilled');
    const losers = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    return { winners: winners.map((outcome) => outcome.value), reasons: losers.map((outcome) => outcome.reason as unknown) };
  }

  it('lets exactly one of ten simultaneous approvals through; the other nine get CONFLICT', async () => {
    const group = await applyAt();
    const { winners, reasons } = await race(Array.from({ length: 10 }, () => (registration) => registration.approve(group.id, centerStaff)));
    expect(winners).toHaveLength(1);
    expect(reasons).toHaveLength(9);
    for (const reason of reasons) expect(reason).toBeInstanceOf(ConflictError);
  });

  it('keeps exactly one decision when five approvals and five rejections race', async () => {
    const group = await applyAt();
    const { winners, reasons } = await race(
      Array.from({ length: 10 }, (_, index) =>
        index % 2 === 0
          ? (registration: GroupRegistration) => registration.approve(group.id, index < 5 ? centerStaff : cityStaff)
          : (registration: GroupRegistration) => registration.reject(group.id, `理由 ${index}`, index < 5 ? cityStaff : centerStaff),
      ),
    );
    expect(winners).toHaveLength(1);
    for (const reason of reasons) expect(reason).toBeInstanceOf(ConflictError);
    const stored = await orm.em.fork().findOneOrFail(Group, group.id);
    // What is stored is the winner's decision, whole: no approval with a rejection reason, or the reverse.
    expect(stored.registrationStatus).toBe(winners[0].registrationStatus);
    expect(stored.rejectionReason).toBe(winners[0].rejectionReason);
    if (stored.registrationStatus === RegistrationStatus.REGISTERED) expect(stored.registeredOn).not.toBeNull();
    else expect(stored.registeredOn).toBeNull();
  });
});

describe('who sees an unregistered group', () => {
  it('is the same in group(id) and in lists, for each kind of caller', async () => {
    const pending = await applyAt();
    const rejected = await new GroupRegistration(orm.em.fork()).reject((await applyAt()).id, '重複', centerStaff);
    const callers: Array<[string, Principal | null, boolean]> = [
      ['anonymous', null, false],
      ['a member of the group', memberOf(pending), true],
      ['a member of another group', demoPrincipal('member', demoGroupId(5)), false],
      ["staff of the group's intermediary", centerStaff, true],
      ['staff of another intermediary', councilStaff, false],
      ['city staff', cityStaff, true],
    ];
    for (const [label, caller, seesPending] of callers) {
      const directory = new GroupDirectory(orm.em.fork());
      const stored = await orm.em.fork().findOneOrFail(Group, { id: pending.id });
      expect(isGroupVisibleTo(caller, stored), label).toBe(seesPending);
      const { rows } = await directory.list(
        { registrationStatuses: [RegistrationStatus.PENDING, RegistrationStatus.REJECTED] },
        GROUPS_IN_READING_ORDER.request({ first: 100 }),
        caller,
      );
      expect(rows.some((row) => row.id === pending.id), label).toBe(seesPending);
      // The rejected one is the member's only if it is their group: it is not.
      const seesRejected = seesPending && label !== 'a member of the group';
      expect(rows.some((row) => row.id === rejected.id), label).toBe(seesRejected);
      expect(rows.every((row) => row.registrationStatus !== RegistrationStatus.REGISTERED), label).toBe(true);
    }
  });

  it('lists only registered groups when no status is asked for, even to city staff', async () => {
    const pending = await applyAt();
    const { rows } = await new GroupDirectory(orm.em.fork()).list({ text: '七里ガ浜 海岸清掃の会' }, GROUPS_IN_READING_ORDER.request({ first: 100 }), cityStaff);
    expect(rows.map((row) => row.id)).not.toContain(pending.id);
  });
});

describe('who edits a group profile', () => {
  it('is its members, staff of its intermediary and city staff; not staff of another intermediary', async () => {
    const registered = demoGroupId(11);
    await expect(new GroupProfiles(orm.em.fork()).update(registered, { memberCount: 3 }, councilStaff)).rejects.toBeInstanceOf(ForbiddenError);
    for (const caller of [demoPrincipal('member', registered), centerStaff, cityStaff]) {
      expect((await new GroupProfiles(orm.em.fork()).update(registered, { memberCount: 12 }, caller)).memberCount).toBe(12);
    }
  });

  it('answers NOT_FOUND, not FORBIDDEN, for an unregistered group the caller may not see', async () => {
    const pending = await applyAt();
    await expect(new GroupProfiles(orm.em.fork()).update(pending.id, { memberCount: 3 }, councilStaff)).rejects.toBeInstanceOf(NotFoundError);
    await expect(new GroupProfiles(orm.em.fork()).update(pending.id, { memberCount: 3 }, memberOf(pending))).resolves.toMatchObject({ memberCount: 3 });
  });
});
