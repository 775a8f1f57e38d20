import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

// No N+1 in the resources subgraph: a page of venues with their bookings and the groups behind
// them, a page of grant programmes with their awards, and groups with their resources lists cost
// the same number of SQL statements whatever the page size.
async function statements(query: string, variables: Record<string, unknown>, token?: string): Promise<number> {
  const response = await postGraphQL(gatewayUrl(), query, variables, token);
  expect(response.errors).toBeUndefined();
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return Number(header);
}

const VENUES = `query ($first: Int!) {
  venues(first: $first) { totalCount edges { node {
    name openingHours { opensAt } fees { hourlyFeeYen } bookingRules { requiresApproval }
    closures(first: 3) { totalCount edges { node { reason } } }
    bookings(first: 5) { totalCount edges { node { status purpose venue { name } group { name } } } }
  } } }
}`;

const PROGRAMS = `query ($first: Int!) {
  grantPrograms(first: $first) { totalCount edges { node {
    name openNow decisions { applications awarded remainingBudgetYen }
    awards(first: 10) { totalCount edges { node { amountYen paidOn program { name } group { name } } } }
  } } }
}`;

const GROUPS = `query ($first: Int!) {
  groups(first: $first) { edges { node {
    name
    venueBookings(first: 2) { edges { node { venue { name } } } }
    grantAwards(first: 2) { edges { node { amountYen program { name } } } }
    grantApplications(first: 2) { edges { node { status program { name } } } }
    equipmentLoans(first: 2) { edges { node { quantity item { name } } } }
    accidentReports(first: 2) { edges { node { occurredOn } } }
  } } }
}`;

describe('SQL statements per request in resources (no N+1)', () => {
  it('venues with their closures, bookings and the groups behind them: 11 venues cost what 2 cost', async () => {
    const staff = await tokenFor('staff');
    const forTwo = await statements(VENUES, { first: 2 }, staff);
    const forAll = await statements(VENUES, { first: 11 }, staff);
    expect(forAll).toBe(forTwo);
    // resources: venues + count, closures + count, bookings + count, (venue names primed); directory: the groups.
    expect(forAll).toBeLessThanOrEqual(8);
    console.info(`venues with bookings and groups: ${forAll} SQL statements`);
  });

  it('grant programmes with their awards, programmes and groups: 7 programmes cost what 2 cost', async () => {
    const forTwo = await statements(PROGRAMS, { first: 2 });
    const forAll = await statements(PROGRAMS, { first: 7 });
    expect(forAll).toBe(forTwo);
    // resources: programmes + count, decisions, awards + count; directory: the groups.
    expect(forAll).toBeLessThanOrEqual(7);
    console.info(`grant programmes with awards and groups: ${forAll} SQL statements`);
  });

  it("groups with every resources list (bookings, awards, applications, loans, reports): 100 groups cost what 20 cost", async () => {
    const staff = await tokenFor('staff');
    const forTwenty = await statements(GROUPS, { first: 20 }, staff);
    const forHundred = await statements(GROUPS, { first: 100 }, staff);
    expect(forHundred).toBe(forTwenty);
    console.info(`100 groups with five resources lists and their second hops: ${forHundred} SQL statements`);
  });
});
