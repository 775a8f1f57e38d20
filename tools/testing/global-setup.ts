import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateSubgraphSecret, loadOrCreateSigningKeys } from '@tsunagaru/shared-auth';
import { prepareSchemas, startSystem } from '@tsunagaru/platform';
import {
  cloneDatabase,
  dropDatabasesStartingWith,
  EmbeddedPostgresUnavailableError,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabaseName,
} from '@tsunagaru/shared-persistence';
import type {} from '@tsunagaru/shared-testing';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One real PostgreSQL per test run (embedded, or the server in DATABASE_URL), a migrated
 * and seeded template database, and one running system (four subgraphs and the gateway)
 * that read-only tests share. Tests that write clone the template for themselves.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Request logs (JSON, one line a request) would bury the test report; warnings and errors stay.
  process.env.LOG_LEVEL ??= 'warn';
  const workDir = await mkdtemp(join(tmpdir(), 'tsunagaru-test-'));
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: join(workDir, 'pg'), port: await freePort(), persistent: false }).catch(async (error: unknown) => {
        if (!(error instanceof EmbeddedPostgresUnavailableError)) throw error;
        // What to do, for the person at the terminal; vitest would wrap it in a stack trace.
        await rm(workDir, { recursive: true, force: true });
        process.stderr.write(`\n${error.message}\n\n`);
        process.exit(1);
      });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const runPrefix = `tsunagaru_test_${randomBytes(3).toString('hex')}`;
  const templateUrl = withDatabaseName(serverUrl, `${runPrefix}_template`);
  await ensureDatabase(templateUrl);
  await prepareSchemas(templateUrl, { seedDemoData: true });
  const sharedUrl = withDatabaseName(serverUrl, `${runPrefix}_shared`);
  await cloneDatabase(templateUrl, sharedUrl);

  const keyDir = join(workDir, 'keys');
  const keys = await loadOrCreateSigningKeys(keyDir);
  const subgraphSecret = generateSubgraphSecret();
  const system = await startSystem({
    subgraphSecret,
    databaseUrl: sharedUrl,
    tokenPublicKey: keys.publicKey,
    tokenPrivateKey: keys.privateKey,
    basePort: 0,
    exposeSqlStatementCount: true,
  });
  project.provide('gatewayUrl', system.gateway.url);
  project.provide('subgraphUrls', Object.fromEntries(system.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])));
  project.provide('templateDatabaseUrl', templateUrl);
  project.provide('tokenPrivateKeyPem', await readFile(join(keyDir, 'jwt-private.pem'), 'utf8'));
  project.provide('subgraphSecret', subgraphSecret);
  project.provide('tokenPublicKeyPem', await readFile(join(keyDir, 'jwt-public.pem'), 'utf8'));

  return async () => {
    await system.stop();
    await dropDatabasesStartingWith(serverUrl, runPrefix);
    await embedded?.stop();
    await rm(workDir, { recursive: true, force: true });
  };
}
