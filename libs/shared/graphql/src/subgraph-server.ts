import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { KeyLike } from 'jose';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { bearerTokenFrom, verifyAccessToken } from '@tsunagaru/shared-auth';
import { DomainError, type Principal } from '@tsunagaru/shared-kernel';
import { createOrm, migrateUp, type PersistenceModule } from '@tsunagaru/shared-persistence';
import type { RequestContext } from './context';
import { createErrorFormatter } from './error-mapping';
import { createGraphQLHttpHandler, listen } from './http-handler';

/** Everything that makes one subgraph: its data, its schema, its per-request loaders. */
export interface SubgraphDefinition<Loaders = unknown> {
  name: string;
  persistence: PersistenceModule;
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): Loaders;
}

export interface SubgraphServerOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** Public key that verifies the bearer tokens the gateway forwards. */
  tokenPublicKey: KeyLike;
  migrate?: boolean;
  exposeSqlStatementCount?: boolean;
  poolMax?: number;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * Verifies the caller from the forwarded bearer token. The subgraph trusts only what
 * it can verify itself, so a request that bypasses the gateway gains nothing.
 */
export async function principalFromRequest(request: IncomingMessage, publicKey: KeyLike): Promise<Principal | null> {
  try {
    const token = bearerTokenFrom(request.headers.authorization);
    return token ? await verifyAccessToken(token, publicKey) : null;
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
    }
    throw error;
  }
}

export async function startSubgraphServer<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph> {
  const orm = await createOrm(definition.persistence, { databaseUrl: options.databaseUrl, poolMax: options.poolMax });
  if (options.migrate ?? true) await migrateUp(orm);

  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema: await definition.buildSchema(),
    formatError: createErrorFormatter((error) => console.error(`[${definition.name}] unexpected error`, error)),
    includeStacktraceInErrorResponses: false,
    // Clients talk to the gateway; a subgraph has no landing page of its own. Inline
    // traces cost every request time and only matter with Apollo GraphOS reporting.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(process.env.APOLLO_INLINE_TRACING === 'true' ? [] : [ApolloServerPluginInlineTraceDisabled()]),
    ],
  });
  await apollo.start();

  const handler = createGraphQLHttpHandler({
    server: apollo,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    ready: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    context: async (request) => {
      const principal = await principalFromRequest(request, options.tokenPublicKey);
      const em = orm.em.fork();
      return { em, principal, loaders: definition.createLoaders(em) };
    },
  });
  const server = await listen(definition.name, handler, options.port, options.host);

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
