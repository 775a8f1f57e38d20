import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { KeyLike } from 'jose';
import type { MikroORM } from '@mikro-orm/postgresql';
import { verifyAuthorizationHeader } from '@tsunagaru/shared-auth';
import { createErrorFormatter, type RequestContext, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createGraphQLHttpHandler, listen } from '@tsunagaru/shared-http';
import { createOrm, migrateUp } from '@tsunagaru/shared-persistence';

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

export async function startSubgraphServer(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const orm = await createOrm(definition.persistence, { databaseUrl: options.databaseUrl, poolMax: options.poolMax });
  if (options.migrate ?? true) await migrateUp(orm);

  const apollo = new ApolloServer<RequestContext>({
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
      // The subgraph trusts only what it verifies itself, so a request that bypasses the gateway gains nothing.
      const caller = await verifyAuthorizationHeader(request.headers.authorization, options.tokenPublicKey);
      const em = orm.em.fork();
      return { em, principal: caller?.principal ?? null, loaders: definition.createLoaders(em) };
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
