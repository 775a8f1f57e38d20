import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateSubgraphSecret, SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';
import { prepareSchemas } from '@tsunagaru/platform';
import { dropDatabasesStartingWith, ensureDatabase, startEmbeddedPostgres, withDatabaseName } from '@tsunagaru/shared-persistence';
import { scaleDatabase } from '../db/scale';

/**
 * `npm run bench`: the website's typical reads under load (autocannon, in this process; the
 * servers run in processes of their own), as ratios of A/B pairs run interleaved:
 * gateway ÷ direct subgraph, cached ÷ uncached gateway, p50 at 100× ÷ p50 at 1× data,
 * plus SQL statements per request and the cached gateway's RSS after the run.
 * DATABASE_URL (or BENCH_DATABASE_URL) names a server to use; otherwise an embedded one runs.
 * BENCH_SECONDS (3), BENCH_CONNECTIONS (16) and BENCH_ROUNDS (2) tune the load; the servers
 * log at BENCH_LOG_LEVEL (warn).
 * The code before the read path (the first parent of the "Merge readpath (issue 11)" merge, or
 * BENCH_BASELINE=<commit>) runs from a temporary git worktree as the baseline of the
 * cross-subgraph query; BENCH_BASELINE=off skips it.
 */
const autocannon = createRequire(__filename)('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const Q = {
  statistics: '{ groupStatistics { total byActivityField { field count } byOrganizationType { organizationType count } } }',
  firstPage: '{ groups(first: 20) { edges { cursor node { id name nameKana districts } } pageInfo { hasNextPage endCursor } } }',
  fieldDistrict: '{ groups(first: 20, filter: { activityFields: [ENVIRONMENT], districts: [OFUNA] }) { edges { node { id name } } } }',
  textSearch: '{ groups(first: 20, filter: { text: "ボランティア センター" }) { edges { node { id name } } } }',
  twoCharacters: '{ groups(first: 20, filter: { text: "大船" }) { edges { node { id name } } } }',
  crossSubgraph:
    '{ groups(first: 20) { edges { node { id name proposals(first: 3) { edges { node { title } } } venueBookings(first: 3) { edges { node { startsAt } } } trainingEnrollmentCount } } } }',
  pageAfter: (cursor: string) => `{ groups(first: 20, after: "${cursor}") { edges { node { id name } } } }`,
};

interface Target {
  url: string;
  query: string;
  /** Signed as the gateway signs (direct subgraph calls). */
  secret?: string;
}

async function measure(target: Target): Promise<{ rps: number; p50: number; failures: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.secret) headers[SUBGRAPH_CREDENTIAL_HEADER] = signSubgraphCredential(target.secret, { query: target.query });
  const result = await autocannon({ url: target.url, method: 'POST', headers, body: JSON.stringify({ query: target.query }), connections: CONNECTIONS, duration: SECONDS });
  return { rps: result.requests.average, p50: result.latency.p50, failures: result.non2xx + result.errors + result.timeouts };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A and B in turn, ROUNDS times each after one warm-up of each; medians of throughput and p50. */
async function pair(a: Target, b: Target) {
  await measure({ ...a }).catch(() => undefined);
  await measure({ ...b }).catch(() => undefined);
  const runs = { a: [] as Array<{ rps: number; p50: number; failures: number }>, b: [] as Array<{ rps: number; p50: number; failures: number }> };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.a.push(await measure(a));
    runs.b.push(await measure(b));
  }
  const summary = (list: typeof runs.a) => ({
    rps: median(list.map((run) => run.rps)),
    p50: median(list.map((run) => run.p50)),
    failures: list.reduce((sum, run) => sum + run.failures, 0),
  });
  return { a: summary(runs.a), b: summary(runs.b) };
}

async function post(url: string, query: string): Promise<{ statements: number; data: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { statements: Number(response.headers.get('x-sql-statements')), data: body.data };
}

