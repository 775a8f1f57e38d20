import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  SUBGRAPH_CREDENTIAL_HEADER,
  verifyAuthorizationHeader,
  verifySubgraphCredential,
  type AuthorizationServer,
  type SignedOperation,
  type TokenVerifier,
} from '@tsunagaru/shared-auth';
import { createErrorFormatter, privateForCallersWithTokenPlugin, type RequestContext, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import {
  apolloLimitOptions,
  createGraphQLHttpHandler,
  DEFAULT_GRAPHQL_LIMITS,
  formatLimitError,
  listen,
  type GraphQLLimits,
} from '@tsunagaru/shared-http';
import { createOrm, migrateUp } from '@tsunagaru/shared-persistence';
import { createServiceTelemetry, observeHttp, telemetryApolloPlugin, traceSqlStatements, type Logger } from '@tsunagaru/shared-telemetry';
import { databasePoolStats } from './pool-stats';
import type { SubgraphName } from '@tsunagaru/shared-topology';
import { peerSubgraphs } from './peer-subgraphs';

export interface SubgraphServerOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** Verifies the bearer tokens the gateway forwards: the graph's public key, or a trust with identity providers (OAUTH_ISSUER, OAUTH_JWKS_URL). */
  tokenPublicKey: TokenVerifier;
  migrate?: boolean;
  exposeSqlStatementCount?: boolean;
  poolMax?: number;
  /** The secret the gateway signs its calls with; every other caller is refused (health checks aside). */
  subgraphSecret: string;
  /** The same limits as the gateway's, so a call that reaches a subgraph another way gains nothing. */
  limits?: GraphQLLimits;
  /** Production mode: no field suggestions in errors. */
  production?: boolean;
  /** Where the other subgraphs answer, for the few writes that must ask one (PeerSubgraphs). */
  peerUrls?: Partial<Record<SubgraphName, string>>;
  /** JSON logs (pino); one to standard output when not given. */
  logger?: Logger;
  /** A deployed directory serves the OAuth authorization server beside /graphql; the gateway proxies to it. */
  authorizationServer?: AuthorizationServer;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

export async function startSubgraphServer(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const orm = await createOrm(definition.persistence, { databaseUrl: options.databaseUrl, poolMax: options.poolMax });
  if (options.migrate ?? true) await migrateUp(orm);
  // One span per SQL statement under the request's span, when tracing is on.
  traceSqlStatements(orm.em.getConnection().getKnex(), definition.name);

  const limits = options.limits ?? DEFAULT_GRAPHQL_LIMITS;
  const telemetry = createServiceTelemetry(definition.name, { logger: options.logger, databasePool: () => databasePoolStats(orm) });
  const formatError = createErrorFormatter();
  const limited = apolloLimitOptions<RequestContext>(limits, { production: options.production ?? false });
  const apollo = new ApolloServer<RequestContext>({
    schema: await definition.buildSchema(),
    formatError: (formatted, error) => formatError(formatLimitError(formatted), error),
    includeStacktraceInErrorResponses: false,
    ...limited,
    // Clients talk to the gateway; a subgraph has no landing page of its own. Inline
    // traces cost every request time and only matter with Apollo GraphOS reporting.
    plugins: [
      ...limited.plugins,
      telemetryApolloPlugin<RequestContext>(),
      ApolloServerPluginLandingPageDisabled(),
      privateForCallersWithTokenPlugin<RequestContext>(),
      ...(process.env.APOLLO_INLINE_TRACING === 'true' ? [] : [ApolloServerPluginInlineTraceDisabled()]),
    ],
  });
  await apollo.start();

  const handler = createGraphQLHttpHandler({
    server: apollo,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    maxBodyBytes: limits.maxBodyBytes,
    // Only the gateway may call: it signs each call for the operation it sends.
    authorizeRequest: (request, operation) =>
      verifySubgraphCredential(options.subgraphSecret, request.headers[SUBGRAPH_CREDENTIAL_HEADER], operation as SignedOperation),
    ready: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    context: async (request) => {
      // The subgraph trusts only what it verifies itself, so a request that bypasses the gateway gains nothing.
      const caller = await verifyAuthorizationHeader(request.headers.authorization, options.tokenPublicKey);
      const em = orm.em.fork();
      const peers = peerSubgraphs({ urls: options.peerUrls ?? {}, subgraphSecret: options.subgraphSecret, token: caller?.token ?? null });
      return { em, principal: caller?.principal ?? null, loaders: definition.createLoaders(em), peers };
    },
  });
  const oauth = options.authorizationServer;
  const observed = observeHttp(telemetry, handler, { countSqlStatements: true });
  const server = await listen(
    definition.name,
    (request, response) => (oauth?.handles(new URL(request.url ?? '/', 'http://localhost').pathname) ? oauth.handle(request, response) : observed(request, response)),
    options.port,
    options.host,
  );

  return {
    name: definition.name,
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${server.port}/graphql`,
    orm,
    stop: async () => {
      await server.close();
      await apollo.stop();
      await orm.close();
    },
  };
}
