import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { apolloLimitOptions, DEFAULT_GRAPHQL_LIMITS, estimateCost, expandedSelectionCount, LIMIT_ERROR_CODE, formatLimitError, graphqlLimitsFromEnvironment, type GraphQLLimits } from './index';

const schema = buildSchema(`
  type Query {
    groups(first: Int, text: String): GroupConnection!
    group(id: ID!): Group
    groupsByIds(ids: [ID!]!): [Group]!
    statistics: Statistics!
  }
  type Statistics { total: Int!, byField: [FieldCount!]! }
  type FieldCount { field: String!, count: Int! }
  type GroupConnection { totalCount: Int!, edges: [GroupEdge!]! }
  type GroupEdge { node: Group! }
  type Group { id: ID!, name: String!, proposals(first: Int): ProposalConnection!, friend: Group }
  type ProposalConnection { edges: [ProposalEdge!]! }
  type ProposalEdge { node: Proposal! }
  type Proposal { id: ID!, title: String!, group: Group }
`);

const group = (id: number) => ({ id: String(id), name: `group ${id}`, friend: null, proposals: { edges: [] } });
const rootValue = {
  groups: () => ({ totalCount: 1, edges: [{ node: group(1) }] }),
  groupsByIds: () => [],
  group: () => group(1),
  statistics: () => ({ total: 1, byField: [] }),
};

async function serverWith(limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS, production = false) {
  const server = new ApolloServer({
    schema,
    rootValue,
    formatError: (formatted) => formatLimitError(formatted),
    ...apolloLimitOptions(limits, { production }),
  });
  await server.start();
  return server;
}

interface Answer {
  status: number | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  data: unknown;
}

