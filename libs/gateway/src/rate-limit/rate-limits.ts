/**
 * Rate limits per client, in points per window: every operation costs what the query cost
 * limit prices it at (`libs/shared/http/src/limits/cost.ts`), and at least one point, so a
 * caller may run many cheap queries or a few expensive ones. Apps are counted per client id,
 * people per token subject, anonymous callers per IP address.
 */
export interface RateLimits {
  /** Length of a window, in seconds; the budget starts afresh after it. */
  windowSeconds: number;
  /** Points per window for each anonymous caller (by IP address). */
  anonymous: number;
  /** Points per window for each signed-in person (by token subject). */
  user: number;
  /** Points per window for each NPO app (by OAuth client id). */
  app: number;
}

export interface RateLimitOptions {
  limits: RateLimits;
  /** Redis for counters that gateway replicas share; in memory (one replica's own) when absent. */
  redisUrl?: string;
  /** Take the caller's IP address from X-Forwarded-For (behind a load balancer that sets it). */
  trustProxy?: boolean;
  /** Prefix of the counters' Redis keys (`tsunagaru:rl` by default); replicas that share a budget share it. */
  keyPrefix?: string;
}

export const DEFAULT_RATE_LIMITS: Readonly<RateLimits> = Object.freeze({
  windowSeconds: 60,
  anonymous: 20_000,
  user: 60_000,
  app: 60_000,
});

const VARIABLES: Record<keyof RateLimits, string> = {
  windowSeconds: 'RATE_LIMIT_WINDOW_SECONDS',
  anonymous: 'RATE_LIMIT_ANONYMOUS',
  user: 'RATE_LIMIT_USER',
  app: 'RATE_LIMIT_APP',
};

/**
 * Rate limits from the environment: RATE_LIMIT_WINDOW_SECONDS, RATE_LIMIT_ANONYMOUS,
 * RATE_LIMIT_USER, RATE_LIMIT_APP (points), REDIS_URL, RATE_LIMIT_REDIS_PREFIX, RATE_LIMIT_TRUST_PROXY;
 * RATE_LIMITS=off turns them off (a deployment whose edge already limits).
 */
export function rateLimitsFromEnvironment(env: NodeJS.ProcessEnv = process.env): RateLimitOptions | false {
  if (env.RATE_LIMITS === 'off') return false;
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const [key, variable] of Object.entries(VARIABLES) as Array<[keyof RateLimits, string]>) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${variable} must be a positive whole number, not "${raw}".`);
    limits[key] = value;
  }
  return {
    limits,
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.RATE_LIMIT_REDIS_PREFIX || undefined,
    trustProxy: ['1', 'true', 'yes'].includes((env.RATE_LIMIT_TRUST_PROXY ?? '').toLowerCase()),
  };
}
