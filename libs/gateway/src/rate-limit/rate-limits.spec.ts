import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimitKeyOf } from './rate-limiter';
import { setRateLimitHeaders } from './rate-limit-plugin';
import { DEFAULT_RATE_LIMITS, rateLimitsFromEnvironment } from './rate-limits';

describe('rate limits', () => {
  it('come from the environment, with defaults, and can be turned off', () => {
    expect(rateLimitsFromEnvironment({})).toEqual({ limits: DEFAULT_RATE_LIMITS, redisUrl: undefined, keyPrefix: undefined, trustProxy: false });
    expect(rateLimitsFromEnvironment({ RATE_LIMIT_APP: '10', REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({
      limits: { app: 10 },
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(rateLimitsFromEnvironment({ RATE_LIMITS: 'off' })).toBe(false);
    expect(() => rateLimitsFromEnvironment({ RATE_LIMIT_USER: '0' })).toThrow(/RATE_LIMIT_USER/);
  });

  it('count an app by client id, a person by subject and anyone else by address', () => {
    expect(rateLimitKeyOf({ subject: 'tgapp_1', clientId: 'tgapp_1', role: 'member', groupIds: [] }, '10.0.0.1')).toEqual({ kind: 'app', id: 'tgapp_1' });
    expect(rateLimitKeyOf({ subject: 'u1', role: 'staff', groupIds: [] }, '10.0.0.1')).toEqual({ kind: 'user', id: 'u1' });
    expect(rateLimitKeyOf(null, '10.0.0.1')).toEqual({ kind: 'anonymous', id: '10.0.0.1' });
  });

  it('spend points in memory, refuse over budget for one point, and keep budgets apart', async () => {
    const limiter = await createRateLimiter({ limits: { windowSeconds: 60, anonymous: 10, user: 100, app: 100 } });
    const ip = { kind: 'anonymous' as const, id: '192.0.2.1' };
    expect(await limiter.consume(ip, 6)).toMatchObject({ allowed: true, remaining: 4, limit: 10 });
    expect(await limiter.consume(ip, 6)).toMatchObject({ allowed: false, remaining: 3 });
    expect(await limiter.consume(ip, 3)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.consume({ kind: 'anonymous', id: '192.0.2.2' }, 6)).toMatchObject({ allowed: true, remaining: 4 });
    await limiter.close();
  });

  it('write the IETF RateLimit headers and the x-ratelimit ones', () => {
    const headers = new Map<string, string>();
    setRateLimitHeaders(headers, { kind: 'app', limit: 100, remaining: 0, resetSeconds: 42, windowSeconds: 60, allowed: false });
    expect(Object.fromEntries(headers)).toEqual({
      'ratelimit-policy': '"app";q=100;w=60',
      ratelimit: '"app";r=0;t=42',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '42',
      'retry-after': '42',
    });
  });
});