async function ask(query: string, variables?: Record<string, unknown>, limits?: GraphQLLimits, operationName?: string): Promise<Answer> {
  const server = await serverWith(limits);
  try {
    const response = await server.executeOperation({ query, variables, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, errors: response.body.singleResult.errors, data: response.body.singleResult.data };
  } finally {
    await server.stop();
  }
}

function refusal(answer: Answer) {
  return { status: answer.status, codes: answer.errors?.map((error) => error.extensions?.code), limits: answer.errors?.map((error) => error.extensions?.limit) };
}

/** `group { friend { friend { … { id } } } }`: `levels` fields deep. */
function nested(levels: number): string {
  return `{ group(id: "1") { ${'friend { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('limits every server of the graph enforces', () => {
  it('allows an operation 12 levels deep and refuses 13, naming the limit', async () => {
    expect((await ask(nested(12))).errors).toBeUndefined();
    const refused = await ask(nested(13));
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['depth'] });
    expect(refused.errors?.[0]?.message).toBe('The operation is nested 13 levels deep; at most 12 are allowed (limit: depth).');
  });

  it('counts the fields of fragments where they are spread, not the fragments', async () => {
    const viaFragments = `{ group(id: "1") { ...A } } fragment A on Group { friend { ... on Group { ...B } } } fragment B on Group { ${'friend { '.repeat(9)}id${' }'.repeat(9)} }`;
    // group > friend > 9 × friend > id = 12 levels
    expect((await ask(viaFragments)).errors).toBeUndefined();
    expect(refusal(await ask(viaFragments.replace('{ id }', '{ friend { id } }'))).limits).toEqual(['depth']);
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `g${i}: group(id: "${i}") { id }`).join(' ')} }`;
    expect((await ask(aliases(15))).errors).toBeUndefined();
    const refused = await ask(aliases(16));
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['aliases'] });
    expect(refused.errors?.[0]?.message).toBe('The operation has 16 aliases; at most 15 are allowed (limit: aliases).');
  });

  it('counts __typename aliases too', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(refusal(await ask(`{ ${aliases} }`)).limits).toEqual(['aliases']);
  });

  it('counts aliases inside a fragment once per spread', async () => {
    const document = `{ a: group(id: "1") { ...F } b: group(id: "2") { ...F } } fragment F on Group { ${Array.from({ length: 7 }, (_, i) => `n${i}: name`).join(' ')} }`;
    // 2 + 7 + 7 = 16
    expect(refusal(await ask(document)).limits).toEqual(['aliases']);
  });

  it('allows 5 directives and refuses 6', async () => {
    const directives = (count: number) => `{ group(id: "1") { id ${Array.from({ length: count }, () => 'name @include(if: true)').join(' ')} } }`;
    expect((await ask(directives(5))).errors).toBeUndefined();
    const refused = await ask(directives(6));
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['directives'] });
    expect(refused.errors?.[0]?.message).toMatch(/6 directives; at most 5/);
  });

  it('allows a field selected 10 times in one place and refuses 11', async () => {
    const repeats = (count: number) => `{ statistics { ${'total '.repeat(count)}} }`;
    expect((await ask(repeats(10))).errors).toBeUndefined();
    const refused = await ask(repeats(11));
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['field-repeats'] });
  });

  it('allows 1,000 tokens and refuses 1,001', async () => {
    // `{ groupsByIds(ids: [` is 6 tokens and `]) { id } }` 6; each id in the list adds one.
    const tokens = (count: number) => `{ groupsByIds(ids: [${Array.from({ length: count - 12 }, (_, i) => `"${i}"`).join(' ')}]) { id } }`;
    expect((await ask(tokens(1_000))).errors).toBeUndefined();
    const refused = await ask(tokens(1_001));
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['tokens'] });
    expect(refused.errors?.[0]?.message).toBe('The document has more than 1000 tokens; at most 1000 are allowed.');
  });

  it('prices lists by `first` and refuses a nested fan-out one past the cost limit, with variables', async () => {
    // Objects cost one, scalars nothing: 1 + outer × (edges + node + proposals (1 + inner × (edges + node)))
    const query = `query ($outer: Int, $inner: Int) { groups(first: $outer) { edges { node { id proposals(first: $inner) { edges { node { title } } } } } } }`;
    const cost = (outer: number, inner: number) => 1 + outer * (3 + inner * 2);
    expect(cost(50, 49)).toBe(5_051);
    expect((await ask(query, { outer: 50, inner: 48 })).errors).toBeUndefined();
    const refused = await ask(query, { outer: 50, inner: 49 });
    expect(refusal(refused)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limits: ['cost'] });
    expect(refused.errors?.[0]?.message).toBe(
      'The operation would cost 5051; at most 5000 is allowed (limit: cost). Ask for fewer items with "first", or fewer nested lists.',
    );
    // One past the bound, wherever the bound is set.
    const exactly = { ...DEFAULT_GRAPHQL_LIMITS, maxCost: cost(50, 33) };
    expect((await ask(query, { outer: 50, inner: 33 }, exactly)).errors).toBeUndefined();
    expect(refusal(await ask(query, { outer: 50, inner: 33 }, { ...exactly, maxCost: cost(50, 33) - 1 })).limits).toEqual(['cost']);
  });

  it('prices a connection without `first` at its default size, and a `first` the connection refuses as one', async () => {
    const query = (first: string) => `{ groups${first} { edges { node { proposals(first: 100) { edges { node { title } } } } } } }`;
    const tight = { ...DEFAULT_GRAPHQL_LIMITS, maxCost: 4_000 };
    // 1 + 20 × (3 + 100 × 2) = 4,061 at the default size of 20
    expect((await ask(query(''), undefined, tight)).errors?.[0]?.message).toMatch(/would cost 4061;/);
    expect((await ask(query('(first: 19)'), undefined, tight)).errors).toBeUndefined();
    // first: 1000 or -1 is refused by the connection itself (BAD_USER_INPUT), before anything below it runs.
    expect((await ask(query('(first: 1000)'), undefined, tight)).errors).toBeUndefined();
    expect((await ask(query('(first: -1)'), undefined, tight)).errors).toBeUndefined();
  });

  it('refuses fragments that each spread the next one twice quickly, at any nesting', async () => {
    // 21 fragments, each spreading the next twice: 2^21 paths through a document of under 1 KB.
    const flat = Array.from({ length: 21 }, (_, i) => `fragment F${i} on Group { ...F${i + 1} ...F${i + 1} }`);
    const flatDocument = `{ group(id: "1") { ...F0 } } ${flat.join(' ')} fragment F21 on Group { id }`;
    const deep = Array.from({ length: 21 }, (_, i) => `fragment F${i} on Group { a: friend { ...F${i + 1} } b: friend { ...F${i + 1} } }`);
    const deepDocument = `{ group(id: "1") { ...F0 } } ${deep.join(' ')} fragment F21 on Group { id }`;
    const server = await serverWith();
    try {
      for (const [document, limit] of [[flatDocument, 'cost'], [deepDocument, 'depth']] as const) {
        const started = performance.now();
        const response = await server.executeOperation({ query: document });
        // Generous for a loaded test machine (walking 2^21 paths takes seconds); the system test measures the gateway's CPU (< 50 ms).
        expect(performance.now() - started).toBeLessThan(1_000);
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        expect(response.body.singleResult.errors?.map((error) => error.extensions?.limit)).toContain(limit);
      }
    } finally {
      await server.stop();
    }
  });

  it('counts the selections of an operation with its fragments spread, once per fragment however often it is spread', () => {
    const count = (text: string) => {
      const document = parse(text);
      return expandedSelectionCount(document, document.definitions[0] as OperationDefinitionNode);
    };
    // group, ...A; A: friend, ...B, ...B; B: id, name
    expect(count('{ group(id: "1") { ...A } } fragment A on Group { friend { id } ...B ...B } fragment B on Group { id name }')).toBe(1 + 1 + 2 + 2 * 3);
    const doubling = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Group { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    expect(count(`{ group(id: "1") { ...F0 } } ${doubling} fragment F40 on Group { id }`)).toBeGreaterThan(2 ** 40);
    // Walking 2^40 paths would take hours; a loaded test machine still counts this in milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses free text longer than the limit and any NUL character as bad user input', async () => {
    const search = `query ($text: String) { groups(text: $text) { totalCount } }`;
    expect((await ask(search, { text: 'か'.repeat(10_000) })).errors).toBeUndefined();
    const tooLong = await ask(search, { text: 'か'.repeat(10_001) });
    expect(refusal(tooLong)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], limits: ['text'] });
    expect(tooLong.errors?.[0]?.message).toBe('Text is limited to 10000 characters; variables.text has 10001 (limit: text).');
    const literal = await ask(`{ groups(text: "${'a'.repeat(10_001)}") { totalCount } }`);
    expect(refusal(literal).codes).toEqual(['BAD_USER_INPUT']);
    const nul = await ask(search, { text: 'かまくら\u0000' });
    expect(refusal(nul)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], limits: [undefined] });
    expect(refusal(await ask(`{ groups(text: "a\\u0000b") { totalCount } }`)).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('answers an unknown operation name or an unnamed choice of operations with HTTP 400', async () => {
    const unknown = await ask('query A { statistics { total } } query B { statistics { total } }', undefined, undefined, 'C');
    expect(refusal(unknown)).toEqual({ status: 400, codes: ['BAD_REQUEST'], limits: [undefined] });
    expect(unknown.errors?.[0]?.message).toBe('The document has no operation named "C".');
    const unnamedChoice = await ask('query A { statistics { total } } query B { statistics { total } }');
    expect(refusal(unnamedChoice).status).toBe(400);
    const twoAnonymous = await ask('{ statistics { total } } { statistics { total } }');
    expect(refusal(twoAnonymous)).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED'] });
  });

  it('suggests field names during development only', async () => {
    for (const production of [false, true]) {
      const server = await serverWith(DEFAULT_GRAPHQL_LIMITS, production);
      const response = await server.executeOperation({ query: '{ group(id: "1") { nam } }' });
      await server.stop();
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors?.[0]?.message.includes('Did you mean'), `production: ${production}`).toBe(!production);
    }
  });

  it('reads limits from the environment and refuses values that are not positive whole numbers', () => {
    expect(graphqlLimitsFromEnvironment({ MAX_QUERY_DEPTH: '8', MAX_QUERY_COST: '2000' })).toMatchObject({ maxDepth: 8, maxCost: 2_000, maxAliases: 15 });
    expect(() => graphqlLimitsFromEnvironment({ MAX_QUERY_ALIASES: '-1' })).toThrow(/MAX_QUERY_ALIASES must be a positive whole number/);
  });
});

