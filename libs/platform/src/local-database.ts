import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabaseName } from '@tsunagaru/shared-persistence';

export const EMBEDDED_POSTGRES_PORT = 54329;

export interface LocalDatabase {
  url: string;
  embedded: boolean;
  /** Where the embedded cluster's files are (null with DATABASE_URL). */
  location: string | null;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when given; otherwise a real PostgreSQL from the embedded-postgres
 * package, kept in the local data folder so a restart keeps the data.
 */
export async function openLocalDatabase(dataDir: string): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: false, location: null, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? EMBEDDED_POSTGRES_PORT);
  const cluster = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, persistent: true });
  const url = withDatabaseName(cluster.url, 'tsunagaru');
  try {
    await ensureDatabase(url);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { url, embedded: true, location: cluster.dataDirectory, stop: () => cluster.stop() };
}
