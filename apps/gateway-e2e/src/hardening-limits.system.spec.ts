import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';
import {
  createScratchDatabase,
  demoGroupId,
  errorCodes,
  gatewayUrl,
  postGraphQL,
  postToSubgraph,
  subgraphSecret,
  testTokenPublicKey,
  type GraphQLResponse,
} from '@tsunagaru/shared-testing';

/** Tokens graphql-js counts (comments and commas are not tokens). */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Each limit's document at its bound and one past it; every one runs on the gateway and on the directory subgraph. */
const AT_AND_PAST: Record<string, (past: boolean) => string> = {
  // __type > fields > type > ofType × 8 > name: 12 levels (13 with one more ofType)
  depth: (past) => `{ __type(name: "Group") { fields { type { ${'ofType { '.repeat(past ? 9 : 8)}name${' }'.repeat(past ? 9 : 8)} } } } }`,
  aliases: (past) => `{ ${Array.from({ length: past ? 16 : 15 }, (_, i) => `g${i}: group(id: "${demoGroupId(i)}") { id }`).join(' ')} }`,
  directives: (past) => `{ groupStatistics { ${Array.from({ length: past ? 6 : 5 }, () => 'total @include(if: true)').join(' ')} } }`,
  'field-repeats': (past) => `{ groupStatistics { ${'total '.repeat(past ? 11 : 10)}} }`,
  tokens: (past) => {
    const document = (districts: number) => `{ groups(first: 1, filter: { districts: [${'KAMAKURA '.repeat(districts)}] }) { totalCount } }`;
    const districts = 1_000 - tokenCount(document(0)) + (past ? 1 : 0);
    expect(tokenCount(document(districts))).toBe(past ? 1_001 : 1_000);
    return document(districts);
  },
};

function expectRefusedFor(limit: string, response: GraphQLResponse<unknown>): void {
  expect(response.status, limit).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(errorCodes(response), limit).toContain('GRAPHQL_VALIDATION_FAILED');
  const refusal = response.errors!.find((error) => error.extensions?.limit === limit);
  expect(refusal, `${limit}: ${JSON.stringify(response.errors)}`).toBeDefined();
  expect(refusal!.message).toContain(limit === 'tokens' ? 'tokens' : `limit: ${limit}`);
}

