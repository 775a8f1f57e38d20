import 'reflect-metadata';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, importSPKI } from 'jose';
import { generateSubgraphSecret, loadOrCreateSigningKeys, TOKEN_ALGORITHM } from '@tsunagaru/shared-auth';
import { ensureDatabase } from '@tsunagaru/shared-persistence';
import { prepareSchemas } from '@tsunagaru/platform';
import { createLogger } from '@tsunagaru/shared-telemetry';

/**
 * First start of the compose topology (`docker/compose.yaml`, service `init`), safe to run again:
 * 1. Keys, created once and kept in volumes: the token issuer's key pair in ISSUER_KEYS_DIR
 *    (mounted by `init` and `token` only), and in SERVICE_KEYS_DIR what the services need:
 *    the public key (PEM, and as a JWKS for Apollo Router) and the subgraph secret.
 * 2. Migrations, then demo data into schemas that are still empty (SEED_DEMO_DATA=false skips it).
 */
async function main(): Promise<void> {
  const log = createLogger('init');
  const issuerDir = process.env.ISSUER_KEYS_DIR ?? '/keys/issuer';
  const serviceDir = process.env.SERVICE_KEYS_DIR ?? '/keys/service';
  await loadOrCreateSigningKeys(issuerDir);
  await mkdir(serviceDir, { recursive: true });
  await copyFile(join(issuerDir, 'jwt-public.pem'), join(serviceDir, 'jwt-public.pem'));
  const jwk = await exportJWK(await importSPKI(await readFile(join(serviceDir, 'jwt-public.pem'), 'utf8'), TOKEN_ALGORITHM, { extractable: true }));
  await writeFile(join(serviceDir, 'jwks.json'), JSON.stringify({ keys: [{ ...jwk, alg: TOKEN_ALGORITHM, use: 'sig', kid: 'tsunagaru' }] }, null, 2));
  const secretPath = join(serviceDir, 'subgraph-secret');
  if (!existsSync(secretPath)) await writeFile(secretPath, generateSubgraphSecret(), { mode: 0o444 });
  log.info({ serviceDir }, 'keys ready');

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required.');
  await ensureDatabase(databaseUrl);
  const seedDemoData = process.env.SEED_DEMO_DATA !== 'false';
  for (const { subgraph, migrationsApplied, demoRowsWritten } of await prepareSchemas(databaseUrl, { seedDemoData })) {
    log.info({ subgraph, migrationsApplied: migrationsApplied.length, demoRowsWritten }, 'schema ready');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
