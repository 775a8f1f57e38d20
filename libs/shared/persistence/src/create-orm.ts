import { MikroORM, PostgreSqlDriver, type Knex } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { PersistenceModule } from './persistence-module';
import { currentLogger, tallySqlStatement } from '@tsunagaru/shared-telemetry';

export interface OrmOptions {
  databaseUrl: string;
  /** Connections per replica; PostgreSQL's limit is shared by every replica. */
  poolMax?: number;
}

export async function createOrm(module: PersistenceModule, options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    schema: module.schema,
    entities: module.entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: module.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // Hand-written migrations and aggregate SQL name tables without a schema: every
      // connection of a subgraph resolves them inside that subgraph's own schema only.
      afterCreate: (connection: { query: (sql: string, done: (error?: Error) => void) => void }, done: (error: Error | undefined, connection: unknown) => void) => {
        connection.query(`set search_path to "${module.schema}"`, (error) => done(error, connection));
      },
    },
    // Every request gets its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    ensureDatabase: false,
    forceUtcTimezone: true,
    onQuery: tallySqlStatement,
    // The ORM's own lines (the migrator's) as JSON logs like every other line.
    colors: false,
    logger: (message: string) => currentLogger().info({ component: 'mikro-orm' }, message),
  });
}

/**
 * Replicas starting together would race on migrations and on seeding: a per-schema
 * advisory lock makes later ones wait, then find nothing left to do. The lock lives as
 * long as the transaction handed to `fn`, so `fn` must finish its writes before returning.
 */
export async function withSchemaLock<T>(orm: MikroORM, purpose: string, fn: (lockTransaction: Knex.Transaction) => Promise<T>): Promise<T> {
  const knex = orm.em.getConnection().getKnex();
  const lockKey = `tsunagaru:${purpose}:${orm.config.get('schema')}`;
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [lockKey]);
    return fn(trx);
  });
}

/** Applies pending migrations; safe to run from every replica at start-up. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  return withSchemaLock(orm, 'migrate', async () => {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  });
}
