import 'reflect-metadata';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEMO_SEEDERS, SUBGRAPHS, demoSeederFor } from '@tsunagaru/platform';
import { DEMO_DEPARTMENTS, DEMO_INTERMEDIARIES } from '@tsunagaru/shared-demo-data';
import { createOrm, migrateUp, seedDemoDataIfEmpty, type DemoSeeder } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';

const directory = SUBGRAPHS.find(({ definition }) => definition.name === 'directory')!.definition;

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function directoryRowCounts(databaseUrl: string): Promise<Record<string, number>> {
  return withClient(databaseUrl, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of ['civic_group', 'group_private_contact', 'intermediary', 'department']) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from directory.${table}`);
      counts[table] = Number(rows[0].n);
    }
    return counts;
  });
}

const emptyDirectory = (databaseUrl: string) =>
  withClient(databaseUrl, (client) => client.query('truncate directory.group_private_contact, directory.civic_group, directory.intermediary, directory.department cascade'));

describe('migrations and demo seeding on start-up', () => {
  it('has demo data for every subgraph and for nothing else', () => {
    expect(Object.keys(DEMO_SEEDERS).sort()).toEqual(SUBGRAPHS.map(({ definition }) => definition.name).sort());
    expect(() => demoSeederFor('gateway')).toThrow('no demo data for subgraph "gateway"');
  });

  it('are idempotent: a restarted replica applies nothing and seeds nothing', async () => {
    const databaseUrl = await createScratchDatabase();
    for (const { definition } of SUBGRAPHS) {
      const orm = await createOrm(definition.persistence, { databaseUrl, poolMax: 2 });
      try {
        expect(await migrateUp(orm)).toEqual([]);
        expect(await seedDemoDataIfEmpty(orm, definition.persistence, demoSeederFor(definition.name))).toBe(0);
      } finally {
        await orm.close();
      }
    }
  });

  it('seed an empty schema, and leave one alone as soon as any of its tables holds a row', async () => {
    const databaseUrl = await createScratchDatabase();
    await emptyDirectory(databaseUrl);
    // One connection: the check and the writes must share the transaction that holds the lock.
    const orm = await createOrm(directory.persistence, { databaseUrl, poolMax: 1 });
    try {
      const written = await seedDemoDataIfEmpty(orm, directory.persistence, demoSeederFor('directory'));
      expect(written).toBe(390 * 2 + DEMO_DEPARTMENTS.length + DEMO_INTERMEDIARIES.length);
      expect(await directoryRowCounts(databaseUrl)).toEqual({
        civic_group: 390,
        group_private_contact: 390,
        intermediary: DEMO_INTERMEDIARIES.length,
        department: DEMO_DEPARTMENTS.length,
      });

      // Rows in one table of the module are enough: demo data never mixes with real data.
      await withClient(databaseUrl, async (client) => {
        await client.query('truncate directory.group_private_contact, directory.civic_group, directory.intermediary cascade');
      });
      expect(await seedDemoDataIfEmpty(orm, directory.persistence, demoSeederFor('directory'))).toBe(0);
      expect((await directoryRowCounts(databaseUrl)).civic_group).toBe(0);
    } finally {
      await orm.close();
    }
  });

  it('roll back every row a failing seeder wrote', async () => {
    const databaseUrl = await createScratchDatabase();
    await emptyDirectory(databaseUrl);
    const failing: DemoSeeder = {
      async seed(em) {
        await demoSeederFor('directory').seed(em);
        throw new Error('seeder failed halfway');
      },
    };
    const orm = await createOrm(directory.persistence, { databaseUrl, poolMax: 2 });
    try {
      await expect(seedDemoDataIfEmpty(orm, directory.persistence, failing)).rejects.toThrow('seeder failed halfway');
      expect(await directoryRowCounts(databaseUrl)).toEqual({ civic_group: 0, group_private_contact: 0, intermediary: 0, department: 0 });
    } finally {
      await orm.close();
    }
  });

  it('keep each subgraph inside its own schema, with nothing in public', async () => {
    const client = new pg.Client({ connectionString: await createScratchDatabase() });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_schema: string; table_name: string }>(
        `select table_schema, table_name from information_schema.tables
          where table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
      );
      const schemas = new Set(rows.map((row) => row.table_schema));
      expect([...schemas].sort()).toEqual(['collaboration', 'directory', 'engagement', 'resources']);
      for (const schema of schemas) {
        expect(rows.some((row) => row.table_schema === schema && row.table_name === 'mikro_orm_migrations')).toBe(true);
      }
    } finally {
      await client.end();
    }
  });

  it('run migrations and seeding from replicas starting together without a clash', async () => {
    const databaseUrl = await createScratchDatabase();
    await withClient(databaseUrl, (client) => client.query('drop schema directory cascade'));
    const replicas = await Promise.all([1, 2, 3].map(() => createOrm(directory.persistence, { databaseUrl, poolMax: 2 })));
    try {
      const applied = await Promise.all(replicas.map((orm) => migrateUp(orm)));
      expect(applied.flat()).toHaveLength(directory.persistence.migrations.length);
      const seeded = await Promise.all(replicas.map((orm) => seedDemoDataIfEmpty(orm, directory.persistence, demoSeederFor('directory'))));
      expect(seeded.filter((rows) => rows > 0)).toHaveLength(1);
      expect((await directoryRowCounts(databaseUrl)).civic_group).toBe(390);
    } finally {
      await Promise.all(replicas.map((orm) => orm.close()));
    }
  });
});
