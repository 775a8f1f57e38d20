import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OAuthClientStore } from '@tsunagaru/shared-auth';
import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import type { SubgraphName } from '@tsunagaru/shared-topology';

/**
 * Everything that makes one subgraph: its data, its schema, its per-request loaders.
 * Loaders are typed inside the subgraph's own resolvers; the server that runs a
 * subgraph only hands them over, so here they are `unknown` and need no cast.
 */
export interface SubgraphDefinition<Loaders = unknown> {
  name: SubgraphName;
  persistence: PersistenceModule;
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): Loaders;
  /** The subgraph that keeps the OAuth clients (directory): a deployed replica can serve the authorization server from it. */
  oauthClients?(databaseUrl: string): OAuthClientStore & { close(): Promise<void> };
}
