import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubgraphHttpClient } from './subgraph-http-client';
import { cacheHintOf } from './cache-hint';

// The gateway's subgraph calls against a local server: keep-alive, merged identical anonymous
// calls, and the timeout enforced by the HTTP client.
let server: Server;
let url: string;
let calls = 0;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = createServer((request, response) => {
    calls += 1;
    sockets.add(request.socket);
    const delay = request.url === '/hang' ? 60_000 : 50;
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' });
      response.end(JSON.stringify({ data: { call: calls } }));
    }, delay);
    response.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('SubgraphHttpClient', () => {
  it('merges identical anonymous calls in flight into one, and gives each caller the answer', async () => {
    const client = new SubgraphHttpClient({ timeoutMs: 5_000 });
    calls = 0;
    const answers = await Promise.all(Array.from({ length: 10 }, () => client.post(`${url}/graphql`, {}, '{"query":"{ a }"}', true)));
    expect(calls).toBe(1);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers[0].headers.get('cache-control')).toBe('max-age=30, public');
    expect(client.sharedCallsInFlight).toBe(0);
    await client.close();
  });

  it('never merges calls with a token, nor different operations', async () => {
    const client = new SubgraphHttpClient({ timeoutMs: 5_000 });
    calls = 0;
    await Promise.all([
      ...Array.from({ length: 4 }, () => client.post(`${url}/graphql`, { authorization: 'Bearer x' }, '{"query":"{ a }"}', false)),
      client.post(`${url}/graphql`, {}, '{"query":"{ b }"}', true),
      client.post(`${url}/graphql`, {}, '{"query":"{ c }"}', true),
    ]);
    expect(calls).toBe(6);
    await client.close();
  });

  it('keeps connections alive between calls', async () => {
    const client = new SubgraphHttpClient({ timeoutMs: 5_000, connections: 2 });
    sockets.clear();
    for (let i = 0; i < 10; i += 1) await client.post(`${url}/graphql`, {}, `{"query":"{ k${i} }"}`, true);
    // Ten calls one after another reuse the pool's connections (at most two here).
    expect(sockets.size).toBeLessThanOrEqual(2);
    await client.close();
  });

  it('gives up on a subgraph that does not answer within the timeout', async () => {
    const client = new SubgraphHttpClient({ timeoutMs: 300 });
    const started = Date.now();
    await expect(client.post(`${url}/hang`, {}, '{"query":"{ slow }"}', true)).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(2_000);
    await client.close();
  });
});

describe('cacheHintOf', () => {
  it('reads max-age and scope as the gateway does; no-store or nothing is uncacheable', () => {
    expect(cacheHintOf('max-age=30, public')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
    expect(cacheHintOf('max-age=30, private')).toEqual({ maxAge: 30, scope: 'PRIVATE' });
    expect(cacheHintOf('no-store')).toEqual({ maxAge: 0 });
    expect(cacheHintOf(null)).toEqual({ maxAge: 0 });
  });
});
