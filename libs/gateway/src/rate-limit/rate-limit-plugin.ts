import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { estimateCost, type GraphQLLimits } from '@tsunagaru/shared-http';
import { DomainError } from '@tsunagaru/shared-kernel';
import type { GatewayContext } from '../gateway-context';
import { rateLimitKeyOf, type RateLimiter, type RateLimitState } from './rate-limiter';

/** The code of a refusal for being over the rate limit (HTTP 429). */
export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * The rate-limit headers of a response: `RateLimit-Policy` and `RateLimit` as the IETF
 * draft (draft-ietf-httpapi-ratelimit-headers) words them, and the widespread
 * `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (seconds).
 */
export function setRateLimitHeaders(headers: { set(name: string, value: string): unknown }, state: RateLimitState): void {
  headers.set('ratelimit-policy', `"${state.kind}";q=${state.limit};w=${state.windowSeconds}`);
  headers.set('ratelimit', `"${state.kind}";r=${state.remaining};t=${state.resetSeconds}`);
  headers.set('x-ratelimit-limit', String(state.limit));
  headers.set('x-ratelimit-remaining', String(state.remaining));
  headers.set('x-ratelimit-reset', String(state.resetSeconds));
  if (!state.allowed) headers.set('retry-after', String(Math.max(1, state.resetSeconds)));
}

/**
 * Spends each operation's cost from its caller's budget before anything is planned or sent to
 * a subgraph; over budget is HTTP 429 with `RATE_LIMITED`. An operation the cost limit refuses
 * (or that never gets that far: a parse or validation error) costs one point, so every request
 * counts and every response carries the headers.
 */
export function rateLimitPlugin(limiter: RateLimiter, limits: GraphQLLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.internal) return {};
      let state: RateLimitState | null = null;
      const key = () => rateLimitKeyOf(contextValue.principal ?? null, contextValue.clientAddress ?? 'unknown');
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const estimate = estimateCost(schema, document, operation?.name?.value, request.variables, limits);
          const cost = estimate.kind === 'cost' && estimate.cost <= limits.maxCost ? Math.max(1, estimate.cost) : 1;
          state = await limiter.consume(key(), cost);
          if (!state.allowed) {
            throw new GraphQLError(
              `Rate limit exceeded: this operation costs ${cost} points and ${state.remaining} of ${state.limit} are left in this ` +
                `${state.windowSeconds}-second window; try again in ${Math.max(1, state.resetSeconds)} seconds.`,
              { extensions: { code: RATE_LIMITED, http: { status: 429 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          state ??= await limiter.consume(key(), 1);
          setRateLimitHeaders(response.http.headers, state);
          if (!state.allowed) response.http.status = 429;
        },
      };
    },
  };
}

/**
 * A request refused before any operation is read (a bad or revoked token: UNAUTHENTICATED)
 * costs its address one point and carries the headers like every other response; past the
 * budget it is RATE_LIMITED instead. Anything that is not a domain refusal passes unchanged.
 */
export async function refusalWithRateLimit(limiter: RateLimiter | null, clientAddress: string, error: unknown): Promise<never> {
  if (!limiter || !(error instanceof DomainError)) throw error;
  const state = await limiter.consume({ kind: 'anonymous', id: clientAddress }, 1);
  const headers = new HeaderMap();
  setRateLimitHeaders(headers, state);
  if (!state.allowed) {
    throw new GraphQLError(`Rate limit exceeded; try again in ${Math.max(1, state.resetSeconds)} seconds.`, {
      extensions: { code: RATE_LIMITED, http: { status: 429, headers } },
    });
  }
  const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
  throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status, headers } } });
}
