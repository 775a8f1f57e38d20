import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../rate-limit/rate-limiter';
import { admitTokenRequest, TOKEN_REQUEST_POINTS } from './token-endpoint-limit';

function tokenRequest(path = '/oauth/token', method = 'POST'): IncomingMessage {
  return { method, url: path, headers: {}, socket: { remoteAddress: '198.51.100.7' } } as unknown as IncomingMessage;
}

function recordingResponse() {
  const recorded = { status: 0, headers: {} as Record<string, unknown>, body: '' };
  const response = {
    setHeader: (name: string, value: unknown) => (recorded.headers[name] = value),
    writeHead: (status: number, headers: Record<string, unknown>) => {
      recorded.status = status;
      Object.assign(recorded.headers, headers);
    },
    end: (body: string) => (recorded.body = body),
  } as unknown as ServerResponse;
  return { response, recorded };
}

describe('the token endpoint is priced against the address budget', () => {
  it(`spends ${TOKEN_REQUEST_POINTS} points per token request and answers 429 past the budget`, async () => {
    const limiter = await createRateLimiter({ limits: { windowSeconds: 60, anonymous: 2 * TOKEN_REQUEST_POINTS + 50, user: 1, app: 1 } });
    for (const remaining of [TOKEN_REQUEST_POINTS + 50, 50]) {
      const { response, recorded } = recordingResponse();
      expect(await admitTokenRequest(limiter, tokenRequest(), response)).toBe(true);
      expect(recorded.headers['x-ratelimit-remaining']).toBe(String(remaining));
    }
    const { response, recorded } = recordingResponse();
    expect(await admitTokenRequest(limiter, tokenRequest(), response)).toBe(false);
    expect(recorded.status).toBe(429);
    expect(JSON.parse(recorded.body)).toMatchObject({ error: 'temporarily_unavailable' });
    expect(Number(recorded.headers['retry-after'])).toBeGreaterThan(0);
    // Metadata and keys cost nothing.
    expect(await admitTokenRequest(limiter, tokenRequest('/.well-known/oauth-authorization-server', 'GET'), recordingResponse().response)).toBe(true);
    await limiter.close();
  });
});
