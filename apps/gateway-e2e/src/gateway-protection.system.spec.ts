import { describe, expect, inject, it } from 'vitest';
import { errorCodes, gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

describe('what the gateway refuses before any subgraph works', () => {
  it('refuses operations nested deeper than 12 levels, fragments included', async () => {
    const deep = `fragment G on Group { proposals { edges { node { proposingGroup { proposals { edges { node { proposingGroup { proposals { edges { node { id } } } } } } } } } } } }
      { groups(first: 1) { edges { node { ...G } } } }`;
    const response = await postGraphQL(gatewayUrl(), deep);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/at most 12/);
  });

  it('answers malformed requests with a client error and no internals', async () => {
    const invalidJson = await fetch(gatewayUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(invalidJson.status).toBe(400);
    const unknownField = await postGraphQL(gatewayUrl(), '{ groups { nope } }');
    expect(errorCodes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const text = JSON.stringify(unknownField);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|stack|serviceName|select /i);
  });

  it('lets browser clients of other origins call it (CORS preflight)', async () => {
    const preflight = await fetch(gatewayUrl(), {
      method: 'OPTIONS',
      headers: { origin: 'https://www.city.kamakura.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('serves health and readiness endpoints for load balancers', async () => {
    const health = await fetch(new URL('/healthz', gatewayUrl()));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(new URL('/readyz', gatewayUrl()));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    // Each subgraph is ready when its database answers.
    for (const [name, url] of Object.entries(inject('subgraphUrls'))) {
      const subgraphReady = await fetch(new URL('/readyz', url));
      expect(subgraphReady.status, name).toBe(200);
    }
  });
});
