import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayReplica, startSystem, type RunningSystem } from '@tsunagaru/platform';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { createScratchDatabase, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

// The gateway's response cache and Cache-Control (issue 11), on a system of its own so the
// cache starts cold: anonymous reads are served from it, nothing a token holder sees is kept,
// and nothing private reaches anyone from it.
let system: RunningSystem;
const GROUP_A = demoGroupId(3);
const GROUP_B = demoGroupId(4);
const tokens: Record<'a' | 'b', string> = { a: '', b: '' };

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0, exposeSqlStatementCount: true });
  tokens.a = await tokenFor('member', GROUP_A);
  tokens.b = await tokenFor('member', GROUP_B);
});

afterAll(async () => {
  await system?.stop();
});

const STATISTICS = '{ groupStatistics { total byOrganizationType { organizationType count } } }';
const PRIVATE_CONTACT = `query ($id: ID!) { group(id: $id) { id name privateContact { representativeName email } } }`;
const statements = (response: { headers: Headers }) => Number(response.headers.get('x-sql-statements'));

describe('anonymous reads', () => {
  it('are answered from the cache when warm: no subgraph, no SQL, the same body, public for 30 s', async () => {
    const cold = await postGraphQL(system.gateway.url, `${STATISTICS} # cold and warm`);
    expect(cold.errors).toBeUndefined();
    expect(statements(cold)).toBe(1);
    expect(cold.headers.get('cache-control')).toBe('max-age=30, public');
    expect(cold.headers.get('vary')).toContain('authorization');
    const warm = await postGraphQL(system.gateway.url, `${STATISTICS} # cold and warm`);
    expect(warm.data).toEqual(cold.data);
    expect(statements(warm)).toBe(0);
    expect(warm.headers.get('cache-control')).toMatch(/^max-age=(29|30), public$/);
  });

  it('cache a cross-subgraph page of groups too', async () => {
    const query = '{ groups(first: 5) { edges { node { name proposals(first: 2) { totalCount } venueBookings(first: 2) { totalCount } trainingEnrollmentCount } } } }';
    const cold = await postGraphQL(system.gateway.url, query);
    expect(cold.errors).toBeUndefined();
    expect(cold.headers.get('cache-control')).toBe('max-age=30, public');
    expect(statements(cold)).toBeGreaterThan(0);
    const warm = await postGraphQL(system.gateway.url, query);
    expect(warm.data).toEqual(cold.data);
    expect(statements(warm)).toBe(0);
  });

  it('show a change made through the graph at once: a decided registration retires the cached figures', async () => {
    const before = await postGraphQL<{ groupStatistics: { total: number } }>(system.gateway.url, STATISTICS);
    const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string } } }>(
      system.gateway.url,
      `mutation ($input: ApplyForGroupRegistrationInput!) { applyForGroupRegistration(input: $input) { group { id } } }`,
      {
        input: {
          name: '極楽寺 キャッシュ確認の会',
          nameKana: 'ごくらくじ きゃっしゅかくにんのかい',
          organizationType: 'VOLUNTARY_ASSOCIATION',
          activityFields: ['ENVIRONMENT'],
          privateContact: { representativeName: '極楽 花子', email: 'cache@example.jp' },
        },
      },
      await tokenFor('member'),
    );
    const id = applied.data!.applyForGroupRegistration.group.id;
    const approved = await postGraphQL(
      system.gateway.url,
      'mutation ($input: ApproveGroupRegistrationInput!) { approveGroupRegistration(input: $input) { userErrors { code } } }',
      { input: { groupId: id } },
      await tokenFor('staff'),
    );
    expect(approved.errors).toBeUndefined();
    const after = await postGraphQL<{ groupStatistics: { total: number } }>(system.gateway.url, STATISTICS);
    expect(after.data!.groupStatistics.total).toBe(before.data!.groupStatistics.total + 1);
  });

  it('as GET with a persisted query carry Cache-Control a CDN can use', async () => {
    const query = '{ groupStatistics { total } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const headers = { 'apollo-require-preflight': 'true' };
    const unknown = await fetch(`${system.gateway.url}?extensions=${extensions}`, { headers });
    expect(((await unknown.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe('PersistedQueryNotFound');
    const registered = await fetch(`${system.gateway.url}?query=${encodeURIComponent(query)}&extensions=${extensions}`, { headers });
    expect(registered.status).toBe(200);
    const byHash = await fetch(`${system.gateway.url}?extensions=${extensions}`, { headers });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/);
    expect(((await byHash.json()) as { data: { groupStatistics: { total: number } } }).data.groupStatistics.total).toBeGreaterThan(0);
  });
});

