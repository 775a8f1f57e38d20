import { tokenPublicKeyFromEnvironment } from '@tsunagaru/shared-auth';
import { startSubgraphServer, type SubgraphDefinition } from './subgraph-server';

/** Reads a yes/no environment variable: 1, true or yes mean yes. */
export function envFlag(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : ['1', 'true', 'yes'].includes(value.toLowerCase());
}

/**
 * Entry point of a deployed subgraph replica: configuration comes from the environment
 * only, and SIGTERM drains in-flight requests before the process exits.
 */
export async function runSubgraphFromEnvironment(definition: SubgraphDefinition<never>, defaultPort: number): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (npm start sets it up locally).');
  const running = await startSubgraphServer(definition, {
    databaseUrl,
    port: Number(process.env.PORT ?? defaultPort),
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
