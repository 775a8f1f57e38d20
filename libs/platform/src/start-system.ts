import type { KeyLike } from 'jose';
import { createAuthorizationServer, generateSubgraphSecret } from '@tsunagaru/shared-auth';
import { createApiClientCredentialStore } from '@tsunagaru/directory-domain';
import type { GraphQLLimits } from '@tsunagaru/shared-http';
import type { Logger } from '@tsunagaru/shared-telemetry';
import { startGateway, type GatewayOptions, type RateLimitOptions, type ResponseCacheOptions, type RunningGateway } from '@tsunagaru/gateway';
import { startSubgraphServer, type RunningSubgraph } from '@tsunagaru/shared-subgraph-server';
import { supergraphPath } from './paths';
import { prepareSchemas } from './prepare-schemas';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from './subgraphs';

export interface SystemOptions {
  databaseUrl: string;
  tokenPublicKey: KeyLike;
  /** The gateway's response cache: in memory by default, in Redis with `{ redisUrl }`, `false` for none. */
  responseCache?: ResponseCacheOptions | false;
  /** 0 picks free ports (tests); undefined uses the standard 4000–4004. */
  basePort?: number;
  gatewayPort?: number;
  host?: string;
  /** Load the demo data into schemas that are still empty, before the subgraphs start. */
  seedDemoData?: boolean;
  exposeSqlStatementCount?: boolean;
  /** The secret the gateway signs subgraph calls with; a fresh random one when not given. */
  subgraphSecret?: string;
  /** Limits for the gateway and every subgraph (the defaults when not given). */
  limits?: GraphQLLimits;
  /** Production mode (no field suggestions), as NODE_ENV=production gives the apps. */
  production?: boolean;
  /** Base JSON logger for all five services (tests read it); standard output when not given. */
  logger?: Logger;
  /** Demo tokens for GraphiQL's buttons (npm start). */
  demoTokens?: GatewayOptions['demoTokens'];
  /** Signs app tokens: with it, the gateway's origin serves the OAuth authorization server for NPO apps. */
  tokenPrivateKey?: KeyLike;
  /** Rate limits at the gateway; off unless given (`npm start` gives the environment's, tests that need them their own). */
  rateLimits?: RateLimitOptions | false;
}

export interface RunningSystem {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  /** What the gateway signs its subgraph calls with (tests call subgraphs directly with it). */
  subgraphSecret: string;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs and the gateway in one process: the local and test setup.
 * In production each runs as its own replicated service from apps/*, unchanged.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  if (options.seedDemoData) await prepareSchemas(options.databaseUrl, { seedDemoData: true });
  // Everything runs in this process, so a secret nobody else knows is all the subgraphs need.
  const subgraphSecret = options.subgraphSecret ?? generateSubgraphSecret();
  const shared = { subgraphSecret, limits: options.limits, production: options.production, logger: options.logger };
  const subgraphs: RunningSubgraph[] = [];
  try {
    // Sequential start keeps the migrations of each schema ordered and readable in logs.
    for (const { definition, defaultPort } of SUBGRAPHS) {
      subgraphs.push(
        await startSubgraphServer(definition, {
          databaseUrl: options.databaseUrl,
          port: options.basePort === 0 ? 0 : defaultPort,
          host: options.host,
          tokenPublicKey: options.tokenPublicKey,
          migrate: true,
          exposeSqlStatementCount: options.exposeSqlStatementCount,
          ...shared,
          // Registry order starts the directory first, so later subgraphs know where it answers.
          peerUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
        }),
      );
    }
    const clientStore = options.tokenPrivateKey ? createApiClientCredentialStore(options.databaseUrl) : null;
    const privateKey = options.tokenPrivateKey;
    const gateway = await startGateway({
      rateLimits: options.rateLimits ?? false,
      authorizationServer: clientStore && privateKey ? (issuer) => createAuthorizationServer({ issuer, privateKey, clients: clientStore }) : undefined,
      port: options.gatewayPort ?? (options.basePort === 0 ? 0 : GATEWAY_DEFAULT_PORT),
      host: options.host,
      supergraphPath: supergraphPath(),
      subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      tokenPublicKey: options.tokenPublicKey,
      exposeSqlStatementCount: options.exposeSqlStatementCount,
      responseCache: options.responseCache,
      demoTokens: options.demoTokens,
      ...shared,
    });
    return {
      gateway,
      subgraphs,
      subgraphSecret,
      stop: async () => {
        await gateway.stop();
        await clientStore?.close();
        await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
      },
    };
  } catch (error) {
    await Promise.allSettled(subgraphs.map((subgraph) => subgraph.stop()));
    throw error;
  }
}

/**
 * Another gateway replica in front of a running system's subgraphs (free port), e.g. to see
 * replicas share the response cache in Redis.
 */
export async function startGatewayReplica(
  system: RunningSystem,
  options: { tokenPublicKey: KeyLike; responseCache?: ResponseCacheOptions | false; exposeSqlStatementCount?: boolean },
): Promise<RunningGateway> {
  return startGateway({
    port: 0,
    supergraphPath: supergraphPath(),
    subgraphUrls: Object.fromEntries(system.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
    tokenPublicKey: options.tokenPublicKey,
    subgraphSecret: system.subgraphSecret,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    responseCache: options.responseCache,
    rateLimits: false,
  });
}
