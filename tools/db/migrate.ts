import 'reflect-metadata';
import { openLocalDatabase, localDataDir, SUBGRAPHS } from '@tsunagaru/platform';
import { createOrm, migrateUp, seedIfEmpty } from '@tsunagaru/shared-persistence';

/**
 * `npm run db:migrate` applies every subgraph's pending migrations (DATABASE_URL, or the
 * embedded database); with `--seed` it also loads the demo data into empty schemas.
 */
async function main(): Promise<void> {
  const seed = process.argv.includes('--seed');
  const database = await openLocalDatabase(localDataDir());
  try {
    for (const { definition } of SUBGRAPHS) {
      const orm = await createOrm(definition.persistence, { databaseUrl: database.url, poolMax: 2 });
      try {
        const applied = await migrateUp(orm);
        const seeded = seed ? await seedIfEmpty(orm, definition.persistence) : 0;
        console.log(`${definition.name}: ${applied.length} migration(s) applied${seed ? `, ${seeded} demo row(s) written` : ''}`);
      } finally {
        await orm.close();
      }
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
