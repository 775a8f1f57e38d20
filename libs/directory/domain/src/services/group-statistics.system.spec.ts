import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityField, OrganizationType } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoGroupId, demoPrincipal } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { GroupDirectory, type GroupStatistics } from './group-directory.service';
import { GroupProfiles } from './group-profile.service';
import { GroupRegistration } from './group-registration.service';

// groupStatistics reads counts a trigger keeps with every write of a group; they must equal a
// full count of the table the moment a decision commits, and under concurrent decisions.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

const cityStaff = demoPrincipal('staff');
let sequence = 0;

async function apply(activityFields: ActivityField[], organizationType = OrganizationType.VOLUNTARY_ASSOCIATION) {
  sequence += 1;
  return new GroupRegistration(orm.em.fork()).apply(
    {
      name: `統計テストの会 ${sequence}`,
      nameKana: 'とうけいてすとのかい',
      organizationType,
      activityFields,
      privateContact: { representativeName: '統計 太郎', email: `stats${sequence}@example.jp` },
    },
    demoPrincipal('member', demoGroupId(0)),
  );
}

/** The figures as a full scan computes them (what the service did before). */
async function recomputed(): Promise<GroupStatistics> {
  const connection = orm.em.getConnection();
  const [total] = await connection.execute<Array<{ count: number }>>("select count(*)::int as count from civic_group where registration_status = 'REGISTERED'");
  const fields = await connection.execute<Array<{ field: string; count: number }>>(
    "select field, count(*)::int as count from civic_group, unnest(activity_fields) field where registration_status = 'REGISTERED' group by field",
  );
  const types = await connection.execute<Array<{ type: string; count: number }>>(
    "select organization_type as type, count(*)::int as count from civic_group where registration_status = 'REGISTERED' group by organization_type",
  );
  const fieldCounts = new Map(fields.map((row) => [row.field, row.count]));
  const typeCounts = new Map(types.map((row) => [row.type, row.count]));
  const read = await new GroupDirectory(orm.em.fork()).statistics();
  return {
    total: total.count,
    byActivityField: read.byActivityField.map(({ field }) => ({ field, count: fieldCounts.get(field) ?? 0 })),
    byOrganizationType: read.byOrganizationType.map(({ organizationType }) => ({ organizationType, count: typeCounts.get(organizationType) ?? 0 })),
  };
}

const statistics = () => new GroupDirectory(orm.em.fork()).statistics();

describe('groupStatistics', () => {
  it('counts a group the moment its registration is approved, not when it applies or is rejected', async () => {
    const before = await statistics();
    const pending = await apply([ActivityField.ENVIRONMENT, ActivityField.TOURISM]);
    expect((await statistics()).total).toBe(before.total);
    await new GroupRegistration(orm.em.fork()).approve(pending.id, cityStaff);
    const after = await statistics();
    expect(after.total).toBe(before.total + 1);
    const count = (figures: GroupStatistics, field: ActivityField) => figures.byActivityField.find((row) => row.field === field)!.count;
    expect(count(after, ActivityField.TOURISM)).toBe(count(before, ActivityField.TOURISM) + 1);
    await new GroupRegistration(orm.em.fork()).reject((await apply([ActivityField.TOURISM])).id, '対象外', cityStaff);
    expect(await statistics()).toEqual(after);
    expect(after).toEqual(await recomputed());
  });

  it('moves a registered group between fields when its profile changes', async () => {
    const group = await apply([ActivityField.SCIENCE_TECHNOLOGY], OrganizationType.NPO_CORPORATION);
    await new GroupRegistration(orm.em.fork()).approve(group.id, cityStaff);
    await new GroupProfiles(orm.em.fork()).update(group.id, { activityFields: [ActivityField.GENDER_EQUALITY] }, demoPrincipal('member', group.id));
    expect(await statistics()).toEqual(await recomputed());
  });

  it('stays equal to a full count when many decisions commit at once', async () => {
    const groups = await Promise.all(
      Array.from({ length: 12 }, (_, index) => apply(index % 2 ? [ActivityField.ENVIRONMENT, ActivityField.CULTURE_ARTS_SPORTS] : [ActivityField.CULTURE_ARTS_SPORTS, ActivityField.ENVIRONMENT])),
    );
    await Promise.all(
      groups.map((group, index) =>
        index % 3 ? new GroupRegistration(orm.em.fork()).approve(group.id, cityStaff) : new GroupRegistration(orm.em.fork()).reject(group.id, '重複', cityStaff),
      ),
    );
    expect(await statistics()).toEqual(await recomputed());
  });

  it('is one statement', async () => {
    const em = orm.em.fork();
    let statements = 0;
    const connection = em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = ((...args: Parameters<typeof execute>) => {
      statements += 1;
      return execute(...args);
    }) as typeof connection.execute;
    await new GroupDirectory(em).statistics();
    connection.execute = execute;
    expect(statements).toBe(1);
  });
});
