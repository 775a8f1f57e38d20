import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, postGraphQL, testTokenPublicKey } from '@tsunagaru/shared-testing';

// A system of its own with the resources subgraph stopped: an outage of one subgraph leaves the
// rest of every answer (tools/supergraph/partial-data.spec.ts keeps the schema that way).
let system: RunningSystem;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
  await system.subgraphs.find((subgraph) => subgraph.name === 'resources')!.stop();
});

afterAll(async () => {
  await Promise.all([system.gateway.stop(), ...system.subgraphs.filter((s) => s.name !== 'resources').map((s) => s.stop())]);
});

function expectMaskedErrors(errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined): void {
  expect(errors?.length).toBeGreaterThan(0);
  for (const error of errors!) {
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.message).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|resources|http:/);
  }
}

describe('with the resources subgraph stopped', () => {
  it('groups(first: 5) { name venueBookings } returns the five names and a masked error', async () => {
    const response = await postGraphQL<{ groups: { edges: Array<{ node: { name: string; venueBookings: unknown } }> } }>(
      system.gateway.url,
      `{ groups(first: 5) { edges { node { name venueBookings { edges { node { id } } } } } } }`,
    );
    const nodes = response.data!.groups.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      expect(node.name).toBeTruthy();
      expect(node.venueBookings).toBeNull();
    }
    expectMaskedErrors(response.errors);
  });

  it("a root list of resources does not blank another subgraph's root list", async () => {
    const response = await postGraphQL<{ groups: { edges: Array<{ node: { name: string } }> }; venues: unknown }>(
      system.gateway.url,
      `{ groups(first: 3) { edges { node { name } } } venues(first: 3) { edges { node { name } } } }`,
    );
    expect(response.data!.groups.edges).toHaveLength(3);
    expect(response.data!.venues).toBeNull();
    expectMaskedErrors(response.errors);
  });
});
