import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationFailedError,
} from '@tsunagaru/shared-kernel';
import { createErrorFormatter } from './error-mapping';

// Each resolver throws one kind of error; Apollo Server's own pipeline (parse, validate,
// execute, format) carries it to the formatter, as in a running subgraph.
const failures: Record<string, () => unknown> = {
  forbidden: () => new ForbiddenError("Only the group's members may do this."),
  unauthenticated: () => new UnauthenticatedError(),
  notFound: () => new NotFoundError('Group', '5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b'),
  conflict: () => new ConflictError('The venue is already booked for that time.'),
  validation: () =>
    new ValidationFailedError([
      { field: ['name'], code: 'REQUIRED', message: 'name is required.' },
      { field: ['privateContact', 'email'], code: 'INVALID_FORMAT', message: 'email is not an e-mail address.' },
    ]),
  argumentValidation: () =>
    new ArgumentValidationError([{ property: 'email', value: 'private@example.jp', constraints: { isEmail: 'email must be an email' } }]),
  database: () => new Error('duplicate key value violates unique constraint "group_pkey" (10.0.3.7:5432, select * from directory.group)'),
  bug: () => new TypeError("Cannot read properties of undefined (reading 'id')"),
  internalCode: () => new GraphQLError('Subgraph http://10.0.3.9:4001/graphql timed out', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }),
};

const logged: unknown[] = [];
const server = new ApolloServer({
  typeDefs: 'type Query { fail(kind: String!): String, count(limit: Int!): Int }',
  resolvers: {
    Query: {
      fail: (_: unknown, { kind }: { kind: string }) => {
        throw failures[kind]();
      },
      count: (_: unknown, { limit }: { limit: number }) => limit,
    },
  },
  formatError: createErrorFormatter((error) => logged.push(error)),
  includeStacktraceInErrorResponses: false,
});

afterAll(async () => {
  await server.stop();
});

async function errorsOf(query: string, variables?: Record<string, unknown>): Promise<{ errors: readonly GraphQLFormattedError[]; logged: unknown[] }> {
  logged.length = 0;
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { errors: response.body.singleResult.errors ?? [], logged: [...logged] };
}

const failing = (kind: string) => errorsOf(`{ fail(kind: "${kind}") }`);

describe('the error formatter every subgraph uses', () => {
  it.each([
    ['forbidden', 'FORBIDDEN', "Only the group's members may do this."],
    ['unauthenticated', 'UNAUTHENTICATED', 'Authentication is required.'],
    ['notFound', 'NOT_FOUND', 'Group 5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b was not found.'],
    ['conflict', 'CONFLICT', 'The venue is already booked for that time.'],
  ])('gives a %s domain error its code and keeps its message', async (kind, code, message) => {
    const { errors, logged } = await failing(kind);
    expect(errors).toEqual([{ message, path: ['fail'], locations: [{ line: 1, column: 3 }], extensions: { code } }]);
    expect(logged).toEqual([]);
  });

  it('passes validation issues through, with their field paths', async () => {
    const { errors, logged } = await failing('validation');
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [
        { field: ['name'], code: 'REQUIRED', message: 'name is required.' },
        { field: ['privateContact', 'email'], code: 'INVALID_FORMAT', message: 'email is not an e-mail address.' },
      ],
    });
    expect(errors[0].message).toBe('name: name is required.; privateContact.email: email is not an e-mail address.');
    expect(logged).toEqual([]);
  });

  it('reports argument validation as BAD_USER_INPUT without echoing the values it checked', async () => {
    const { errors } = await failing('argumentValidation');
    expect(errors).toEqual([{ message: 'Argument validation failed.', path: ['fail'], locations: [{ line: 1, column: 3 }], extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it.each(['database', 'bug', 'internalCode'])('masks an unexpected %s error and logs it', async (kind) => {
    const { errors, logged } = await failing(kind);
    expect(errors).toEqual([{ message: 'Internal server error.', path: ['fail'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(errors)).not.toMatch(/10\.0\.3|select|duplicate|undefined|stack/i);
    expect(logged).toHaveLength(1);
    expect(String((logged[0] as Error).message)).toBe(String((failures[kind]() as Error).message));
  });

  it("lets GraphQL's own codes for malformed requests through, unlogged", async () => {
    const parse = await errorsOf('{ fail(kind: ');
    expect(parse.errors.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(parse.errors[0].message).toMatch(/^Syntax Error/);

    const validation = await errorsOf('{ nope }');
    expect(validation.errors.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(validation.errors[0].message).toMatch(/Cannot query field "nope"/);

    const variables = await errorsOf('query ($limit: Int!) { count(limit: $limit) }', { limit: 'ten' });
    expect(variables.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(variables.errors[0].message).toMatch(/\$limit/);

    expect([...parse.logged, ...validation.logged, ...variables.logged]).toEqual([]);
  });
});
