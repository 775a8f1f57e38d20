import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityField, District } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { RECOUNT_GROUP_STATISTICS_SQL } from '../search/group-statistics-sql';
import { GroupDirectory, type GroupFilter } from './group-directory.service';

// The plans of the website's reads at 100× the demo directory (39,000 groups): each one is
// served by an index, never by a scan of the whole table. The key lines are printed.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 4 });
  const connection = orm.em.getConnection();
  // A bulk load: counts recounted once and the terms index built once, as the scale generator does.
  await connection.execute('alter table civic_group disable trigger civic_group_statistics');
  await connection.execute('drop index civic_group_search_terms_idx');
  await connection.execute(`
    insert into civic_group (id, name, name_kana, search_name, search_reading, search_profile, search_terms, organization_type, activity_fields,
                             districts, description, registration_status, registered_on, registered_at_intermediary_id)
    select gen_random_uuid(), left(name, 90) || ' ' || copy, name_kana || 'ノ' || copy, search_name || copy, search_reading || 'ノ' || copy,
           search_profile, search_terms, organization_type, activity_fields, districts, description, registration_status, registered_on,
           registered_at_intermediary_id
      from civic_group, generate_series(1, 99) as copy`);
  await connection.execute('create index civic_group_search_terms_idx on civic_group using gin (search_terms)');
  await connection.execute('alter table civic_group enable trigger civic_group_statistics');
  for (const sql of RECOUNT_GROUP_STATISTICS_SQL) await connection.execute(sql);
  await connection.execute('analyze civic_group');
  await connection.execute('analyze group_statistic');
}, 300_000);

afterAll(async () => {
  await orm?.close();
});

/** Runs `read` and returns the plan of each statement it sent. */
async function plansOf(read: (directory: GroupDirectory) => Promise<unknown>): Promise<string[]> {
  const em = orm.em.fork();
  const connection = em.getConnection();
  const execute = connection.execute.bind(connection);
  const statements: Array<{ sql: string; params: unknown[] }> = [];
  connection.execute = ((sql: string, params: unknown[] = [], ...rest: unknown[]) => {
    statements.push({ sql, params });
    return (execute as (...args: unknown[]) => Promise<unknown>)(sql, params, ...rest);
  }) as typeof connection.execute;
  try {
    await read(new GroupDirectory(em));
  } finally {
    connection.execute = execute;
  }
  const plans: string[] = [];
  for (const { sql, params } of statements) {
    const rows = await execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, costs off) ${sql}`, params);
    plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
  return plans;
}

const page = (filter: GroupFilter, after?: string) => (directory: GroupDirectory) =>
  directory.list(filter, GroupDirectory.orderFor(filter).request({ first: 20, after }), null);

describe('plans of the website reads at 100×', () => {
  it('has 39,000 groups', async () => {
    const [row] = await orm.em.getConnection().execute<Array<{ count: number }>>('select count(*)::int as count from civic_group');
    expect(row.count).toBe(39_000);
    expect((await new GroupDirectory(orm.em.fork()).statistics()).total).toBe(39_000);
  });

  it.each<[string, GroupFilter, RegExp]>([
    ['the first page', {}, /Index (Only )?Scan using civic_group_status_kana_idx/],
    ['a field + district filter', { activityFields: [ActivityField.ENVIRONMENT], districts: [District.OFUNA] }, /Index (Only )?Scan|Bitmap Index Scan/],
    ['a rare field', { activityFields: [ActivityField.SCIENCE_TECHNOLOGY] }, /Bitmap Index Scan on civic_group_activity_fields_idx|Index Scan/],
    ['a two-character search (大船)', { text: '大船' }, /Bitmap Index Scan on civic_group_search_name_prefix_idx/],
    ['a text search (稲村ヶ崎 朝市)', { text: '稲村ヶ崎 朝市' }, /Bitmap Index Scan on civic_group_search_terms_idx/],
  ])('reads %s through an index', async (name, filter, index) => {
    const plans = await plansOf(page(filter));
    expect(plans).toHaveLength(1);
    console.log(`[plan] ${name}\n${plans[0]}`);
    expect(plans[0]).toMatch(index);
    expect(plans[0]).not.toMatch(/Seq Scan on civic_group/);
  });

  it('reads the page after the 1,000th row with a row comparison the index serves', async () => {
    const directory = new GroupDirectory(orm.em.fork());
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const result = await directory.list({}, GroupDirectory.orderFor({}).request({ first: 100, after }), null);
      after = result.cursorOf(result.rows.at(-1)!);
    }
    const [plan] = await plansOf(page({}, after));
    console.log(`[plan] the page after row 1,000\n${plan}`);
    expect(plan).toMatch(/Index Cond: .*ROW\(name_kana, id\) > ROW\(/);
    expect(plan).not.toMatch(/Seq Scan on civic_group/);
  });

  it('reads a search tier by tier: the first page of 大船 never runs the later tiers', async () => {
    const [plan] = await plansOf(page({ text: '大船' }));
    console.log(`[plan] 大船, first page\n${plan}`);
    expect(plan).toMatch(/Append/);
    expect(plan).toMatch(/Bitmap Index Scan on civic_group_name_terms_idx \(never executed\)/);
    expect(plan).not.toMatch(/Seq Scan on civic_group/);
  });

  it('reads the profile-only tier of 大船 (a fifth of the directory) in reading order, not by ranking every match', async () => {
    const directory = new GroupDirectory(orm.em.fork());
    const filter = { text: '大船' };
    let after: string | undefined;
    let rank = 0;
    while (rank < 3) {
      const result = await directory.list(filter, GroupDirectory.orderFor(filter).request({ first: 100, after }), null);
      after = result.cursorOf(result.rows.at(-1)!);
      rank = (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as number[])[0];
    }
    const [plan] = await plansOf(page(filter, after));
    console.log(`[plan] 大船, a page of the profile-only tier\n${plan}`);
    expect(plan).toMatch(/Index Scan using civic_group_status_kana_idx/);
    expect(plan).not.toMatch(/Seq Scan on civic_group/);
    const rowsRead = Math.max(...[...plan.matchAll(/rows=(\d+)/g)].map((match) => Number(match[1])));
    expect(rowsRead).toBeLessThan(1_000);
  });

  it('reads the figures from the maintained counts, not the groups', async () => {
    const [plan] = await plansOf((directory) => directory.statistics());
    console.log(`[plan] groupStatistics\n${plan}`);
    expect(plan).not.toMatch(/civic_group /);
  });
});
