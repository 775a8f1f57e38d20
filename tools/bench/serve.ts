import 'reflect-metadata';
import { startGateway } from '@tsunagaru/gateway';
import { startSystem, supergraphPath } from '@tsunagaru/platform';
import { loadOrCreateSigningKeys } from '@tsunagaru/shared-auth';

/**
 * The servers of `npm run bench`, in processes of their own so the load generator does not
 * share their CPU, and the gateway's memory is its own:
 * `serve.ts systems` starts the 1× and 100× systems (subgraphs and an uncached gateway each);
 * `serve.ts gateway` starts a gateway with the response cache in front of BENCH_SUBGRAPH_URLS.
 * Each prints one JSON line with its URLs and runs until killed.
 */
async function main(): Promise<void> {
  const part = process.argv[2];
  const keys = await loadOrCreateSigningKeys(process.env.BENCH_KEY_DIR!);
  const subgraphSecret = process.env.BENCH_SUBGRAPH_SECRET!;
  if (part === 'systems') {
    const urls: Record<string, { gateway: string; subgraphs: Record<string, string> }> = {};
    for (const [name, databaseUrl] of [
      ['x1', process.env.BENCH_DB_1X!],
      ['x100', process.env.BENCH_DB_100X!],
    ]) {
      const system = await startSystem({ databaseUrl, tokenPublicKey: keys.publicKey, basePort: 0, subgraphSecret, exposeSqlStatementCount: true, responseCache: false });
      urls[name] = { gateway: system.gateway.url, subgraphs: Object.fromEntries(system.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])) };
    }
    console.log(JSON.stringify(urls));
  } else if (part === 'gateway') {
    const gateway = await startGateway({
      port: 0,
      supergraphPath: supergraphPath(),
      subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS!) as Record<string, string>,
      tokenPublicKey: keys.publicKey,
      subgraphSecret,
      exposeSqlStatementCount: true,
      responseCache: {},
      rateLimits: false,
    });
    console.log(JSON.stringify({ gateway: gateway.url }));
  } else {
    throw new Error(`unknown part ${part}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
