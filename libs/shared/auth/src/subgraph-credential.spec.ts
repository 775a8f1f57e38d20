import { describe, expect, it } from 'vitest';
import { generateSubgraphSecret, signSubgraphCredential, subgraphSecretFromEnvironment, verifySubgraphCredential } from './subgraph-credential';

const secret = generateSubgraphSecret();
const operation = { query: '{ groups(first: 5) { edges { node { name } } } }' };
const now = new Date('2026-11-28T10:00:00Z');

describe('the gateway-to-subgraph credential', () => {
  it('lets a call the gateway signed for this operation through', () => {
    expect(() => verifySubgraphCredential(secret, signSubgraphCredential(secret, operation, now), operation, now)).not.toThrow();
  });

  it('refuses no credential, another secret, another operation, a tampered credential and an old one', () => {
    const signed = signSubgraphCredential(secret, operation, now);
    const refusals: Array<[string | undefined, typeof operation, Date, RegExp]> = [
      [undefined, operation, now, /answers only the gateway/],
      [signSubgraphCredential(generateSubgraphSecret(), operation, now), operation, now, /invalid/],
      [signed, { query: '{ _service { sdl } }' }, now, /invalid/],
      [signed.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')), operation, now, /invalid/],
      [signed.replace(/^v1\.(\d+)/, (_, at: string) => `v1.${Number(at) + 1}`), operation, now, /invalid/],
      ['v1.x.y', operation, now, /malformed/],
      [signed, operation, new Date(now.getTime() + 61_000), /expired/],
      [signed, operation, new Date(now.getTime() - 31_000), /expired/],
    ];
    for (const [credential, asked, at, message] of refusals) {
      expect(() => verifySubgraphCredential(secret, credential, asked, at)).toThrow(message);
      try {
        verifySubgraphCredential(secret, credential, asked, at);
      } catch (error) {
        expect((error as { code?: string }).code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('comes from SUBGRAPH_SECRET or SUBGRAPH_SECRET_FILE, and a missing or short secret stops the start with what to do', async () => {
    expect(await subgraphSecretFromEnvironment({ SUBGRAPH_SECRET: secret })).toBe(secret);
    await expect(subgraphSecretFromEnvironment({})).rejects.toThrow(/Set SUBGRAPH_SECRET/);
    await expect(subgraphSecretFromEnvironment({ SUBGRAPH_SECRET: 'short' })).rejects.toThrow(/at least 32 characters/);
  });
});
