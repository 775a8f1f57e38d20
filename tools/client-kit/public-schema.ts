import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const CLIENT_KIT_DIR = __dirname;
/** The public schema, written by `npm run supergraph:compose` and committed, for client developers. */
export const PUBLIC_SCHEMA_PATH = join(__dirname, 'schema', 'public.graphql');
/** The public schema of the last release: what the breaking-change check compares with. */
export const RELEASED_SCHEMA_PATH = join(__dirname, 'schema', 'released.graphql');

const HEADER = `# Tsunagaru Graph: the public GraphQL schema (what clients of the gateway see), without federation
# internals. Generated from apps/gateway/supergraph.graphql by \`npm run supergraph:compose\`; do not edit.
`;

/** The API schema of a supergraph (no join__/link__ types, no _entities), sorted for stable diffs. */
export function publicSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${HEADER}\n${printSchema(lexicographicSortSchema(api))}\n`;
}

export function readSchemaFile(path: string): string {
  return readFileSync(path, 'utf8');
}