describe('nothing private from a cache', () => {
  it("never keeps a group member's answer, and never gives it to another group or to anonymous callers", async () => {
    for (let round = 0; round < 2; round += 1) {
      // Cold, then warm: the member of A sees A's contact each time from the subgraph itself.
      const member = await postGraphQL<{ group: { privateContact: { email: string } | null } }>(system.gateway.url, PRIVATE_CONTACT, { id: GROUP_A }, tokens.a);
      expect(member.errors).toBeUndefined();
      expect(member.data!.group.privateContact?.email).toBeTruthy();
      expect(statements(member)).toBeGreaterThan(0);
      expect(member.headers.get('cache-control')).toBe('no-store');

      const other = await postGraphQL<{ group: { privateContact: unknown } | null }>(system.gateway.url, PRIVATE_CONTACT, { id: GROUP_A }, tokens.b);
      expect(other.data?.group?.privateContact ?? null).toBeNull();
      expect(JSON.stringify(other)).not.toContain(member.data!.group.privateContact!.email);

      const anonymous = await postGraphQL<{ group: { privateContact: unknown } | null }>(system.gateway.url, PRIVATE_CONTACT, { id: GROUP_A });
      expect(anonymous.data?.group?.privateContact ?? null).toBeNull();
      expect(JSON.stringify(anonymous)).not.toContain(member.data!.group.privateContact!.email);
      expect(anonymous.headers.get('cache-control')).toBe('no-store');
    }
  });

  it("marks a token holder's public read private, never serves it from the cache nor keeps it for anonymous callers", async () => {
    const query = '{ groups(first: 3) { edges { node { id name } } } } # token holders';
    for (const token of [tokens.a, tokens.b, tokens.a]) {
      const response = await postGraphQL(system.gateway.url, query, {}, token);
      expect(response.errors).toBeUndefined();
      expect(response.headers.get('cache-control')).toBe('max-age=30, private');
      expect(statements(response)).toBe(1);
    }
    // Nothing was kept: the first anonymous read is cold.
    const anonymous = await postGraphQL(system.gateway.url, query);
    expect(statements(anonymous)).toBe(1);
    expect(anonymous.headers.get('cache-control')).toBe('max-age=30, public');
    // A token holder is not served the anonymous entry either.
    expect(statements(await postGraphQL(system.gateway.url, query, {}, tokens.b))).toBe(1);
  });

  it('keeps a pending group, visible to its members only, out of the anonymous cache', async () => {
    const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string } } }>(
      system.gateway.url,
      `mutation ($input: ApplyForGroupRegistrationInput!) { applyForGroupRegistration(input: $input) { group { id } } }`,
      {
        input: {
          name: '坂ノ下 申請中の会',
          nameKana: 'さかのした しんせいちゅうのかい',
          organizationType: 'VOLUNTARY_ASSOCIATION',
          activityFields: ['ENVIRONMENT'],
          privateContact: { representativeName: '坂ノ下 一郎', email: 'pending@example.jp' },
        },
      },
      await tokenFor('member'),
    );
    const id = applied.data!.applyForGroupRegistration.group.id;
    const query = 'query ($id: ID!) { group(id: $id) { id name } }';
    const member = await postGraphQL<{ group: { name: string } | null }>(system.gateway.url, query, { id }, await tokenFor('member', id));
    expect(member.data!.group?.name).toBe('坂ノ下 申請中の会');
    for (let round = 0; round < 2; round += 1) {
      const anonymous = await postGraphQL<{ group: unknown }>(system.gateway.url, query, { id });
      expect(anonymous.data!.group).toBeNull();
    }
  });
});

describe('two gateway replicas', () => {
  let replicas: Array<{ url: string; stop(): Promise<void> }> = [];

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
  });

  it('share anonymous entries and their retirement through Redis when REDIS_URL is set, and keep their own in memory otherwise', async () => {
    const redisUrl = process.env.REDIS_URL;
    const keyPrefix = `tsunagaru:test:${process.pid}:${Date.now()}:`;
    replicas = await Promise.all(
      [0, 1].map(async () =>
        startGatewayReplica(system, { tokenPublicKey: await testTokenPublicKey(), exposeSqlStatementCount: true, responseCache: { redisUrl, keyPrefix } }),
      ),
    );
    const query = `${STATISTICS} # replicas`;
    expect(statements(await postGraphQL(replicas[0].url, query))).toBe(1);
    expect(statements(await postGraphQL(replicas[0].url, query))).toBe(0);
    // The other replica: a hit from the shared Redis, or a miss of its own memory.
    expect(statements(await postGraphQL(replicas[1].url, query))).toBe(redisUrl ? 0 : 1);
    expect(statements(await postGraphQL(replicas[1].url, query))).toBe(0);
    // A mutation through one replica retires the entries of both where they share Redis.
    await postGraphQL(replicas[1].url, 'mutation ($input: ApproveGroupRegistrationInput!) { approveGroupRegistration(input: $input) { userErrors { code } } }', { input: { groupId: GROUP_A } }, await tokenFor('staff'));
    expect(statements(await postGraphQL(replicas[0].url, query))).toBe(redisUrl ? 1 : 0);
  });
});
