import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityField, ConflictError, NotFoundError, OrganizationType, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoPrincipal } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { Group, GroupPrivateContact, RegistrationStatus } from '../entities';
import { isGroupVisibleTo } from '../policies';
import { GroupDirectory, GROUPS_IN_READING_ORDER } from './group-directory.service';
import { GroupRegistration } from './group-registration.service';

// Service-level tests: the domain code against a real PostgreSQL, no GraphQL in between.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 4 });
});

afterAll(async () => {
  await orm?.close();
});

const application = {
  name: '十二所 里山の手入れの会',
  nameKana: 'じゅうにそ さとやまのていれのかい',
  organizationType: OrganizationType.VOLUNTARY_ASSOCIATION,
  activityFields: [ActivityField.ENVIRONMENT],
  privateContact: { representativeName: '十二所 太郎', email: 'junisou@example.jp' },
};

describe('GroupRegistration', () => {
  it('stores an application as PENDING with its private contact, invisible to the public', async () => {
    const group = await new GroupRegistration(orm.em.fork()).apply(application, demoPrincipal('member'));
    expect(group.registrationStatus).toBe(RegistrationStatus.PENDING);
    expect(group.nameKana).toBe('ジュウニソ サトヤマノテイレノカイ');
    const em = orm.em.fork();
    expect(await em.count(GroupPrivateContact, { group: group.id })).toBe(1);
    const stored = await em.findOneOrFail(Group, { id: group.id });
    expect(isGroupVisibleTo(null, stored)).toBe(false);
    expect(isGroupVisibleTo(demoPrincipal('intermediary'), stored)).toBe(true);
  });

  it('writes nothing when the application is invalid', async () => {
    const before = await orm.em.fork().count(Group, {});
    await expect(
      new GroupRegistration(orm.em.fork()).apply({ ...application, activityFields: [], privateContact: { representativeName: '', email: 'x' } }, demoPrincipal('member')),
    ).rejects.toBeInstanceOf(ValidationFailedError);
    expect(await orm.em.fork().count(Group, {})).toBe(before);
  });

  it('lets only staff of the intermediary where the group applied (or city staff) decide, and only once', async () => {
    const group = await new GroupRegistration(orm.em.fork()).apply({ ...application, name: '浄明寺 竹林の会' }, demoPrincipal('member'));
    const council = demoPrincipal('intermediary', { intermediary: 'social-welfare-council' });
    await expect(new GroupRegistration(orm.em.fork()).approve(group.id, council)).rejects.toBeInstanceOf(NotFoundError);
    const approved = await new GroupRegistration(orm.em.fork()).approve(group.id, demoPrincipal('intermediary'));
    expect(approved.registrationStatus).toBe(RegistrationStatus.REGISTERED);
    expect(approved.registeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(new GroupRegistration(orm.em.fork()).reject(group.id, '重複', demoPrincipal('intermediary'))).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('GroupDirectory', () => {
  it('pages in reading order without gaps or repeats, including groups that share a reading', async () => {
    for (const name of ['ア会', '亜会']) {
      const twin = await new GroupRegistration(orm.em.fork()).apply({ ...application, name, nameKana: 'アカイ' }, demoPrincipal('member'));
      await new GroupRegistration(orm.em.fork()).approve(twin.id, demoPrincipal('intermediary'));
    }
    const directory = new GroupDirectory(orm.em.fork());
    const seen: Group[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page += 1) {
      const result = await directory.list({}, GROUPS_IN_READING_ORDER.request({ first: 7, after }), null);
      total = await result.totalCount();
      seen.push(...result.rows);
      if (!result.hasNextPage) break;
      after = result.cursorOf(result.rows.at(-1)!);
    }
    expect(seen.filter((group) => group.nameKana === 'アカイ')).toHaveLength(2);
    expect(new Set(seen.map((group) => group.id)).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(390);
  });
});
