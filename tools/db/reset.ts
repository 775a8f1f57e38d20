import 'reflect-metadata';
import pg from 'pg';
import { localDataDir, openLocalDatabase, prepareSchemas, SUBGRAPHS } from '@tsunagaru/platform';

/**
 * `npm run db:reset`: drops the four subgraphs' schemas (their tables and migration records),
 * migrates again and loads fresh demo data, dated around today. Keys are left alone, so tokens
 * already handed out stay valid. Uses DATABASE_URL, or the embedded database of `npm start`
 * (stop `npm start` first: the embedded server's data folder is locked while it runs).
 */
async function main(): Promise<void> {
  const database = await openLocalDatabase(localDataDir());
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const { definition } of SUBGRAPHS) await client.query(`drop schema if exists "${definition.persistence.schema}" cascade`);
    } finally {
      await client.end();
    }
    for (const { subgraph, migrationsApplied, demoRowsWritten } of await prepareSchemas(database.url, { seedDemoData: true })) {
      console.log(`${subgraph}: ${migrationsApplied.length} migration(s) applied, ${demoRowsWritten} demo row(s) written`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
