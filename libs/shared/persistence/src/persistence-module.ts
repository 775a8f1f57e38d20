import type { EntityManager } from '@mikro-orm/postgresql';
import type { Constructor, MigrationObject } from '@mikro-orm/core';

/**
 * What a subgraph contributes to persistence: its own PostgreSQL schema, its entities,
 * its hand-written migrations, and a seeder for the demo data. Subgraphs never read
 * each other's schemas; they reach across only through federation references.
 */
export interface PersistenceModule {
  schema: string;
  entities: Array<Constructor<object>>;
  migrations: MigrationObject[];
  /** Loads the demo data when the schema holds none; returns how many rows it wrote. */
  seed?: (em: EntityManager) => Promise<number>;
}