/** The end cursor after `rows` rows of the reading order. */
async function cursorAfter(gateway: string, rows: number): Promise<string> {
  let after: string | null = null;
  let seen = 0;
  while (seen < rows) {
    const first = Math.min(100, rows - seen);
    const { data } = await post(gateway, `{ groups(first: ${first}${after ? `, after: "${after}"` : ''}) { pageInfo { endCursor } } }`);
    after = (data.groups as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    seen += first;
  }
  return after!;
}

function serve(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; urls: Record<string, unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'serve.ts'), ...args], {
    env: { ...process.env, ...serverEnv(), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    waitForLine(child, (line) => line.startsWith('{"x1"') || line.startsWith('{"gateway"')).then(
      (line) => resolve({ child, urls: JSON.parse(line) as Record<string, unknown> }),
      reject,
    );
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

/**
 * The servers' environment: request logs at \`warn\` (BENCH_LOG_LEVEL to change it). Every
 * request otherwise writes a JSON line synchronously to a pipe this process must read, which
 * caps the cheapest requests (cache hits) at the pipe's pace and spends the load generator's CPU.
 */
const serverEnv = () => ({ LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' });

/** The first line of the child's output that \`wanted\` accepts; everything after it is drained and dropped. */
function waitForLine(child: ChildProcess, wanted: (line: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let pending = '';
    const onData = (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      const line = lines.find(wanted);
      if (line === undefined) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve(line);
    };
    child.stdout!.on('data', onData);
  });
}

async function rssMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));

const repositoryRoot = () => execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: __dirname, encoding: 'utf8' }).trim();

