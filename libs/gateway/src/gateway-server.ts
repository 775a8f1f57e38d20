import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { verifyAuthorizationHeader, type AuthorizationServer, type TokenVerifier } from '@tsunagaru/shared-auth';
import { refuseRevokedApp } from './oauth/revoked-apps';
import { admitTokenRequest } from './oauth/token-endpoint-limit';
import {
  apolloLimitOptions,
  createGraphQLHttpHandler,
  DEFAULT_GRAPHQL_LIMITS,
  formatLimitError,
  listen,
  type GraphQLLimits,
} from '@tsunagaru/shared-http';
import { implementScalarInputs } from '@tsunagaru/shared-scalars';
import { createServiceTelemetry, observeHttp, telemetryApolloPlugin, type Logger } from '@tsunagaru/shared-telemetry';
import type { GatewayContext } from './gateway-context';
import { formatGatewayError } from './gateway-error-mapping';
import { createResponseCache, type ResponseCacheOptions } from './response-cache';
import { SubgraphDataSource } from './subgraph-data-source';
import { createOpenDataHandler, withOpenData } from './open-data';
import { withGraphiql, type DemoToken } from './graphiql';
import { clientAddressOf, createRateLimiter, DEFAULT_RATE_LIMITS, rateLimitPlugin, refusalWithRateLimit, type RateLimitOptions } from './rate-limit';
import { SubgraphHttpClient } from './subgraph-fetch';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph composed ahead of time by `npm run supergraph:compose`. */
  supergraphPath: string;
  /** Where each subgraph really runs, by name; defaults to the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** The graph's public key, or a trust with identity providers (OAUTH_ISSUER, OAUTH_JWKS_URL). */
  tokenPublicKey: TokenVerifier;
  subgraphTimeoutMs?: number;
  /** Depth, aliases, directives, tokens, cost, text and body size; README's "Limits". */
  limits?: GraphQLLimits;
  /** Production mode: no field suggestions in errors (NODE_ENV=production). */
  production?: boolean;
  /** The secret shared with the subgraphs, which refuse calls the gateway did not sign. */
  subgraphSecret: string;
  exposeSqlStatementCount?: boolean;
  /** Browser origins allowed by CORS; '*' (the default) for the public website and apps. */
  corsOrigins?: string[];
  /** The response cache for anonymous reads: in Redis with `redisUrl`, in memory otherwise; `false` turns it off. */
  responseCache?: ResponseCacheOptions | false;
  /** JSON logs (pino); one to standard output when not given. */
  logger?: Logger;
  /** GraphiQL at /graphql for browsers: on unless production (GRAPHIQL=true turns it on there too). */
  graphiql?: boolean;
  /** Demo tokens for GraphiQL's buttons (npm start passes them; never in production). */
  demoTokens?: () => Promise<DemoToken[]>;
  /** Rate limits per app, person and IP (README "Rate limits"); in memory by default, `false` turns them off. */
  rateLimits?: RateLimitOptions | false;
  /** The OAuth authorization server for NPO apps, mounted on this origin once its address is known. */
  authorizationServer?: (issuer: string) => Promise<AuthorizationServer>;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const client = new SubgraphHttpClient({ timeoutMs: options.subgraphTimeoutMs ?? 10_000 });
  const responseCache = options.responseCache === false ? null : createResponseCache(options.responseCache);
  const telemetry = createServiceTelemetry('gateway', { logger: options.logger });
  // @apollo/gateway otherwise probes cloud metadata addresses and sends usage metrics to Apollo
  // from every replica; a city's gateway reports to no one unless its operators say so.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    // Static supergraph: the gateway never introspects subgraphs at run time.
    supergraphSdl: await readFile(options.supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: options.subgraphUrls?.[name] ?? url!,
        client,
        subgraphSecret: options.subgraphSecret,
        name,
        metrics: telemetry.metrics,
      }),
  });
  // The supergraph names custom scalars without their rules: teach them to the gateway so a bad
  // Date, DateTime or Yen is refused here, before planning, like any other bad input.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => implementScalarInputs(apiSchema));
  const limits = options.limits ?? DEFAULT_GRAPHQL_LIMITS;
  const rateLimits: RateLimitOptions | null = options.rateLimits === false ? null : (options.rateLimits ?? { limits: DEFAULT_RATE_LIMITS });
  const rateLimiter = rateLimits ? await createRateLimiter(rateLimits) : null;
  const apolloLimits = apolloLimitOptions<GatewayContext>(limits, { production: options.production ?? false });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted) => formatGatewayError(formatLimitError(formatted)),
    includeStacktraceInErrorResponses: false,
    // Refused operations never reach the query planner, let alone a subgraph.
    ...apolloLimits,
    // Apollo's landing page loads from a CDN; browsers get the local GraphiQL instead (or nothing).
    plugins: [
      ...apolloLimits.plugins,
      telemetryApolloPlugin<GatewayContext>(),
      ApolloServerPluginLandingPageDisabled(),
      ...(rateLimiter ? [rateLimitPlugin(rateLimiter, limits)] : []),
      ...(responseCache?.plugins ?? []),
    ],
  });
  await apollo.start();

  let oauth: AuthorizationServer | null = null;
  const handler = createGraphQLHttpHandler<GatewayContext>({
    server: apollo,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    corsOrigins: options.corsOrigins ?? ['*'],
    maxBodyBytes: limits.maxBodyBytes,
    context: async (request) => {
      const clientAddress = clientAddressOf(request, rateLimits?.trustProxy);
      // A bad token is refused here, before any subgraph sees the request.
      const caller = await verifyAuthorizationHeader(request.headers.authorization, options.tokenPublicKey)
        .then(async (verified) => (await refuseRevokedApp(oauth, verified?.principal), verified))
        .catch((error: unknown) => refusalWithRateLimit(rateLimiter, clientAddress, error));
      return { principal: caller?.principal ?? null, token: caller?.token ?? null, clientAddress };
    },
  });
  // Open data on the same origin, read from the public schema as an anonymous caller (README, "Open data").
  // A whole catalogue costs more than any caller's budget; its cache (one load per dataset a minute,
  // shared by concurrent downloads) is what bounds it, so these reads do not draw on a budget.
  const openData = createOpenDataHandler({
    execute: async (query, variables) => {
      const result = await apollo.executeOperation({ query, variables }, { contextValue: { principal: null, token: null, clientAddress: 'open-data', internal: true } });
      return result.body.kind === 'single' ? result.body.singleResult : { errors: [{ message: 'unexpected incremental result' }] };
    },
    cacheMs: process.env.OPEN_DATA_CACHE_SECONDS ? Number(process.env.OPEN_DATA_CACHE_SECONDS) * 1000 : undefined,
  });
  const graphiql = options.graphiql ?? !(options.production ?? false);
  const routes = withOpenData(openData, graphiql ? withGraphiql({ demoTokens: options.demoTokens }, handler) : handler);
  const server = await listen(
    'gateway',
    observeHttp(telemetry, async (request, response) => {
      if (!oauth?.handles(new URL(request.url ?? '/', 'http://localhost').pathname)) return routes(request, response);
      if (await admitTokenRequest(rateLimiter, request, response, rateLimits?.trustProxy)) await oauth.handle(request, response);
    }),
    options.port,
    options.host,
  );
  if (options.authorizationServer) oauth = await options.authorizationServer(`http://localhost:${server.port}`);
  return {
    url: `http://localhost:${server.port}/graphql`,
    stop: async () => {
      await server.close();
      await apollo.stop();
      await rateLimiter?.close();
      await client.close();
      await responseCache?.close();
    },
  };
}
