import { tokenPublicKeyFromEnvironment } from '@tsunagaru/shared-auth';
import type { SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { envFlag } from '@tsunagaru/shared-http';
import { subgraphEntry } from '@tsunagaru/shared-topology';
import { startSubgraphServer } from './subgraph-server';

/**
 * Entry point of a deployed subgraph replica: configuration comes from the environment
 * only, and SIGTERM drains in-flight requests before the process exits.
 */
export async function runSubgraphFromEnvironment(definition: SubgraphDefinition): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (npm start sets it up locally).');
  const running = await startSubgraphServer(definition, {
    databaseUrl,
    port: Number(process.env.PORT ?? subgraphEntry(definition.name).defaultPort),
    host: process.env.HOST ?? '0.0.0.0',
    tokenPublicKey: await tokenPublicKeyFromEnvironment(),
    migrate: envFlag(process.env.MIGRATE_ON_START, true),
    exposeSqlStatementCount: envFlag(process.env.EXPOSE_SQL_STATEMENT_COUNT, false),
    poolMax: process.env.DATABASE_POOL_MAX ? Number(process.env.DATABASE_POOL_MAX) : undefined,
  });
  console.log(`${definition.name} subgraph listening on ${running.url}`);
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
