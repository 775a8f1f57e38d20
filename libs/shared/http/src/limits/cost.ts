import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLLimits } from './graphql-limits';

/**
 * How many items a field can return per parent: a connection's `first` (its default when not
 * given), a federation `_entities` call's number of representations, and one for anything
 * else. Plain lists are bounded by construction (enum values, a few dozen rows) and priced as
 * one. A `first` outside 0–limit is priced as one too: every connection refuses it with
 * BAD_USER_INPUT before it reads anything, so nothing below it runs.
 */
export function listSizeOf(
  field: { name: string; args: ReadonlyArray<{ name: string }> },
  args: Record<string, unknown>,
  limits: GraphQLLimits,
): number {
  if (field.name === '_entities') return Array.isArray(args.representations) ? Math.max(1, args.representations.length) : 1;
  if (!field.args.some((argument) => argument.name === 'first')) return 1;
  const first = args.first;
  if (first === undefined || first === null) return limits.defaultListSize;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > limits.maxListSize) return 1;
  return first;
}

/**
 * Every object a response can hold costs one, scalars nothing, and a field that returns many
 * items pays for its selection once per item: `groups(first: 50) { edges { node {
 * proposals(first: 20) { edges { node { title } } } } } }` costs 1 + 50 × (2 + 1 + 20 × 2) =
 * 2,151, so a nested fan-out is refused before anything runs.
 */
export function listCostEstimator(limits: GraphQLLimits): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    return 1 + listSizeOf(field, args, limits) * childComplexity;
  };
}

/**
 * How many selections an operation has once every fragment is spread where it is used,
 * counted in one pass over the document (each fragment is counted once and remembered), so a
 * document that spreads fragments into 2^21 paths is measured in microseconds. The estimator
 * below walks every expanded selection, so it only runs on operations this count allows.
 */
export function expandedSelectionCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const known = new Map<string, number>();
  const counting = new Set<string>();
  const countFragment = (name: string): number => {
    const remembered = known.get(name);
    if (remembered !== undefined) return remembered;
    const fragment = fragments.get(name);
    // Unknown and cyclic spreads are GraphQL's own validation errors.
    if (!fragment || counting.has(name)) return 0;
    counting.add(name);
    const count = countSet(fragment.selectionSet);
    counting.delete(name);
    known.set(name, count);
    return count;
  };
  const countSet = (selectionSet: SelectionSetNode | undefined): number => {
    let count = 0;
    for (const selection of selectionSet?.selections ?? []) {
      count += 1 + (selection.kind === Kind.FRAGMENT_SPREAD ? countFragment(selection.name.value) : countSet(selection.selectionSet));
    }
    return count;
  };
  return countSet(operation.selectionSet);
}

export type CostEstimate = { kind: 'cost'; cost: number } | { kind: 'too-many-nodes' } | { kind: 'unpriceable' };

/**
 * The estimated cost of one operation with its variables. graphql-query-complexity stops after
 * `maxCostNodes` selections, so fragments spread many times cannot make the estimate itself slow.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  limits: GraphQLLimits,
): CostEstimate {
  // The limits and the rate limiter both price every request, and the website sends the same few
  // documents with the same few variables over and over: remember the last estimates per parsed
  // document (the server keeps one per distinct query text), a bounded number of variable sets each.
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  // Large variables (free text, long id lists) are priced afresh: remembering them would let a
  // client fill the gateway's memory.
  if (key.length > MEMO_MAX_KEY_LENGTH) return computeCost(schema, document, operationName, variables, limits);
  const estimates = memoFor(schema, limits, document);
  const known = estimates.get(key);
  if (known) return known;
  const estimate = computeCost(schema, document, operationName, variables, limits);
  if (estimates.size >= MEMO_VARIABLE_SETS_PER_DOCUMENT) estimates.delete(estimates.keys().next().value!);
  estimates.set(key, estimate);
  return estimate;
}

const MEMO_VARIABLE_SETS_PER_DOCUMENT = 32;
const MEMO_MAX_KEY_LENGTH = 1_024;
const memo = new WeakMap<GraphQLSchema, WeakMap<GraphQLLimits, WeakMap<DocumentNode, Map<string, CostEstimate>>>>();

function memoFor(schema: GraphQLSchema, limits: GraphQLLimits, document: DocumentNode): Map<string, CostEstimate> {
  let byLimits = memo.get(schema);
  if (!byLimits) memo.set(schema, (byLimits = new WeakMap()));
  let byDocument = byLimits.get(limits);
  if (!byDocument) byLimits.set(limits, (byDocument = new WeakMap()));
  let estimates = byDocument.get(document);
  if (!estimates) byDocument.set(document, (estimates = new Map()));
  return estimates;
}

function computeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  limits: GraphQLLimits,
): CostEstimate {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName),
  );
  if (operation && expandedSelectionCount(document, operation) >= limits.maxCostNodes) return { kind: 'too-many-nodes' };
  try {
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [listCostEstimator(limits)],
      maxQueryNodes: limits.maxCostNodes,
    });
    return { kind: 'cost', cost };
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return { kind: 'too-many-nodes' };
    // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
    return { kind: 'unpriceable' };
  }
}
