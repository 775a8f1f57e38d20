import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { withSchemaLock } from './create-orm';
import type { PersistenceModule } from './persistence-module';

/**
 * Writes one subgraph's demo data. It is called only for an empty schema and inside a
 * transaction, so it neither checks for existing rows nor opens a transaction itself.
 */
export interface DemoSeeder {
  /** Returns how many rows it wrote. */
  seed(em: EntityManager): Promise<number>;
}

/**
 * Loads demo data into a module's schema only when none of the module's tables holds a
 * row, so it never mixes with real data. Replicas starting together wait on the
 * per-schema lock and then find the schema filled. The check and the seeder's writes run
 * in the transaction that holds the lock, on one connection: they commit or roll back as one.
 */
export async function seedDemoDataIfEmpty(orm: MikroORM, module: PersistenceModule, seeder: DemoSeeder): Promise<number> {
  return withSchemaLock(orm, 'seed', async (lockTransaction) => {
    if (await holdsAnyRow(lockTransaction, orm, module)) return 0;
    return orm.em.fork().transactional((em) => seeder.seed(em), { ctx: lockTransaction });
  });
}

/** One statement over every entity table of the module: does any of them hold a row? */
async function holdsAnyRow(lockTransaction: Knex.Transaction, orm: MikroORM, module: PersistenceModule): Promise<boolean> {
  const tables = module.entities.map((entity) => {
    const meta = orm.getMetadata().find(entity.name);
    if (!meta) throw new Error(`entity ${entity.name} is not registered in schema ${module.schema}`);
    return `${meta.schema ?? module.schema}.${meta.tableName}`;
  });
  if (tables.length === 0) return false;
  const probes = tables.map(() => 'exists (select 1 from ??)').join(' or ');
  const result = await lockTransaction.raw<{ rows: Array<{ populated: boolean }> }>(`select ${probes} as populated`, tables);
  return result.rows[0].populated;
}