describe('cost estimates remembered per document', () => {
  const document = parse('query ($n: Int) { groups(first: $n) { edges { node { proposals(first: 100) { edges { node { id } } } } } } }');

  it('prices the same document afresh for other variables, so a cheap request never lets an expensive one through', async () => {
    const cheap = estimateCost(schema, document, undefined, { n: 1 }, DEFAULT_GRAPHQL_LIMITS);
    const dear = estimateCost(schema, document, undefined, { n: 100 }, DEFAULT_GRAPHQL_LIMITS);
    expect(cheap).toEqual({ kind: 'cost', cost: expect.any(Number) });
    expect(dear.kind === 'cost' && cheap.kind === 'cost' && dear.cost > cheap.cost * 50).toBe(true);
    expect(estimateCost(schema, document, undefined, { n: 1 }, DEFAULT_GRAPHQL_LIMITS)).toEqual(cheap);

    const server = await serverWith();
    const ask = (n: number) => server.executeOperation({ query: print(document), variables: { n } });
    const first = await ask(1);
    expect(first.body.kind === 'single' && first.body.singleResult.errors).toBeUndefined();
    const second = await ask(100);
    expect(second.body.kind === 'single' && second.body.singleResult.errors?.[0]?.extensions).toMatchObject({ code: LIMIT_ERROR_CODE, limit: 'cost' });
    await server.stop();
  });

  it('prices large variables every time rather than remembering them', () => {
    const text = 'x'.repeat(5_000);
    const once = estimateCost(schema, document, undefined, { n: 2, text }, DEFAULT_GRAPHQL_LIMITS);
    expect(estimateCost(schema, document, undefined, { n: 2, text }, DEFAULT_GRAPHQL_LIMITS)).toEqual(once);
  });
});
