import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, migrateUp } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { GroupDirectory } from '../services/group-directory.service';
import { groupSearchColumns } from '../search/japanese-search';

// A directory that holds groups from before the read-path migration: the migration writes
// every group's search keys with the service's own normalisation and counts the figures.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 2 });
  const connection = orm.em.getConnection();
  for (const sql of [
    'drop trigger civic_group_statistics on civic_group',
    'drop function civic_group_count_statistics()',
    'drop table group_statistic',
    'drop index civic_group_organization_type_idx',
    'alter table civic_group drop column search_name, drop column search_reading, drop column search_profile, drop column search_terms',
    "delete from mikro_orm_migrations where name = 'Migration20261211000000_directory_read_path'",
  ]) {
    await connection.execute(sql);
  }
  await migrateUp(orm);
});

afterAll(async () => {
  await orm?.close();
});

describe('Migration20261211000000_directory_read_path on a populated directory', () => {
  it('writes the search columns of every group as the service would', async () => {
    const rows = await orm.em
      .getConnection()
      .execute<Array<{ name: string; name_kana: string; description: string; districts: never[]; search_name: string; search_reading: string; search_profile: string; search_terms: string[] }>>(
        'select name, name_kana, description, districts, search_name, search_reading, search_profile, search_terms from civic_group',
      );
    expect(rows).toHaveLength(390);
    for (const row of rows) {
      const expected = groupSearchColumns({ name: row.name, nameKana: row.name_kana, description: row.description, districts: row.districts });
      expect({ searchName: row.search_name, searchReading: row.search_reading, searchProfile: row.search_profile, searchTerms: row.search_terms }).toEqual(expected);
    }
  });

  it('counts the published figures', async () => {
    const statistics = await new GroupDirectory(orm.em.fork()).statistics();
    expect(statistics.total).toBe(390);
    expect(statistics.byOrganizationType.find((row) => row.organizationType === 'VOLUNTARY_ASSOCIATION')?.count).toBe(295);
  });
});