/** The code before the read-path work: BENCH_BASELINE, or the first parent of the read-path merge on HEAD's first-parent line. */
function baselineCommit(root: string): string | null {
  if (process.env.BENCH_BASELINE === 'off') return null;
  if (process.env.BENCH_BASELINE) return process.env.BENCH_BASELINE;
  const log = execFileSync('git', ['log', '--first-parent', '--format=%P%x09%s', 'HEAD'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const merge = log.split('\n').find((line) => line.split('\t')[1]?.startsWith('Merge readpath (issue 11)'));
  return merge ? merge.split('\t')[0].split(' ')[0] : null;
}

/** Run inside the baseline worktree (its own code and tsconfig paths): seeds its database, starts its system, prints its gateway. */
const BASELINE_SERVE = `import 'reflect-metadata';
import { prepareSchemas, startSystem } from '@tsunagaru/platform';
import { loadOrCreateSigningKeys } from '@tsunagaru/shared-auth';
async function main() {
  const keys = await loadOrCreateSigningKeys(process.env.BENCH_KEY_DIR!);
  await prepareSchemas(process.env.BENCH_DB_BASELINE!, { seedDemoData: true });
  const system = await startSystem({ databaseUrl: process.env.BENCH_DB_BASELINE!, tokenPublicKey: keys.publicKey, basePort: 0,
    subgraphSecret: process.env.BENCH_SUBGRAPH_SECRET!, exposeSqlStatementCount: true, rateLimits: false });
  console.log('BENCH_URLS ' + JSON.stringify({ gateway: system.gateway.url }));
}
main().catch((error) => { console.error(error); process.exit(1); });
`;

/**
 * The baseline system: \`git worktree add --detach\` of \`commit\` under \`dir\`, this checkout's
 * node_modules linked in (the baseline's dependencies are a subset of today's), and its
 * gateway and subgraphs in a process of their own on a database of their own.
 */
async function startBaseline(root: string, commit: string, dir: string, env: Record<string, string>): Promise<{ child: ChildProcess; gateway: string; remove: () => void }> {
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' });
  const remove = () => {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    } catch {
      // already gone
    }
  };
  try {
    await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await writeFile(join(dir, 'bench-baseline-serve.ts'), BASELINE_SERVE);
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench-baseline-serve.ts'], { cwd: dir, env: { ...process.env, ...serverEnv(), ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const gateway = await new Promise<string>((resolve, reject) => {
      waitForLine(child, (line) => line.startsWith('BENCH_URLS ')).then(
        (line) => resolve((JSON.parse(line.slice('BENCH_URLS '.length)) as { gateway: string }).gateway),
        reject,
      );
      child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
    });
    return { child, gateway, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'tsunagaru-bench-'));
  const children: ChildProcess[] = [];
  let stopPostgres = async () => undefined as void;
  let serverUrl: string | undefined;
  let removeBaseline = () => undefined as void;
  const prefix = `tsunagaru_bench_${process.pid}_`;
  try {
    serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!serverUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: join(workDir, 'pg'), port: 54390, persistent: false });
      serverUrl = pg.url;
      stopPostgres = () => pg.stop();
    }
    const db1 = withDatabaseName(serverUrl, `${prefix}1x`);
    const db100 = withDatabaseName(serverUrl, `${prefix}100x`);
    for (const url of [db1, db100]) await ensureDatabase(url);
    console.log('Seeding 1× and 100× (39,000 groups)…');
    await prepareSchemas(db1, { seedDemoData: true });
    await scaleDatabase(db100, 100);

    const env = { BENCH_KEY_DIR: join(workDir, 'keys'), BENCH_SUBGRAPH_SECRET: generateSubgraphSecret(), BENCH_DB_1X: db1, BENCH_DB_100X: db100 };
    const systems = await serve(['systems'], env);
    children.push(systems.child);
    const { x1, x100 } = systems.urls as Record<'x1' | 'x100', { gateway: string; subgraphs: Record<string, string> }>;
    const cached = await serve(['gateway'], { ...env, BENCH_SUBGRAPH_URLS: JSON.stringify(x1.subgraphs) });
    children.push(cached.child);
    const cachedUrl = (cached.urls as { gateway: string }).gateway;
    const root = repositoryRoot();
    const commit = baselineCommit(root);
    let baselineUrl: string | null = null;
    if (commit) {
      const dbBaseline = withDatabaseName(serverUrl, `${prefix}baseline`);
      await ensureDatabase(dbBaseline);
      console.log(`Baseline: ${execFileSync('git', ['log', '-1', '--format=%h %s', commit], { cwd: root, encoding: 'utf8' }).trim()}`);
      const baseline = await startBaseline(root, commit, join(workDir, 'baseline'), { ...env, BENCH_DB_BASELINE: dbBaseline });
      children.push(baseline.child);
      removeBaseline = baseline.remove;
      baselineUrl = baseline.gateway;
    }

    console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
    console.log(`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, A/B interleaved, ${ROUNDS} rounds each (medians)\n`);

    const rows: string[][] = [];
    const report = (what: string, a: string, b: string, value: string, extra = '') => rows.push([what, a, b, value, extra]);

    // Gateway ÷ direct subgraph (uncached gateway, 1×).
    for (const [name, query] of [
      ['groupStatistics', Q.statistics],
      ['groups page of 20', Q.firstPage],
    ] as const) {
      const { a, b } = await pair({ url: x1.gateway, query }, { url: x1.subgraphs.directory, query, secret: env.BENCH_SUBGRAPH_SECRET });
      report(`gateway ÷ direct: ${name}`, `${a.rps.toFixed(0)} req/s`, `${b.rps.toFixed(0)} req/s`, ratio(a.rps, b.rps), a.failures + b.failures ? `${a.failures + b.failures} failures` : '');
    }

    // Cached ÷ uncached gateway (anonymous website reads, 1×).
    for (const [name, query] of [
      ['groupStatistics', Q.statistics],
      ['groups page of 20', Q.firstPage],
      ['cross-subgraph page of 20', Q.crossSubgraph],
    ] as const) {
      const { a, b } = await pair({ url: cachedUrl, query }, { url: x1.gateway, query });
      report(`cached ÷ uncached: ${name}`, `${a.rps.toFixed(0)} req/s`, `${b.rps.toFixed(0)} req/s`, ratio(a.rps, b.rps), a.failures + b.failures ? `${a.failures + b.failures} failures` : '');
    }

    // This code ÷ the code before the read path: the cross-subgraph page (uncached, 1×, same data).
    if (baselineUrl) {
      const { a, b } = await pair({ url: x1.gateway, query: Q.crossSubgraph }, { url: baselineUrl, query: Q.crossSubgraph });
      report('now ÷ before read path: cross-subgraph', `${a.rps.toFixed(0)} req/s`, `${b.rps.toFixed(0)} req/s`, ratio(a.rps, b.rps), a.failures + b.failures ? `${a.failures + b.failures} failures` : '');
    }

    // p50 at 100× ÷ p50 at 1× (uncached gateways). The 1× directory has 390 registered rows, so
    // the deep page is compared at the same row (380) at both scales, and row 1,000 against
    // row 380 at 100× (depth alone).
    const deep1 = await cursorAfter(x1.gateway, 380);
    const deep100at380 = await cursorAfter(x100.gateway, 380);
    const deep100 = await cursorAfter(x100.gateway, 1000);
    {
      const { a, b } = await pair({ url: x100.gateway, query: Q.pageAfter(deep100) }, { url: x100.gateway, query: Q.pageAfter(deep100at380) });
      report('p50 row 1,000 ÷ row 380 (both 100×)', `${a.p50} ms`, `${b.p50} ms`, ratio(a.p50, b.p50), a.failures + b.failures ? `${a.failures + b.failures} failures` : '');
    }
    const scaled: Array<[string, string, string]> = [
      ['first page', Q.firstPage, Q.firstPage],
      ['page after row 380 (same row)', Q.pageAfter(deep1), Q.pageAfter(deep100at380)],
      ['field + district filter', Q.fieldDistrict, Q.fieldDistrict],
      ['text search', Q.textSearch, Q.textSearch],
      ['two-character search (大船)', Q.twoCharacters, Q.twoCharacters],
      ['groupStatistics', Q.statistics, Q.statistics],
    ];
    const statements: string[] = [];
    for (const [name, query1, query100] of scaled) {
      const { a, b } = await pair({ url: x100.gateway, query: query100 }, { url: x1.gateway, query: query1 });
      report(`p50 100× ÷ 1×: ${name}`, `${a.p50} ms`, `${b.p50} ms`, ratio(a.p50, b.p50), a.failures + b.failures ? `${a.failures + b.failures} failures` : '');
      const [one, hundred] = [await post(x1.gateway, query1), await post(x100.gateway, query100)];
      statements.push(`${name}: ${one.statements} at 1×, ${hundred.statements} at 100×`);
    }
    const cross = await post(x1.gateway, Q.crossSubgraph);
    statements.push(`cross-subgraph page of 20: ${cross.statements}`);

    const widths = [46, 14, 14, 7];
    // Kanji and kana take two columns in a terminal.
    const wide = (cell: string) => [...cell].filter((ch) => /[\u3000-\u9fff\uff01-\uff60]/u.test(ch)).length;
    const cells = (row: string[]) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] - wide(cell)) : cell.padStart(widths[index]))).join(' ');
    console.log(cells(['measure', 'A', 'B', 'A ÷ B']));
    for (const row of rows) console.log(cells(row.slice(0, 4)), row[4]);
    console.log('\nSQL statements per request:');
    for (const line of statements) console.log(`  ${line}`);
    console.log(`\nCached gateway RSS after the run: ${await rssMegabytes(cached.child.pid!)} MB`);
    console.log(`1× and 100× systems (4 subgraphs + uncached gateway each, one process) RSS: ${await rssMegabytes(systems.child.pid!)} MB`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    removeBaseline();
    if (serverUrl) await dropDatabasesStartingWith(serverUrl, prefix).catch(() => undefined);
    await stopPostgres();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
