import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddressOf, type RateLimiter } from '../rate-limit/rate-limiter';
import { setRateLimitHeaders } from '../rate-limit/rate-limit-plugin';

/**
 * A token request checks a client secret against its scrypt hash (tens of milliseconds of
 * CPU), so it is priced like a sizeable query: each one spends this many points of the calling
 * address's anonymous budget (20,000 a minute by default: 200 token requests). Apps need one
 * token per 10 minutes; someone guessing secrets runs out at once.
 */
export const TOKEN_REQUEST_POINTS = 100;

/** Spends the budget of a token request; answers 429 itself and returns false when over it. */
export async function admitTokenRequest(
  limiter: RateLimiter | null,
  request: IncomingMessage,
  response: ServerResponse,
  trustProxy = false,
): Promise<boolean> {
  if (!limiter || request.method !== 'POST' || !new URL(request.url ?? '/', 'http://localhost').pathname.endsWith('/token')) return true;
  const state = await limiter.consume({ kind: 'anonymous', id: clientAddressOf(request, trustProxy) }, TOKEN_REQUEST_POINTS);
  setRateLimitHeaders({ set: (name: string, value: string) => response.setHeader(name, value) }, state);
  if (state.allowed) return true;
  response.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(
    JSON.stringify({
      error: 'temporarily_unavailable',
      error_description: `Too many token requests from this address; try again in ${Math.max(1, state.resetSeconds)} seconds.`,
    }),
  );
  return false;
}
