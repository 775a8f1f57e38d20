import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * When one subgraph is down, the rest of an answer must survive with a masked error, so no
 * field whose value comes from another subgraph than its parent may be non-null: GraphQL
 * would null the parent, and with it everything the parent's own subgraph answered. This
 * walks the composed supergraph, so fields added later are held to the same rule.
 *
 * - A field a subgraph adds to an entity another subgraph owns (`Group.venueBookings`).
 * - A field whose type is an entity owned by another subgraph (`Proposal.department`): its
 *   fields are fetched from the owner.
 * - Every root query field: the root lists and lookups of one subgraph sit beside the other
 *   subgraphs' in one `data`, which a non-null root field would blank whole.
 */
const supergraph = readFileSync(resolve(__dirname, '../../apps/gateway/supergraph.graphql'), 'utf8');

function argument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value && (value.kind === Kind.ENUM || value.kind === Kind.STRING) ? value.value : undefined;
}

function directivesOf(type: GraphQLObjectType, name: string): ConstDirectiveNode[] {
  return [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []).filter((d) => d.name.value === name);
}

/** The subgraphs that declare a type, and whether any declares it as an entity (with a key). */
function joinTypes(type: GraphQLObjectType): { graphs: string[]; entity: boolean } {
  const joins = directivesOf(type, 'join__type');
  return { graphs: joins.map((d) => argument(d, 'graph')!), entity: joins.some((d) => argument(d, 'key') !== undefined) };
}

/** The subgraph that resolves a field: its join__field's graph, or the type's only graph. */
function graphOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string | undefined {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join && argument(join, 'graph');
  if (graph) return graph;
  const { graphs } = joinTypes(type);
  return graphs.length === 1 ? graphs[0] : undefined;
}

/** The owner of an entity: the subgraph that resolves most of its fields (the rest add to it). */
function ownerOf(type: GraphQLObjectType): string {
  const counts = new Map<string, number>();
  for (const field of Object.values(type.getFields())) {
    const graph = graphOf(type, field);
    if (graph) counts.set(graph, (counts.get(graph) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) throw new Error(`${type.name} has no clear owner: ${JSON.stringify(ranked)}`);
  return ranked[0]?.[0] ?? joinTypes(type).graphs[0];
}

/** Non-null anywhere: the field itself, or the items of a list it returns. */
function hasNonNull(type: GraphQLOutputType): boolean {
  if (isNonNullType(type)) return true;
  return isListType(type) ? hasNonNull(type.ofType) : false;
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !/^(__|join__|link__)/.test(type.name),
  );
}

export function fieldsThatWouldBlankTheirParent(schema: GraphQLSchema): string[] {
  const owners = new Map<string, string>();
  for (const type of objectTypes(schema)) if (joinTypes(type).entity) owners.set(type.name, ownerOf(type));
  const offenders: string[] = [];
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      // A root field's own list items come from its own subgraph: only the field itself matters there.
      if (type === schema.getQueryType()) {
        if (isNonNullType(field.type)) offenders.push(`${coordinate} (a root query field)`);
        continue;
      }
      if (!hasNonNull(field.type)) continue;
      const graph = graphOf(type, field);
      const parentOwner = owners.get(type.name);
      const returnedOwner = owners.get(getNamedType(field.type).name);
      if (parentOwner && graph && graph !== parentOwner) offenders.push(`${coordinate} (added by ${graph} to ${parentOwner}'s entity)`);
      else if (returnedOwner && graph && graph !== returnedOwner) offenders.push(`${coordinate} (resolved by ${graph}, its type owned by ${returnedOwner})`);
    }
  }
  return offenders;
}

describe('partial data when a subgraph is down', () => {
  const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });

  it('makes every field that crosses a subgraph boundary, and every root query field, nullable', () => {
    expect(fieldsThatWouldBlankTheirParent(schema)).toEqual([]);
  });

  it('finds such fields (the check itself works)', () => {
    const probe = buildASTSchema(
      parse(`
        directive @join__type(graph: String!, key: String) repeatable on OBJECT
        directive @join__field(graph: String) on FIELD_DEFINITION
        type Query @join__type(graph: "A") @join__type(graph: "B") { groups: [Group!]! @join__field(graph: "A") venue: Venue @join__field(graph: "B") }
        type Group @join__type(graph: "A", key: "id") @join__type(graph: "B", key: "id") {
          id: ID! name: String! @join__field(graph: "A") about: String @join__field(graph: "A") bookings: [Booking!]! @join__field(graph: "B")
        }
        type Venue @join__type(graph: "B", key: "id") { id: ID! owner: Group! }
        type Booking @join__type(graph: "B") { id: ID! }
      `),
      { assumeValidSDL: true },
    );
    expect(fieldsThatWouldBlankTheirParent(probe)).toEqual([
      'Query.groups (a root query field)',
      "Group.bookings (added by B to A's entity)",
      "Venue.owner (resolved by B, its type owned by A)",
    ]);
  });
});
