import { describe, expect, it } from 'vitest';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { postToSubgraph } from '@tsunagaru/shared-testing';

// What the gateway asks a subgraph when it joins data: `_entities` with representations.
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Group { id name } } }`;

describe('entity references in the directory subgraph', () => {
  it('resolves a batch of group references in one statement, with null for unknown ids', async () => {
    const known = Array.from({ length: 30 }, (_, index) => ({ __typename: 'Group', id: demoGroupId(index) }));
    const unknown = { __typename: 'Group', id: '00000000-0000-5000-8000-000000000000' };
    const response = await postToSubgraph<{ _entities: Array<{ id: string; name: string } | null> }>('directory', ENTITIES, {
      representations: [...known, unknown],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(31);
    expect(response.data!._entities.slice(0, 30).map((group) => group?.id)).toEqual(known.map((reference) => reference.id));
    expect(response.data!._entities[30]).toBeNull();
    expect(response.headers.get('x-sql-statements')).toBe('1');
  });

  it('answers stubs of groups in other subgraphs from the key alone, and a malformed key with null', async () => {
    const response = await postToSubgraph<{ _entities: Array<{ id: string } | null> }>(
      'collaboration',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Group { id } } }`,
      { representations: [{ __typename: 'Group', id: demoGroupId(1) }, { __typename: 'Group', id: "1' or '1'='1" }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([{ id: demoGroupId(1) }, null]);
    expect(response.headers.get('x-sql-statements')).toBe('0');
  });
});
