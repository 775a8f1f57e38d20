import 'reflect-metadata';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@tsunagaru/platform';
import { createOrm, migrateUp, seedIfEmpty } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';

describe('migrations and demo seeding on start-up', () => {
  it('are idempotent: a restarted replica applies nothing and seeds nothing', async () => {
    const databaseUrl = await createScratchDatabase();
    for (const { definition } of SUBGRAPHS) {
      const orm = await createOrm(definition.persistence, { databaseUrl, poolMax: 2 });
      try {
        expect(await migrateUp(orm)).toEqual([]);
        expect(await seedIfEmpty(orm, definition.persistence)).toBe(0);
      } finally {
        await orm.close();
      }
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

  it('run migrations from replicas starting together without a clash', async () => {
    const databaseUrl = await createScratchDatabase();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('drop schema directory cascade');
    await client.end();
    const { definition } = SUBGRAPHS[0];
    const replicas = await Promise.all([1, 2, 3].map(() => createOrm(definition.persistence, { databaseUrl, poolMax: 2 })));
    try {
      const applied = await Promise.all(replicas.map((orm) => migrateUp(orm)));
      expect(applied.flat()).toHaveLength(definition.persistence.migrations.length);
      const seeded = await Promise.all(replicas.map((orm) => seedIfEmpty(orm, definition.persistence)));
      expect(seeded.filter((rows) => rows > 0)).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((orm) => orm.close()));
    }
  });
});
