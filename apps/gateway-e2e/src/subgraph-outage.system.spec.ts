import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

let system: RunningSystem;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
  await system.subgraphs.find((subgraph) => subgraph.name === 'engagement')!.stop();
});

afterAll(async () => {
  await Promise.all([system.gateway.stop(), ...system.subgraphs.filter((s) => s.name !== 'engagement').map((s) => s.stop())]);
});

describe('when one subgraph is down', () => {
  it('still answers from the others, and the error names no internal address', async () => {
    // trainingEnrollments is nullable, so its failure blanks only that field.
    const response = await postGraphQL<{ groups: { edges: Array<{ node: { name: string; proposals: { edges: unknown[] }; trainingEnrollments: unknown } }> } }>(
      system.gateway.url,
      `{ groups(first: 3) { edges { node { name proposals { edges { node { id } } } trainingEnrollments { edges { node { id } } } } } } }`,
      {},
      await tokenFor('staff'),
    );
    expect(response.data?.groups.edges).toHaveLength(3);
    expect(response.data!.groups.edges[0].node.name).toBeTruthy();
    expect(response.data!.groups.edges[0].node.proposals.edges).toBeInstanceOf(Array);
    expect(response.data!.groups.edges[0].node.trainingEnrollments).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|engagement|http:/);
      expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
    }
  });
});
