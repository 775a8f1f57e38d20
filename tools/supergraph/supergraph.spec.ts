import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from '@tsunagaru/platform';

describe('the committed supergraph', () => {
  it('composes without errors and matches apps/gateway/supergraph.graphql (run npm run supergraph:compose)', async () => {
    const outcome = await composeSupergraph();
    expect(outcome.errors).toEqual([]);
    const committed = await readFile(supergraphPath(), 'utf8');
    expect(committed).toBe(outcome.supergraphSdl);
  });
});