describe('limits at the gateway', () => {
  it.each(Object.keys(AT_AND_PAST))('answers at the %s limit and refuses one past it, naming the limit', async (limit) => {
    const atBound = await postGraphQL(gatewayUrl(), AT_AND_PAST[limit](false));
    expect(atBound.errors, limit).toBeUndefined();
    expectRefusedFor(limit, await postGraphQL(gatewayUrl(), AT_AND_PAST[limit](true)));
  });

  it('answers at the cost limit (5,000) and refuses one past it, counting the variables, before any subgraph runs', async () => {
    // groupStatistics 1 + groups: 1 + 98 × (edges + node + proposals (1 + 24 × (edges + node))) = 5,000
    const query = (extra: string) =>
      `query ($groups: Int, $proposals: Int) { groupStatistics { total } ${extra} groups(first: $groups) { edges { node { proposals(first: $proposals) { edges { node { id } } } } } } }`;
    const atBound = await postGraphQL(gatewayUrl(), query(''), { groups: 98, proposals: 24 });
    expect(atBound.errors).toBeUndefined();
    const past = await postGraphQL(gatewayUrl(), query('again: groupStatistics { total }'), { groups: 98, proposals: 24 });
    expectRefusedFor('cost', past);
    expect(past.errors![0].message).toBe(
      'The operation would cost 5001; at most 5000 is allowed (limit: cost). Ask for fewer items with "first", or fewer nested lists.',
    );
    // Refused before planning: no subgraph ran a statement.
    expect(past.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses the anonymous depth-12 fan-out of the audit (departments > proposals > department > …) by its cost', async () => {
    const fanOut = `{ departments { edges { node { proposals { edges { node { department { proposals { edges { node { department { name } } } } } } } } } } } }`;
    const response = await postGraphQL(gatewayUrl(), fanOut);
    expectRefusedFor('cost', response);
    expect(response.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses a request body over 100 KB with 413 before reading on', async () => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(100_001) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('limits at a subgraph called with the gateway credential', () => {
  it.each(Object.keys(AT_AND_PAST))('the directory answers at the %s limit and refuses one past it, naming the limit', async (limit) => {
    const atBound = await postToSubgraph('directory', AT_AND_PAST[limit](false));
    expect(atBound.errors, limit).toBeUndefined();
    expectRefusedFor(limit, await postToSubgraph('directory', AT_AND_PAST[limit](true)));
  });

  it('the directory answers at the cost limit and refuses one past it, pricing _entities by its representations', async () => {
    // groupStatistics 1 + _entities: 1 + 714 representations × 7 objects each = 5,000
    const aliases = Array.from({ length: 7 }, (_, i) => `r${i}: registeredAt { name }`).join(' ');
    const query = (extra: string) =>
      `query ($representations: [_Any!]!) { groupStatistics { total } ${extra} _entities(representations: $representations) { ... on Group { ${aliases} } } }`;
    const representations = Array.from({ length: 714 }, (_, i) => ({ __typename: 'Group', id: demoGroupId(i % 390) }));
    const atBound = await postToSubgraph('directory', query(''), { representations });
    expect(atBound.errors).toBeUndefined();
    expectRefusedFor('cost', await postToSubgraph('directory', query('again: groupStatistics { total }'), { representations }));
  });
});

describe('subgraphs answer only the gateway', () => {
  const call = (name: string, init: RequestInit & { path?: string } = {}) =>
    fetch(new URL(init.path ?? '/graphql', inject('subgraphUrls')[name]), init);
  const post = (query: string, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

  it.each(['directory', 'collaboration', 'resources', 'engagement'])('%s refuses every GraphQL request without the credential', async (name) => {
    for (const query of ['{ __typename }', '{ _service { sdl } }', 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }']) {
      const response = await call(name, post(query));
      expect(response.status, query).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.data, query).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/only the gateway/);
    }
    expect((await call(name, { method: 'GET', path: '/graphql?query=%7B__typename%7D' })).status).toBe(401);
    expect((await call(name, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } })).status).toBe(401);
    // Health checks stay open for load balancers.
    expect((await call(name, { path: '/healthz' })).status).toBe(200);
    expect((await call(name, { path: '/readyz' })).status).toBe(200);
  });

  it('refuses a credential signed with another secret, for another operation, or expired', async () => {
    const query = '{ _service { sdl } }';
    const forged = signSubgraphCredential('x'.repeat(43), { query });
    const forAnother = signSubgraphCredential(subgraphSecret(), { query: '{ __typename }' });
    const expired = signSubgraphCredential(subgraphSecret(), { query }, new Date(Date.now() - 120_000));
    for (const credential of [forged, forAnother, expired]) {
      const response = await call('directory', post(query, { [SUBGRAPH_CREDENTIAL_HEADER]: credential }));
      expect(response.status).toBe(401);
    }
    const signed = await call('directory', post(query, { [SUBGRAPH_CREDENTIAL_HEADER]: signSubgraphCredential(subgraphSecret(), { query }) }));
    expect(signed.status).toBe(200);
  });

  it('listen on the loopback interface by default', () => {
    for (const url of Object.values(inject('subgraphUrls'))) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});

describe('a document built to stall the gateway', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    // A system in this process, so the gateway's CPU time is this process's.
    system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
  });

  afterAll(async () => {
    await system?.stop();
  });

  /** 21 fragments, each spreading the next twice: 2^21 paths in under 1 KB; a random comment defeats any cache. */
  function doubling(shape: 'flat' | 'nested'): string {
    const body = (i: number) =>
      shape === 'flat'
        ? `...F${i + 1} ...F${i + 1}`
        : `a: proposals { edges { node { proposingGroup { ...F${i + 1} } } } } b: proposals { edges { node { proposingGroup { ...F${i + 1} } } } }`;
    const fragments = Array.from({ length: 21 }, (_, i) => `fragment F${i} on Group { ${body(i)} }`).join('\n');
    return `# ${Math.random()}\n{ groups(first: 1) { edges { node { ...F0 } } } }\n${fragments}\nfragment F21 on Group { id }`;
  }

  it.each(['flat', 'nested'] as const)('refuses the %s 21-fragment document in under 50 ms of gateway CPU', async (shape) => {
    expect(Buffer.byteLength(doubling(shape))).toBeLessThan(shape === 'flat' ? 1_000 : 4_000);
    expect(tokenCount(doubling(shape))).toBeLessThanOrEqual(1_000);
    await postGraphQL(system.gateway.url, doubling(shape)); // warm up the code paths once
    // The process's CPU time is the gateway's (and this client's); the least of five runs leaves out
    // a garbage collection or timer that happens to land inside one of them.
    const spent: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const cpu = process.cpuUsage();
      const response = await postGraphQL(system.gateway.url, doubling(shape));
      const used = process.cpuUsage(cpu);
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
      spent.push((used.user + used.system) / 1000);
    }
    const baseline = process.cpuUsage();
    await postGraphQL(system.gateway.url, '{ __typename }');
    const trivial = process.cpuUsage(baseline);
    console.info(`[measure] ${shape} 21-fragment document: ${spent.map((ms) => ms.toFixed(1)).join(', ')} ms CPU; { __typename }: ${((trivial.user + trivial.system) / 1000).toFixed(1)} ms`);
    expect(Math.min(...spent)).toBeLessThan(50);
  });

  it('does not delay a concurrent { __typename }', async () => {
    const typename = async () => {
      const started = performance.now();
      const response = await postGraphQL<{ __typename: string }>(system.gateway.url, '{ __typename }');
      expect(response.data?.__typename).toBe('Query');
      return performance.now() - started;
    };
    const median = async (count: number, during?: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < count; i += 1) {
        const attacks = during ? Array.from({ length: 5 }, during) : [];
        times.push(await typename());
        await Promise.all(attacks);
      }
      return times.sort((a, b) => a - b)[Math.floor(count / 2)];
    };
    await median(3);
    const alone = await median(5);
    let shape = 0;
    const withAttacks = await median(5, () => postGraphQL(system.gateway.url, doubling(shape++ % 2 === 0 ? 'flat' : 'nested')));
    // Before the fix one such document held the gateway's only thread for 4–9 s.
    expect(withAttacks).toBeLessThan(alone + 300);
  });
});
