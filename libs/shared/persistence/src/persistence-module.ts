import type { EntityManager } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';

/**
 * What a subgraph contributes to persistence: its own PostgreSQL schema, its entities,
 * its hand-written migrations, and a seeder for the demo data. Subgraphs never read
 * each other's schemas; they reach across only through federation references.
 */
export interface PersistenceModule {
  schema: string;
  // MikroORM takes entity classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: Array<new (...args: any[]) => object>;
  migrations: Array<{ name: string; class: new (...args: any[]) => Migration }>;
  /** Loads the demo data when the schema holds none; returns how many rows it wrote. */
  seed?: (em: EntityManager) => Promise<number>;
}
