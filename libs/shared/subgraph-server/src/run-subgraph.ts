import { subgraphSecretFromEnvironment, tokenVerifierFromEnvironment } from '@tsunagaru/shared-auth';
import { authorizationServerFromEnvironment } from './authorization-server-from-environment';
import type { SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { envFlag, graphqlLimitsFromEnvironment, isProduction } from '@tsunagaru/shared-http';
import { ensureDatabase } from '@tsunagaru/shared-persistence';
import { defaultSubgraphUrl, SUBGRAPH_REGISTRY, subgraphEntry } from '@tsunagaru/shared-topology';
import pg from 'pg';
import { createLogger, startTracing } from '@tsunagaru/shared-telemetry';
import { startSubgraphServer } from './subgraph-server';

async function databaseAnswers(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A replica given a database that does not exist yet creates it, as README promises. When
 * its user may not (no CREATEDB, no access to the maintenance database), a database that
 * already exists is fine; otherwise the start stops with what to do.
 */
export async function ensureSubgraphDatabase(databaseUrl: string): Promise<void> {
  try {
    await ensureDatabase(databaseUrl);
  } catch (error) {
    // Another replica may have created it a moment ago, or this user may only lack the right to create databases.
    if (await databaseAnswers(databaseUrl)) return;
    const name = new URL(databaseUrl).pathname.slice(1);
    throw new Error(
      `The database "${name}" in DATABASE_URL does not exist and could not be created ` +
        `(${error instanceof Error ? error.message : String(error)}). Create it once (\`createdb ${name}\`, ` +
        'or CREATE DATABASE as a user who may), or give this user the CREATEDB right, then start again.',
    );
  }
}

/**
 * Entry point of a deployed subgraph replica: configuration comes from the environment
 * only, and SIGTERM drains in-flight requests before the process exits.
 */
export async function runSubgraphFromEnvironment(definition: SubgraphDefinition): Promise<void> {
  // OpenTelemetry traces when OTEL_* variables ask for them (README, "Traces").
  startTracing({ serviceName: definition.name });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (npm start sets it up locally).');
  const migrate = envFlag(process.env.MIGRATE_ON_START, true);
  if (migrate) await ensureSubgraphDatabase(databaseUrl);
  const oauth = await authorizationServerFromEnvironment(definition, databaseUrl);
  const running = await startSubgraphServer(definition, {
    authorizationServer: oauth?.server,
    databaseUrl,
    port: Number(process.env.PORT ?? subgraphEntry(definition.name).defaultPort),
    // Only the gateway calls a subgraph: loopback unless the deployment says otherwise (compose does).
    host: process.env.HOST ?? '127.0.0.1',
    tokenPublicKey: await tokenVerifierFromEnvironment(),
    subgraphSecret: await subgraphSecretFromEnvironment(),
    limits: graphqlLimitsFromEnvironment(),
    production: isProduction(),
    // The same variables that tell the gateway where each subgraph runs.
    peerUrls: Object.fromEntries(SUBGRAPH_REGISTRY.map(({ name, urlVariable }) => [name, process.env[urlVariable] ?? defaultSubgraphUrl(name)])),
    migrate,
    exposeSqlStatementCount: envFlag(process.env.EXPOSE_SQL_STATEMENT_COUNT, false),
    poolMax: process.env.DATABASE_POOL_MAX ? Number(process.env.DATABASE_POOL_MAX) : undefined,
  });
  createLogger(definition.name).info(`${definition.name} subgraph listening on ${running.url}`);
  const shutdown = () => {
    Promise.all([running.stop(), oauth?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
