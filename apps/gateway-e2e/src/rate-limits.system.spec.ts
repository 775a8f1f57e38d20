import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';
import { postGraphQL, subgraphSecret, tokenFor, type GraphQLResponse } from '@tsunagaru/shared-testing';
import { freePort, startAppProcess, stopAppProcesses } from './app-processes';

/**
 * Acceptance 3 of issue 10: over the rate limit is HTTP 429 with RATE_LIMITED and the
 * headers, every response carries the headers, and two gateway processes sharing Redis
 * (127.0.0.1:6379) enforce one budget. The gateways are the real app (`apps/gateway`, as a
 * deployment runs it) in processes of their own, in front of the shared system's subgraphs,
 * with a budget of 50 points a minute.
 */
const REDIS_URL = process.env.RATE_LIMIT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BUDGET = 50;
// groups(first: 10) { edges { node { name } } } costs 1 + 10 × (1 + 1) = 21 points.
const QUERY = '{ groups(first: 10) { edges { node { name } } } }';
const COST = 21;

/** Starts `apps/gateway/src/main.ts` in front of the shared system's subgraphs; resolves with its GraphQL URL once it listens. */
async function startGatewayProcess(extraEnv: Record<string, string>): Promise<string> {
  const port = await freePort();
  const subgraphUrls = inject('subgraphUrls');
  await startAppProcess(
    'gateway',
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      SUBGRAPH_SECRET: subgraphSecret(),
      JWT_PUBLIC_KEY: inject('tokenPublicKeyPem'),
      RATE_LIMIT_ANONYMOUS: String(BUDGET),
      RATE_LIMIT_USER: String(BUDGET * 2),
      RATE_LIMIT_WINDOW_SECONDS: '60',
      ...Object.fromEntries(SUBGRAPH_REGISTRY.map(({ name, urlVariable }) => [urlVariable, subgraphUrls[name]])),
      ...extraEnv,
    },
    'gateway listening on',
  );
  return `http://127.0.0.1:${port}/graphql`;
}

function rateLimitHeaders(response: GraphQLResponse<unknown>) {
  return {
    limit: response.headers.get('x-ratelimit-limit'),
    remaining: response.headers.get('x-ratelimit-remaining'),
    reset: Number(response.headers.get('x-ratelimit-reset')),
    ratelimit: response.headers.get('ratelimit'),
    policy: response.headers.get('ratelimit-policy'),
  };
}

afterAll(stopAppProcesses);

describe('rate limits at a gateway (in memory)', () => {
  it("leave the gateway's own open-data reads alone: a whole catalogue costs more than any budget, its cache bounds it", async () => {
    const url = await startGatewayProcess({});
    const catalog = await fetch(url.replace('/graphql', '/open-data/catalog.json'));
    expect(catalog.status).toBe(200);
    const { datasets } = (await catalog.json()) as { datasets: Array<{ id: string }> };
    expect(datasets.map((dataset) => dataset.id)).toContain('groups');
    const groups = await fetch(url.replace('/graphql', '/open-data/groups.json'));
    expect(groups.status).toBe(200);
    // A visitor's own budget is untouched by those reads.
    expect(rateLimitHeaders(await postGraphQL(url, '{ __typename }')).remaining).toBe(String(BUDGET - 1));
  });

  it('price operations by their cost, refuse with 429 RATE_LIMITED over budget, and send the headers on every response', async () => {
    const url = await startGatewayProcess({});
    const first = await postGraphQL(url, QUERY);
    expect(first.status).toBe(200);
    expect(rateLimitHeaders(first)).toMatchObject({
      limit: String(BUDGET),
      remaining: String(BUDGET - COST),
      policy: `"anonymous";q=${BUDGET};w=60`,
      ratelimit: expect.stringMatching(new RegExp(`^"anonymous";r=${BUDGET - COST};t=\\d+$`)),
    });
    expect(rateLimitHeaders(first).reset).toBeGreaterThan(0);
    expect(rateLimitHeaders(first).reset).toBeLessThanOrEqual(60);

    // A malformed query still costs a point and still carries the headers.
    const malformed = await postGraphQL(url, '{ groups(');
    expect(malformed.status).toBe(400);
    expect(rateLimitHeaders(malformed).remaining).toBe(String(BUDGET - COST - 1));

    // So does a request with a bad token, refused before any operation is read.
    const badToken = await postGraphQL(url, QUERY, {}, 'not-a-token');
    expect(badToken.status).toBe(401);
    expect(badToken.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(rateLimitHeaders(badToken).remaining).toBe(String(BUDGET - COST - 2));

    const second = await postGraphQL(url, QUERY);
    expect(second.status).toBe(200);
    expect(rateLimitHeaders(second).remaining).toBe(String(BUDGET - 2 * COST - 2));

    const refused = await postGraphQL(url, QUERY);
    expect(refused.status).toBe(429);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(refused.data ?? null).toBeNull();
    // The refused operation did not run: it cost one point for the attempt, not its price.
    expect(rateLimitHeaders(refused).remaining).toBe(String(BUDGET - 2 * COST - 3));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // A cheap operation still fits what is left; budgets of people are their own, per subject.
    const cheap = await postGraphQL(url, '{ groupStatistics { total } }');
    expect(cheap.status).toBe(200);
    expect(rateLimitHeaders(cheap).remaining).toBe(String(BUDGET - 2 * COST - 4));
    const member = await postGraphQL(url, QUERY, {}, await tokenFor('member'));
    expect(member.status).toBe(200);
    expect(rateLimitHeaders(member)).toMatchObject({ limit: String(BUDGET * 2), remaining: String(BUDGET * 2 - COST), policy: `"user";q=${BUDGET * 2};w=60` });
  });
});

describe('rate limits shared through Redis', () => {
  it('make two gateway processes enforce one budget', async () => {
    const shared = { REDIS_URL, RATE_LIMIT_REDIS_PREFIX: `tsunagaru-test:${randomBytes(6).toString('hex')}` };
    const [one, two] = await Promise.all([startGatewayProcess(shared), startGatewayProcess(shared)]);
    const atOne = await postGraphQL(one, QUERY);
    expect(atOne.status).toBe(200);
    expect(rateLimitHeaders(atOne).remaining).toBe(String(BUDGET - COST));
    const atTwo = await postGraphQL(two, QUERY);
    expect(atTwo.status).toBe(200);
    // The second process sees what the first one spent.
    expect(rateLimitHeaders(atTwo).remaining).toBe(String(BUDGET - 2 * COST));
    const againAtOne = await postGraphQL(one, QUERY);
    expect(againAtOne.status).toBe(429);
    expect(againAtOne.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    const againAtTwo = await postGraphQL(two, QUERY);
    expect(againAtTwo.status).toBe(429);
  });
});
