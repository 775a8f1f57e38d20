import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

const QUERY = `query ($first: Int!) {
  groups(first: $first) { totalCount edges { node {
    id name registeredAt { name }
    proposals { title department { name } }
    venueBookings(first: 3) { startsAt venue { name } }
    trainingEnrollmentCount
  } } }
}`;

async function statementsFor(first: number): Promise<number> {
  const response = await postGraphQL<{ groups: { edges: unknown[] } }>(gatewayUrl(), QUERY, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.groups.edges).toHaveLength(first);
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return Number(header);
}

describe('SQL statements per request (no N+1)', () => {
  it('lists 50 groups with fields from every subgraph in as many statements as 5', async () => {
    const forFive = await statementsFor(5);
    const forFifty = await statementsFor(50);
    expect(forFive).toBeGreaterThan(0);
    expect(forFifty).toBe(forFive);
    // directory: page + count + intermediaries; one batched lookup per extension and reference.
    expect(forFifty).toBeLessThanOrEqual(12);
  });
});
