import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOrCreateSigningKeys } from '@tsunagaru/shared-auth';
import { startSystem } from '@tsunagaru/platform';
import { ensureDatabase, startEmbeddedPostgres, withDatabaseName } from '@tsunagaru/shared-persistence';

/**
 * `npm run bench`: throughput and latency of typical client queries through the gateway.
 * BENCH_URL points it at a running gateway; otherwise it starts its own system on a
 * throwaway embedded PostgreSQL. BENCH_SECONDS and BENCH_CONCURRENCY tune the load.
 */
const SCENARIOS: Record<string, string> = {
  'groupStatistics (website, 1 subgraph)': '{ groupStatistics { total byActivityField { field count } } }',
  'groups first 20 (directory only)': '{ groups(first: 20) { totalCount edges { node { id name nameKana districts } } } }',
  'groups first 20 + 3 subgraphs': '{ groups(first: 20) { edges { node { id name proposals(first: 3) { edges { node { title } } } venueBookings(first: 3) { edges { node { startsAt } } } trainingEnrollmentCount } } } }',
  'proposalMetrics by fiscal year': '{ proposalMetrics(groupBy: [FISCAL_YEAR]) { fiscalYear proposals implemented implementationRate } }',
};

async function load(url: string, query: string, seconds: number, concurrency: number) {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  const body = JSON.stringify({ query });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { errors?: unknown };
        latencies.push(performance.now() - started);
        if (!response.ok || json.errors) failures += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  return { requests: latencies.length, perSecond: (latencies.length / seconds).toFixed(0), p50: pick(0.5), p95: pick(0.95), p99: pick(0.99), failures };
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  let url = process.env.BENCH_URL;
  let cleanup = async () => undefined as void;
  if (!url) {
    const workDir = await mkdtemp(join(tmpdir(), 'tsunagaru-bench-'));
    const pg = await startEmbeddedPostgres({ dataDir: join(workDir, 'pg'), port: 54390, persistent: false });
    const databaseUrl = withDatabaseName(pg.url, 'bench');
    await ensureDatabase(databaseUrl);
    const keys = await loadOrCreateSigningKeys(join(workDir, 'keys'));
    const system = await startSystem({ databaseUrl, tokenPublicKey: keys.publicKey, basePort: 0, seedDemoData: true });
    url = system.gateway.url;
    cleanup = async () => {
      await system.stop();
      await pg.stop();
      await rm(workDir, { recursive: true, force: true });
    };
  }
  console.log(`Gateway ${url}, ${concurrency} concurrent clients, ${seconds}s per scenario (after a 1s warm-up)\n`);
  console.log('scenario'.padEnd(42), 'req/s'.padStart(7), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
  for (const [name, query] of Object.entries(SCENARIOS)) {
    await load(url, query, 1, concurrency);
    const result = await load(url, query, seconds, concurrency);
    console.log(name.padEnd(42), result.perSecond.padStart(7), result.p50.padStart(8), result.p95.padStart(8), result.p99.padStart(8), String(result.failures).padStart(7));
  }
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
