/**
 * The bounds every GraphQL server of the graph enforces, the gateway and each subgraph alike:
 * an anonymous caller must not be able to make one request cost more than these.
 */
export interface GraphQLLimits {
  /** Deepest field nesting an operation may have (fragments counted where they are spread). */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Times one field (response key) may be selected in one selection set: repeats merge, so more is only load. */
  maxFieldRepeats: number;
  /** Lexical tokens per document (comments are not tokens). */
  maxTokens: number;
  /** Estimated cost per operation: each object costs 1 (scalars nothing), a list multiplies its selection by `first`. */
  maxCost: number;
  /** Selections the cost estimate may visit with fragments expanded; past it the cost is refused unread. */
  maxCostNodes: number;
  /** The list size a connection is priced at when `first` is not given (the connections' default). */
  defaultListSize: number;
  /** The largest `first` any connection accepts; the connections refuse more (BAD_USER_INPUT), so it is priced as one. */
  maxListSize: number;
  /** Characters of any one text input (argument or variable). */
  maxTextLength: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
}

export const DEFAULT_GRAPHQL_LIMITS: Readonly<GraphQLLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 5,
  maxFieldRepeats: 10,
  maxTokens: 1_000,
  maxCost: 5_000,
  maxCostNodes: 2_000,
  defaultListSize: 20,
  maxListSize: 100,
  maxTextLength: 10_000,
  maxBodyBytes: 100_000,
});

/** The environment variable that overrides each limit. */
export const LIMIT_VARIABLES: Readonly<Partial<Record<keyof GraphQLLimits, string>>> = Object.freeze({
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxFieldRepeats: 'MAX_FIELD_REPEATS',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxCost: 'MAX_QUERY_COST',
  maxTextLength: 'MAX_TEXT_LENGTH',
  maxBodyBytes: 'MAX_REQUEST_BODY_BYTES',
});

/** Limits from the environment (see LIMIT_VARIABLES), the defaults elsewhere; a value that is not a positive integer stops the start. */
export function graphqlLimitsFromEnvironment(env: NodeJS.ProcessEnv = process.env): GraphQLLimits {
  const limits: GraphQLLimits = { ...DEFAULT_GRAPHQL_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as Array<[keyof GraphQLLimits, string]>) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${variable} must be a positive whole number, not "${raw}".`);
    limits[key] = value;
  }
  return limits;
}
