import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '@tsunagaru/shared-kernel';
import type { RateLimitOptions, RateLimits } from './rate-limits';

export type RateLimitClass = 'anonymous' | 'user' | 'app';

/** Whose budget a request spends: an app by client id, a person by subject, anyone else by IP. */
export interface RateLimitKey {
  kind: RateLimitClass;
  id: string;
}

export function rateLimitKeyOf(principal: Principal | null, clientAddress: string): RateLimitKey {
  if (principal?.clientId) return { kind: 'app', id: principal.clientId };
  if (principal) return { kind: 'user', id: principal.subject };
  return { kind: 'anonymous', id: clientAddress };
}

/** Where a budget stands after a request: what the RateLimit headers say. */
export interface RateLimitState {
  kind: RateLimitClass;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again. */
  resetSeconds: number;
  windowSeconds: number;
  allowed: boolean;
}

export interface RateLimiter {
  /** Spends `points` of the key's budget, or refuses (allowed: false) and spends one point for the attempt. */
  consume(key: RateLimitKey, points: number): Promise<RateLimitState>;
  close(): Promise<void>;
}

/**
 * Counters by rate-limiter-flexible: atomic in Redis (one Lua script per request) so that
 * gateway replicas sharing REDIS_URL enforce one budget, in memory otherwise. When Redis
 * fails, each replica falls back to counting in its own memory (insurance limiter) rather
 * than refusing or letting everything through.
 */
export async function createRateLimiter(options: RateLimitOptions): Promise<RateLimiter> {
  const { limits } = options;
  let redis: Redis | null = null;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', (error: Error) => console.error('[gateway] rate-limit Redis error:', error.message));
    await redis.connect();
  }
  const limiters = Object.fromEntries(
    (['anonymous', 'user', 'app'] as const).map((kind) => {
      const common = { points: limits[kind], duration: limits.windowSeconds, keyPrefix: `${options.keyPrefix ?? 'tsunagaru:rl'}:${kind}` };
      const limiter: RateLimiterAbstract = redis
        ? new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: new RateLimiterMemory(common) })
        : new RateLimiterMemory(common);
      return [kind, limiter];
    }),
  ) as Record<RateLimitClass, RateLimiterAbstract>;

  const stateOf = (kind: RateLimitClass, result: RateLimiterRes, allowed: boolean): RateLimitState => ({
    kind,
    limit: limits[kind],
    remaining: Math.max(0, limits[kind] - result.consumedPoints),
    resetSeconds: Math.max(0, Math.ceil(result.msBeforeNext / 1000)),
    windowSeconds: limits.windowSeconds,
    allowed,
  });

  return {
    async consume(key, points) {
      try {
        return stateOf(key.kind, await limiters[key.kind].consume(key.id, points), true);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        // The refused operation did not run: it keeps one point for the attempt and gives the rest back,
        // so a caller over budget can still run what is left of it.
        if (points > 1) {
          const refunded = await limiters[key.kind].reward(key.id, points - 1).catch(() => null);
          if (refunded) return stateOf(key.kind, refunded, false);
        }
        return stateOf(key.kind, error, false);
      }
    },
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}

export type { RateLimits };

/** The caller's IP address; behind a trusted proxy, the first address of X-Forwarded-For. */
export function clientAddressOf(request: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }, trustProxy = false): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && forwarded) return (Array.isArray(forwarded) ? forwarded[0] : forwarded).split(',')[0].trim();
  return request.socket.remoteAddress ?? 'unknown';
}
