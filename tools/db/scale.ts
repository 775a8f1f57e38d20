import 'reflect-metadata';
import { scaleDirectory } from '@tsunagaru/directory-demo-data';
import { directoryPersistence } from '@tsunagaru/directory-domain';
import { localDataDir, openLocalDatabase, prepareSchemas } from '@tsunagaru/platform';
import { createOrm } from '@tsunagaru/shared-persistence';

/**
 * `npm run db:scale -- --scale 100`: the demo directory at 100 times its groups (39,000),
 * with the guideline's proportions, in DATABASE_URL or the embedded database. Seeds first
 * when the schemas are empty; scale a freshly seeded database only (it multiplies what is there).
 */
export async function scaleDatabase(databaseUrl: string, factor: number): Promise<number> {
  await prepareSchemas(databaseUrl, { seedDemoData: true });
  const orm = await createOrm(directoryPersistence, { databaseUrl, poolMax: 2 });
  try {
    return await scaleDirectory(orm.em.fork(), factor);
  } finally {
    await orm.close();
  }
}

async function main(): Promise<void> {
  const index = process.argv.indexOf('--scale');
  const factor = Number(index >= 0 ? process.argv[index + 1] : NaN);
  if (!Number.isInteger(factor) || factor < 2) throw new Error('Usage: npm run db:scale -- --scale <factor ≥ 2>');
  const database = await openLocalDatabase(localDataDir());
  try {
    const started = Date.now();
    const added = await scaleDatabase(database.url, factor);
    console.log(`directory: ${added} groups added (×${factor}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.stop();
  }
}

if (process.argv[1]?.endsWith('scale.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
