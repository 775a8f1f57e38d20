import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './authorization';
import { CACHE_CONTROL_SDL } from './cache-control/cache-hints';

/**
 * `__resolveReference` functions, keyed by entity type name. Method syntax lets each
 * subgraph type its own context without casts.
 */
export type ReferenceResolvers = Record<string, { __resolveReference(reference: { id: string }, context: never): unknown }>;

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7",
          import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@composeDirective"])
    @link(url: "https://tsunagaru.kamakura.example/cache-control/v1.0", import: ["@cacheControl"])
    @composeDirective(name: "@cacheControl")
  ${CACHE_CONTROL_SDL}
`;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: the one helper every
 * subgraph uses, so authorization and federation wiring are the same everywhere.
 */
export async function buildFederatedSchema(
  options: Pick<BuildSchemaOptions, 'resolvers' | 'orphanedTypes'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    authChecker,
    authMode: 'error',
    validate: false,
    // A subgraph may have no Query of its own; composition checks the whole graph.
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
}
