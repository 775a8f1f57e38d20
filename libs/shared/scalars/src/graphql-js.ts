/**
 * The graphql-js these scalars are built with. type-graphql, Apollo and the gateway load
 * graphql's CommonJS entry (index.js); vitest's module runner would hand our own sources its
 * ES module entry (index.mjs) instead: a second copy whose GraphQLScalarType type-graphql
 * does not recognise ("Cannot determine GraphQL output type") and whose `isScalarType`
 * refuses the gateway's types. Naming the file keeps one copy in every runtime (Node, tsx,
 * esbuild bundles, vitest). Code that builds or inspects graphql-js types imports from here.
 */
export { GraphQLScalarType, isScalarType, isSpecifiedScalarType, Kind, print } from 'graphql/index.js';
export type { GraphQLSchema, ValueNode } from 'graphql/index.js';
