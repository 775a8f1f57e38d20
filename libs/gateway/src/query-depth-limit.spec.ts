import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryDepthLimit } from './query-depth-limit';

const schema = buildSchema(`
  type Query { groups: [Group!]!, group(id: ID!): Group, node(id: ID!): Node }
  interface Node { id: ID! }
  type Group implements Node { id: ID!, name: String!, proposals: [Proposal!]! }
  type Proposal implements Node { id: ID!, title: String!, proposingGroup: Group }
`);

/** Messages of the depth rule alone (plus GraphQL's own rules when asked). */
function depthErrors(document: string, maxDepth: number, withSpecifiedRules = false): string[] {
  const rules = withSpecifiedRules ? [...specifiedRules, queryDepthLimit(maxDepth)] : [queryDepthLimit(maxDepth)];
  return validate(schema, parse(document), rules).map((error) => error.message);
}

/** `groups { proposals { proposingGroup { proposals { … { id } } } } }`: `levels` fields deep. */
function nested(levels: number): string {
  const fields = ['groups', ...Array.from({ length: levels - 2 }, (_, i) => (i % 2 === 0 ? 'proposals' : 'proposingGroup'))];
  return `${fields.join(' { ')} { id${' }'.repeat(fields.length)}`;
}

describe('query depth limit', () => {
  it('allows an operation exactly at the limit and refuses one level more, saying how deep it was', () => {
    expect(depthErrors(`{ ${nested(6)} }`, 6)).toEqual([]);
    expect(depthErrors(`{ ${nested(7)} }`, 6)).toEqual(['The operation is nested 7 levels deep; at most 6 are allowed.']);
  });

  it('counts the fields of a fragment where it is spread, fragments inside fragments included', () => {
    const document = `
      query { groups { ...GroupProposals } }
      fragment GroupProposals on Group { proposals { proposingGroup { ...GroupName } } }
      fragment GroupName on Group { proposals { title } }`;
    // groups > proposals > proposingGroup > proposals > title
    expect(depthErrors(document, 5)).toEqual([]);
    expect(depthErrors(document, 4)).toEqual(['The operation is nested 5 levels deep; at most 4 are allowed.']);
  });

  it('refuses a shallow-looking operation whose fragment nests past the limit', () => {
    const document = `
      { group(id: "g") { ...Deep } }
      fragment Deep on Group { proposals { proposingGroup { proposals { proposingGroup { proposals { proposingGroup { id } } } } } } }`;
    expect(depthErrors(document, 6)).toEqual(['The operation is nested 8 levels deep; at most 6 are allowed.']);
  });

  it('counts fields through inline fragments, not the fragments themselves', () => {
    const document = `{ node(id: "g") { ... on Group { proposals { ... on Proposal { ... { proposingGroup { id } } } } } } }`;
    // node > proposals > proposingGroup > id
    expect(depthErrors(document, 4)).toEqual([]);
    expect(depthErrors(document, 3)).toEqual(['The operation is nested 4 levels deep; at most 3 are allowed.']);
  });

  it('does not count introspection meta-fields', () => {
    expect(depthErrors(`{ __typename __schema { types { fields { type { ofType { ofType { name } } } } } } groups { id } }`, 2)).toEqual([]);
  });

  it('finishes on cyclic fragments, which GraphQL itself then refuses', () => {
    const document = `
      { groups { ...A } }
      fragment A on Group { proposals { proposingGroup { ...B } } }
      fragment B on Group { proposals { proposingGroup { ...A } } }`;
    const started = Date.now();
    expect(depthErrors(document, 12)).toEqual([]);
    expect(depthErrors(document, 12, true).some((message) => /Cannot spread fragment "A" within itself/.test(message))).toBe(true);
    expect(depthErrors(document, 3)).toEqual(['The operation is nested 5 levels deep; at most 3 are allowed.']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('finishes at once on fragments that each spread the next one many times', () => {
    // Every fragment spreads the next one twice: 2^40 paths, 41 levels.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Group { a: proposals { proposingGroup { ...F${i + 1} } } b: proposals { proposingGroup { ...F${i + 1} } } }`,
    );
    const document = `{ groups { ...F0 } } ${fragments.join('\n')} fragment F40 on Group { id }`;
    const started = Date.now();
    expect(depthErrors(document, 12)).toEqual(['The operation is nested 82 levels deep; at most 12 are allowed.']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('judges each operation of a document on its own', () => {
    const document = `query Shallow { groups { id } } query Deep { ${nested(5)} }`;
    expect(depthErrors(document, 4)).toEqual(['The operation is nested 5 levels deep; at most 4 are allowed.']);
  });
});
