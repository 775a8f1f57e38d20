import 'reflect-metadata';
import { localDataDir, openLocalDatabase, prepareSchemas } from '@tsunagaru/platform';

/**
 * `npm run db:migrate` applies every subgraph's pending migrations (DATABASE_URL, or the
 * embedded database); with `--seed` it also loads the demo data into empty schemas.
 */
async function main(): Promise<void> {
  const seed = process.argv.includes('--seed');
  const database = await openLocalDatabase(localDataDir());
  try {
    for (const { subgraph, migrationsApplied, demoRowsWritten } of await prepareSchemas(database.url, { seedDemoData: seed })) {
      console.log(`${subgraph}: ${migrationsApplied.length} migration(s) applied${seed ? `, ${demoRowsWritten} demo row(s) written` : ''}`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
