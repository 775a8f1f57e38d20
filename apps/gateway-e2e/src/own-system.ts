import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, postGraphQL, testTokenPublicKey, type GraphQLResponse } from '@tsunagaru/shared-testing';

export interface OwnSystem {
  /** The running system (set once the suite's beforeAll has run). */
  readonly system: RunningSystem;
  /** An operation through the gateway, with an optional bearer token. */
  ask<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** SQL straight to one subgraph's schema (`?` placeholders in order), for what a test must check in the database itself. */
  sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The pool behind `sql`, for a test that drives a transaction by hand. */
  readonly pool: pg.Pool;
}

/**
 * A whole system on a scratch database of the suite's own, for suites that write (races,
 * workflows) and so must not share the run's common system. Registers its own beforeAll and
 * afterAll; `schema` names the subgraph schema `sql` reads.
 */
export function ownSystem(options: { schema?: string } = {}): OwnSystem {
  let system: RunningSystem | undefined;
  let pool: pg.Pool | undefined;
  beforeAll(async () => {
    const databaseUrl = await createScratchDatabase();
    system = await startSystem({ databaseUrl, tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
    if (options.schema) pool = new pg.Pool({ connectionString: databaseUrl, max: 2, options: `-c search_path=${options.schema}` });
  });
  afterAll(async () => {
    await pool?.end();
    await system?.stop();
  });
  return {
    get system() {
      if (!system) throw new Error('The system starts in beforeAll.');
      return system;
    },
    get pool() {
      if (!pool) throw new Error('ownSystem({ schema }) names the schema the pool reads.');
      return pool;
    },
    ask: (query, variables = {}, token) => postGraphQL(system!.gateway.url, query, variables, token),
    async sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []) {
      if (!pool) throw new Error('ownSystem({ schema }) names the schema sql reads.');
      let n = 0;
      return (await pool.query<T>(text.replace(/\?/g, () => `$${++n}`), params)).rows;
    },
  };
}
