import { createOrm, migrateUp, seedDemoDataIfEmpty } from '@tsunagaru/shared-persistence';
import { demoSeederFor } from './demo-seeders';
import { SUBGRAPHS } from './subgraphs';

export interface SchemaPreparation {
  subgraph: string;
  migrationsApplied: string[];
  demoRowsWritten: number;
}

/**
 * Migrates every subgraph's schema and, when asked, loads demo data into the schemas that
 * are still empty. Runs before any subgraph server starts, so a server never sees a
 * half-seeded schema and never needs to know that demo data exists.
 */
export async function prepareSchemas(databaseUrl: string, options: { seedDemoData: boolean }): Promise<SchemaPreparation[]> {
  const prepared: SchemaPreparation[] = [];
  for (const { definition } of SUBGRAPHS) {
    const orm = await createOrm(definition.persistence, { databaseUrl, poolMax: 2 });
    try {
      const migrationsApplied = await migrateUp(orm);
      const demoRowsWritten = options.seedDemoData
        ? await seedDemoDataIfEmpty(orm, definition.persistence, demoSeederFor(definition.name))
        : 0;
      prepared.push({ subgraph: definition.name, migrationsApplied, demoRowsWritten });
    } finally {
      await orm.close();
    }
  }
  return prepared;
}
