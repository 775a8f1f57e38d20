import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';

/** The names a refusal carries in `extensions.limit` (documented in README, "Limits"). */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'field-repeats' | 'tokens' | 'cost' | 'text';

/** The code of every refused operation: clients can rely on it and read the limit's name beside it. */
export const LIMIT_ERROR_CODE = 'GRAPHQL_VALIDATION_FAILED';

/** An operation refused for going past one of the limits: HTTP 400, before anything runs. */
export function limitError(limit: LimitName, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: LIMIT_ERROR_CODE, limit, http: { status: 400 } } });
}

// graphql-js's own token limit ends parsing with this syntax error (Apollo's parseOptions.maxTokens).
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

/**
 * Rewrites what graphql-js says when a document has too many tokens into the same shape as
 * every other limit. Both the gateway's and the subgraphs' error formatters pass errors here.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (!match || formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return formatted;
  return {
    message: `The document has more than ${match[1]} tokens; at most ${match[1]} are allowed.`,
    locations: formatted.locations,
    extensions: { code: LIMIT_ERROR_CODE, limit: 'tokens' },
  };
}
