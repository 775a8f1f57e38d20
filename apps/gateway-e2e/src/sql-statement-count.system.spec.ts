import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

// One field from each other subgraph on every group: each costs one batched statement
// whatever the page holds.
const FLAT_QUERY = `query ($first: Int!) {
  groups(first: $first) { totalCount edges { node {
    id name registeredAt { name }
    proposals(first: 3) { edges { node { title } } }
    venueBookings(first: 3) { edges { node { startsAt } } }
    trainingEnrollmentCount
  } } }
}`;

// Second hops (department names from directory, venue names inside resources) run only
// when some row has a proposal or a booking, so compare pages that certainly have both.
const NESTED_QUERY = `query ($first: Int!) {
  groups(first: $first) { edges { node {
    id proposals(first: 5) { edges { node { title department { name } } } }
    venueBookings(first: 3) { edges { node { venue { name } } } }
  } } }
}`;

// Connections inside connections, with their totals: every level pages, and counts, in one
// statement per subgraph fetch, however many parents the level above returned.
const NESTED_CONNECTIONS_QUERY = `query ($first: Int!) {
  groups(first: $first) { edges { node {
    proposals(first: 2) { totalCount edges { node { department { name policyMeasures(first: 2) { totalCount edges { node { code } } } } } } }
    venueBookings(first: 2) { totalCount edges { node { venue { name bookings(first: 2) { totalCount edges { node { purpose } } } } } } }
    trainingEnrollments(first: 2) { totalCount edges { node { participants program { title } } } }
  } } }
}`;

async function statementsFor(query: string, first: number, token?: string): Promise<number> {
  const response = await postGraphQL<{ groups: { edges: unknown[] } }>(gatewayUrl(), query, { first }, token);
  expect(response.errors).toBeUndefined();
  expect(response.data!.groups.edges).toHaveLength(first);
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return Number(header);
}

// Collaboration projects with everything they carry: parties from directory, the agreement with
// its current terms and signatures, evaluations with their scores, yearly results.
const PROJECTS_QUERY = `query ($first: Int!) {
  proposals(first: $first, filter: { statuses: [COMPLETED] }) { edges { node {
    title proposingGroup { name } partnerGroups { name } department { name }
    agreement {
      version status parties { kind group { name } }
      terms { cityShare totalBudget parties { roles budgetShare } }
      signatures { signedAt party { kind } }
      evaluations(first: 3) { totalCount edges { node { view outcome evaluatorGroup { name } scores { criterion score } } } }
      results(first: 2) { edges { node { fiscalYear cityExpenditure } } }
    }
  } } }
}`;

async function projectStatements(first: number): Promise<number> {
  const response = await postGraphQL<{ proposals: { edges: Array<{ node: { agreement: { evaluations: { edges: unknown[] } } } }> } }>(gatewayUrl(), PROJECTS_QUERY, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.proposals.edges).toHaveLength(first);
  for (const edge of response.data!.proposals.edges) expect(edge.node.agreement.evaluations.edges.length).toBeGreaterThan(0);
  return Number(response.headers.get('x-sql-statements'));
}

describe('SQL statements per request (no N+1)', () => {
  it('lists 30 collaboration projects with agreements, terms, signatures, evaluations, scores, results and groups in as many statements as 5', async () => {
    const forFive = await projectStatements(5);
    const forThirty = await projectStatements(30);
    expect(forFive).toBeGreaterThan(0);
    expect(forThirty).toBe(forFive);
    // collaboration: proposals, agreements, versions, party terms, signatures, evaluations page +
    // count, scores, results; directory: the groups and departments named.
    expect(forThirty).toBeLessThanOrEqual(14);
  });

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

  it('pages and counts nested connections in one statement each per level: 100 groups cost what 50 cost', async () => {
    // From 50 groups on, every hop of this query has rows (fewer leave some hops empty).
    const token = await tokenFor('staff');
    const forFifty = await statementsFor(NESTED_CONNECTIONS_QUERY, 50, token);
    expect(await statementsFor(NESTED_CONNECTIONS_QUERY, 100, token)).toBe(forFifty);
    // groups; proposals page + count; departments; their measures page + count; bookings page +
    // count; venues; their bookings page + count; enrolments page + count; programmes.
    expect(forFifty).toBeLessThanOrEqual(14);
  });

  it('counts only when totalCount is asked for', async () => {
    const page = async (query: string) => Number((await postGraphQL(gatewayUrl(), query)).headers.get('x-sql-statements'));
    expect(await page('{ groups(first: 5) { edges { node { id } } } }')).toBe(1);
    expect(await page('{ groups(first: 5) { totalCount edges { node { id } } } }')).toBe(2);
    expect(await page('{ departments(first: 5) { edges { node { proposals(first: 1) { edges { node { id } } } } } } }')).toBe(2);
    expect(await page('{ departments(first: 5) { edges { node { proposals(first: 1) { totalCount } } } } }')).toBe(3);
  });

  it("loads a page of groups' NPO apps (Group.apiClients) in one statement: 50 groups cost what 5 cost", async () => {
    const query = `query ($first: Int!) { groups(first: $first) { edges { node { id apiClients { clientId name scopes } } } } }`;
    const staff = await tokenFor('staff');
    const five = await statementsFor(query, 5, staff);
    expect(five).toBe(2);
    expect(await statementsFor(query, 50, staff)).toBe(five);
  });
});
