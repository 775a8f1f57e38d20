/**
 * The `extensions.code` values clients may rely on: the domain's own codes and the
 * ones GraphQL servers give to malformed requests. Anything else reaching a client is
 * masked as INTERNAL_SERVER_ERROR by the error mapping of subgraphs and gateway alike.
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  /** Over the caller's rate limit (HTTP 429); wait for the reset the RateLimit headers name. */
  'RATE_LIMITED',
]);
