import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { KeyLike } from 'jose';
import { verifyAuthorizationHeader } from '@tsunagaru/shared-auth';
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
import { SubgraphDataSource } from './subgraph-data-source';
import { createOpenDataHandler, withOpenData } from './open-data';
import { withGraphiql, type DemoToken } from './graphiql';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph composed ahead of time by `npm run supergraph:compose`. */
  supergraphPath: string;
  /** Where each subgraph really runs, by name; defaults to the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  tokenPublicKey: KeyLike;
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
  /** JSON logs (pino); one to standard output when not given. */
  logger?: Logger;
  /** GraphiQL at /graphql for browsers: on unless production (GRAPHIQL=true turns it on there too). */
  graphiql?: boolean;
  /** Demo tokens for GraphiQL's buttons (npm start passes them; never in production). */
  demoTokens?: () => Promise<DemoToken[]>;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const telemetry = createServiceTelemetry('gateway', { logger: options.logger });
  const gateway = new ApolloGateway({
    // Static supergraph: the gateway never introspects subgraphs at run time.
    supergraphSdl: await readFile(options.supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: options.subgraphUrls?.[name] ?? url!,
        timeoutMs: options.subgraphTimeoutMs ?? 10_000,
        subgraphSecret: options.subgraphSecret,
        name,
        metrics: telemetry.metrics,
      }),
  });
  // The supergraph names custom scalars without their rules: teach them to the gateway so a bad
  // Date, DateTime or Yen is refused here, before planning, like any other bad input.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => implementScalarInputs(apiSchema));
  const limits = options.limits ?? DEFAULT_GRAPHQL_LIMITS;
  const limited = apolloLimitOptions<GatewayContext>(limits, { production: options.production ?? false });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted) => formatGatewayError(formatLimitError(formatted)),
    includeStacktraceInErrorResponses: false,
    // Refused operations never reach the query planner, let alone a subgraph.
    ...limited,
    // Apollo's landing page loads from a CDN; browsers get the local GraphiQL instead (or nothing).
    plugins: [...limited.plugins, telemetryApolloPlugin<GatewayContext>(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const handler = createGraphQLHttpHandler<GatewayContext>({
    server: apollo,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    corsOrigins: options.corsOrigins ?? ['*'],
    maxBodyBytes: limits.maxBodyBytes,
    context: async (request) => {
      // A bad token is refused here, before any subgraph sees the request.
      const caller = await verifyAuthorizationHeader(request.headers.authorization, options.tokenPublicKey);
      return { principal: caller?.principal ?? null, token: caller?.token ?? null };
    },
  });
  // Open data on the same origin, read from the public schema as an anonymous caller (README, "Open data").
  const openData = createOpenDataHandler({
    execute: async (query, variables) => {
      const result = await apollo.executeOperation({ query, variables }, { contextValue: { principal: null, token: null } });
      return result.body.kind === 'single' ? result.body.singleResult : { errors: [{ message: 'unexpected incremental result' }] };
    },
    cacheMs: process.env.OPEN_DATA_CACHE_SECONDS ? Number(process.env.OPEN_DATA_CACHE_SECONDS) * 1000 : undefined,
  });
  const graphiql = options.graphiql ?? !(options.production ?? false);
  const routes = withOpenData(openData, graphiql ? withGraphiql({ demoTokens: options.demoTokens }, handler) : handler);
  const server = await listen('gateway', observeHttp(telemetry, routes), options.port, options.host);
  return {
    url: `http://localhost:${server.port}/graphql`,
    stop: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}
