import 'reflect-metadata';
import { join } from 'node:path';
import { loadOrCreateSigningKeys, loadOrCreateSubgraphSecret } from '@tsunagaru/shared-auth';
import { rateLimitsFromEnvironment } from '@tsunagaru/gateway';
import { localDataDir, openLocalDatabase, startSystem } from '@tsunagaru/platform';
import { startTracing } from '@tsunagaru/shared-telemetry';
import { demoTokenSource } from './demo-tokens';

/**
 * `npm start`: the whole graph on one machine with no configuration. An embedded
 * PostgreSQL (or DATABASE_URL), migrations, demo data when empty, four subgraphs, gateway.
 */
async function main(): Promise<void> {
  // OpenTelemetry traces of all five services when OTEL_* variables ask for them.
  startTracing({ serviceName: 'tsunagaru-graph' });
  const dataDir = localDataDir();
  const database = await openLocalDatabase(dataDir);
  const keys = await loadOrCreateSigningKeys(join(dataDir, 'keys'));
  const system = await startSystem({
    databaseUrl: database.url,
    tokenPublicKey: keys.publicKey,
    // The OAuth authorization server for NPO apps signs with the same development key.
    tokenPrivateKey: keys.privateKey,
    rateLimits: rateLimitsFromEnvironment(),
    // Kept beside the dev keys, so a subgraph app started by hand can share it (SUBGRAPH_SECRET_FILE).
    subgraphSecret: await loadOrCreateSubgraphSecret(join(dataDir, 'keys')),
    gatewayPort: process.env.PORT ? Number(process.env.PORT) : undefined,
    host: process.env.HOST,
    seedDemoData: true,
    exposeSqlStatementCount: true,
    responseCache: { redisUrl: process.env.REDIS_URL || undefined },
    // GraphiQL at the gateway's /graphql, with a button per demo user.
    demoTokens: demoTokenSource(keys.privateKey),
  });

  console.log(`
Tsunagaru Graph is running.
  Gateway:        ${system.gateway.url}
${system.subgraphs.map((subgraph) => `  ${`${subgraph.name}:`.padEnd(15)} ${subgraph.url}`).join('\n')}
  Database:       ${database.location ? `embedded PostgreSQL (data in ${database.location})` : 'DATABASE_URL'}
  Tokens:         npm run --silent token -- staff | intermediary | member [groupId]
  GraphiQL:       ${system.gateway.url} in a browser (demo tokens one click away)
  Metrics:        ${new URL(system.gateway.url).origin}/metrics (and /metrics on each subgraph)
  Open data:      ${new URL(system.gateway.url).origin}/open-data/catalog.json
  NPO apps:       ${new URL(system.gateway.url).origin}/.well-known/oauth-authorization-server (README: Apps for NPOs)
Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = async () => {
    // A second Ctrl+C means now.
    if (stopping) process.exit(1);
    stopping = true;
    await system.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error('Failed to start Tsunagaru Graph:', error instanceof Error ? error.message : error);
  process.exit(1);
});
