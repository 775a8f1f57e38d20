import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

// One field from each other subgraph on every group: each costs one batched statement
// whatever the page holds.
const FLAT_QUERY = `query ($first: Int!) {
  groups(first: $first) { totalCount edges { node {
    id name registeredAt { name }
    proposals { title }
    venueBookings(first: 3) { startsAt }
    trainingEnrollmentCount
  } } }
}`;

// Second hops (department names from directory, venue names inside resources) run only
// when some row has a proposal or a booking, so compare pages that certainly have both.
const NESTED_QUERY = `query ($first: Int!) {
  groups(first: $first) { edges { node {
    id proposals { title department { name } }
    venueBookings(first: 3) { venue { name } }
  } } }
}`;

async function statementsFor(query: string, first: number): Promise<number> {
  const response = await postGraphQL<{ groups: { edges: unknown[] } }>(gatewayUrl(), query, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.groups.edges).toHaveLength(first);
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return Number(header);
}

describe('SQL statements per request (no N+1)', () => {
  it('lists 50 groups with fields from every subgraph in as many statements as 5', async () => {
    const forFive = await statementsFor(FLAT_QUERY, 5);
    const forFifty = await statementsFor(FLAT_QUERY, 50);
    expect(forFive).toBeGreaterThan(0);
    expect(forFifty).toBe(forFive);
    // page + count + intermediaries in directory, one batch each in the other three.
    expect(forFifty).toBeLessThanOrEqual(6);
  });

  it('keeps second-hop fields batched too: 100 groups cost what 50 cost', async () => {
    expect(await statementsFor(NESTED_QUERY, 100)).toBe(await statementsFor(NESTED_QUERY, 50));
  });
});
