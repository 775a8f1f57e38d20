import { describe, expect, it } from 'vitest';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

describe('one query across the four subgraphs', () => {
  it('returns a group with fields from collaboration, resources and engagement', async () => {
    // Find a group that proposed, booked and enrolled, so every field has something to show.
    const response = await postGraphQL<{
      groups: {
        edges: Array<{
          node: {
            id: string;
            name: string;
            proposals: { edges: Array<{ node: { title: string; department: { name: string } } }> };
            venueBookings: { edges: Array<{ node: { venue: { name: string } } }> };
            trainingEnrollmentCount: number;
          };
        }>;
      };
    }>(
      gatewayUrl(),
      `{ groups(first: 100) { edges { node {
          id name
          proposals(first: 5) { edges { node { title department { name } } } }
          venueBookings(first: 5) { edges { node { venue { name } } } }
          trainingEnrollmentCount
      } } } }`,
      {},
      // A group's bookings are the group's and staff's to see (when and where it meets is not public).
      await tokenFor('staff'),
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.groups.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.some((node) => node.proposals.edges.length > 0 && node.proposals.edges[0].node.department.name)).toBe(true);
    expect(nodes.some((node) => node.venueBookings.edges.length > 0 && node.venueBookings.edges[0].node.venue.name)).toBe(true);
    expect(nodes.some((node) => node.trainingEnrollmentCount > 0)).toBe(true);
  });

  it('resolves a single group with all three extensions and its own private enrolments for its member', async () => {
    const id = demoGroupId(3);
    type Page = { totalCount: number; edges: unknown[] };
    const response = await postGraphQL<{ group: { name: string; proposals: Page; venueBookings: Page; trainingEnrollments: Page } }>(
      gatewayUrl(),
      `query ($id: ID!) { group(id: $id) {
         name
         proposals { totalCount edges { node { id } } }
         venueBookings { totalCount edges { node { id } } }
         trainingEnrollments { totalCount edges { node { id } } }
       } }`,
      { id },
      await tokenFor('member', id),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.group.name).toBeTruthy();
    for (const page of [response.data!.group.proposals, response.data!.group.venueBookings, response.data!.group.trainingEnrollments]) {
      expect(page.edges.length).toBe(Math.min(page.totalCount, 20));
    }
  });

  it("returns null, not an error, for a group id nobody knows", async () => {
    const response = await postGraphQL<{ group: unknown }>(
      gatewayUrl(),
      `{ group(id: "00000000-0000-5000-8000-000000000000") { id proposals { edges { node { id } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.group).toBeNull();
    const malformed = await postGraphQL<{ group: unknown; proposal: unknown; venue: unknown }>(
      gatewayUrl(),
      `{ group(id: "1' or '1'='1") { id } proposal(id: "x") { id } venue(id: "y") { id } }`,
    );
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data).toEqual({ group: null, proposal: null, venue: null });
  });
});
