import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/**
 * Walks a list page by page through the gateway. `field` is the connection field with
 * `first: $first, after: $after` in it; `pick` finds the connection in the response.
 */
async function walk<T>(
  query: (field: string) => string,
  pick: (data: unknown) => Connection<T>,
  first: number,
  token?: string,
): Promise<{ nodes: T[]; totalCount: number; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 1000; pages += 1) {
    const response = await postGraphQL(gatewayUrl(), `query ($first: Int, $after: String) { ${query('first: $first, after: $after')} }`, { first, after }, token);
    expect(response.errors).toBeUndefined();
    const connection = pick(response.data);
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount, pages };
    expect(connection.edges).toHaveLength(first);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

const ids = (nodes: Array<{ id: string }>) => nodes.map((node) => node.id);
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }';

describe('walking whole lists through the gateway', () => {
  it('pages the 390 registered groups without gaps or repeats, whatever the page size', async () => {
    const query = (args: string) => `groups(${args}) { ${PAGE} }`;
    const pick = (data: unknown) => (data as { groups: Connection<{ id: string }> }).groups;
    const bySeven = await walk(query, pick, 37);
    const byHundred = await walk(query, pick, 100);
    expect(bySeven.totalCount).toBe(390);
    expect(new Set(ids(bySeven.nodes)).size).toBe(390);
    expect(ids(bySeven.nodes)).toEqual(ids(byHundred.nodes));
  });

  it.each([
    ['proposals', 7],
    ['departments', 5],
    ['intermediaries', 1],
    ['venues', 3],
    ['trainingPrograms', 4],
    ['policyMeasures', 4],
  ])('pages %s in small pages exactly as one big page lists them', async (field, size) => {
    const query = (args: string) => `${field}(${args}) { ${PAGE} }`;
    const pick = (data: unknown) => (data as Record<string, Connection<{ id: string }>>)[field];
    const all = await walk(query, pick, 100);
    expect(all.pages).toBe(1);
    const paged = await walk(query, pick, size);
    expect(ids(paged.nodes)).toEqual(ids(all.nodes));
    expect(paged.nodes.length).toBe(all.totalCount);
    expect(paged.pages).toBe(Math.max(1, Math.ceil(all.totalCount / size)));
  });

  it('orders proposals newest first, measures in the guideline order, programmes newest year first', async () => {
    const response = await postGraphQL<{
      proposals: { edges: Array<{ node: { fiscalYear: number; submittedOn: string } }> };
      policyMeasures: { edges: Array<{ node: { code: string } }> };
      trainingPrograms: { edges: Array<{ node: { fiscalYear: number; code: string } }> };
    }>(
      gatewayUrl(),
      `{ proposals(first: 100) { edges { node { fiscalYear submittedOn } } }
         policyMeasures(first: 100) { edges { node { code } } }
         trainingPrograms(first: 100) { edges { node { fiscalYear code } } } }`,
    );
    const proposals = response.data!.proposals.edges.map((edge) => `${edge.node.fiscalYear}|${edge.node.submittedOn}`);
    expect(proposals).toEqual([...proposals].sort().reverse());
    const codes = response.data!.policyMeasures.edges.map((edge) => edge.node.code);
    const parts = (code: string) => code.split('-').map(Number);
    const guidelineOrder = (a: string, b: string) => {
      const [x, y] = [parts(a), parts(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
      return x.length - y.length;
    };
    expect(codes).toEqual([...codes].sort(guidelineOrder));
    // Codes within a year follow the database's collation, which this test does not assume.
    const years = response.data!.trainingPrograms.edges.map((edge) => edge.node.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("pages a group's bookings and a venue's timetable (nested connections) without gaps or repeats", async () => {
    // A group's bookings are its own and staff's to see (issue 7).
    const staff = await tokenFor('staff');
    const everyGroup = await walk(
      (args: string) => `groups(${args}) { totalCount edges { node { id venueBookings(first: 0) { totalCount } } } pageInfo { hasNextPage hasPreviousPage endCursor } }`,
      (data) => (data as { groups: Connection<{ id: string; venueBookings: { totalCount: number } }> }).groups,
      100,
      staff,
    );
    const group = everyGroup.nodes.sort((a, b) => b.venueBookings.totalCount - a.venueBookings.totalCount)[0];
    expect(group.venueBookings.totalCount).toBeGreaterThan(3);
    const groupQuery = (args: string) => `group(id: "${group.id}") { venueBookings(${args}) { ${PAGE} } }`;
    const pickGroup = (data: unknown) => (data as { group: { venueBookings: Connection<{ id: string }> } }).group.venueBookings;
    const byTwo = await walk(groupQuery, pickGroup, 2, staff);
    const all = await walk(groupQuery, pickGroup, 100, staff);
    expect(ids(byTwo.nodes)).toEqual(ids(all.nodes));
    expect(new Set(ids(byTwo.nodes)).size).toBe(group.venueBookings.totalCount);

    const venueQuery = (args: string) =>
      `venues(first: 1) { edges { node { bookings(from: "2019-04-01T00:00:00+09:00", to: "2019-10-01T00:00:00+09:00", ${args}) { ${PAGE} } } } }`;
    const pickVenue = (data: unknown) =>
      (data as { venues: { edges: Array<{ node: { bookings: Connection<{ id: string }> } }> } }).venues.edges[0].node.bookings;
    const timetable = await walk(venueQuery, pickVenue, 100);
    expect(timetable.totalCount).toBeGreaterThan(5);
    expect(ids((await walk(venueQuery, pickVenue, 5)).nodes)).toEqual(ids(timetable.nodes));
  });

  it("pages a department's proposals and a programme's enrolments", async () => {
    const staff = await tokenFor('staff');
    const departments = await postGraphQL<{ departments: { edges: Array<{ node: { id: string; proposals: { totalCount: number } } }> } }>(
      gatewayUrl(),
      `{ departments(first: 100) { edges { node { id proposals(first: 0) { totalCount } } } } }`,
    );
    const department = departments.data!.departments.edges.map((edge) => edge.node).sort((a, b) => b.proposals.totalCount - a.proposals.totalCount)[0];
    const departmentQuery = (args: string) => `department(id: "${department.id}") { proposals(${args}) { ${PAGE} } }`;
    const pickDepartment = (data: unknown) => (data as { department: { proposals: Connection<{ id: string }> } }).department.proposals;
    const proposals = await walk(departmentQuery, pickDepartment, 3);
    expect(proposals.nodes).toHaveLength(department.proposals.totalCount);
    expect(ids(proposals.nodes)).toEqual(ids((await walk(departmentQuery, pickDepartment, 100)).nodes));

    const programs = await postGraphQL<{ trainingPrograms: { edges: Array<{ node: { id: string; enrollments: { totalCount: number } } }> } }>(
      gatewayUrl(),
      `{ trainingPrograms(first: 100) { edges { node { id enrollments(first: 0) { totalCount } } } } }`,
      {},
      staff,
    );
    const program = programs.data!.trainingPrograms.edges.map((edge) => edge.node).sort((a, b) => b.enrollments.totalCount - a.enrollments.totalCount)[0];
    expect(program.enrollments.totalCount).toBeGreaterThan(2);
    const programQuery = (args: string) => `trainingProgram(id: "${program.id}") { enrollments(${args}) { ${PAGE} } }`;
    const pickProgram = (data: unknown) => (data as { trainingProgram: { enrollments: Connection<{ id: string }> } }).trainingProgram.enrollments;
    const enrollments = await walk(programQuery, pickProgram, 100, staff);
    expect(enrollments.nodes).toHaveLength(program.enrollments.totalCount);
    expect(ids((await walk(programQuery, pickProgram, 2, staff)).nodes)).toEqual(ids(enrollments.nodes));
  });
});
