import type { Constructor, MigrationObject } from '@mikro-orm/core';

/**
 * What a subgraph contributes to persistence: its own PostgreSQL schema, its entities and
 * its hand-written migrations. Subgraphs never read each other's schemas; they reach
 * across only through federation references. Demo data is not part of it: it lives in
 * the subgraph's demo-data project, so production bundles never carry it.
 */
export interface PersistenceModule {
  schema: string;
  entities: Array<Constructor<object>>;
  migrations: MigrationObject[];
}
