import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, gatewayUrl, testTokenPublicKey } from '@tsunagaru/shared-testing';

// The gateway as deployed (production mode: NODE_ENV=production in the images), audited from outside.
let system: RunningSystem;
let url: string;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0, production: true });
  url = system.gateway.url;
});

afterAll(async () => {
  await system?.stop();
});

describe("graphql-http's server audits (GraphQL over HTTP)", () => {
  it('report no errors on the production gateway', async () => {
    const results = await auditServer({ url });
    const errors = results.filter((result) => result.status === 'error').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(30);
  });
});

interface Answer {
  status: number;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | unknown[] | null;
}

async function send(init: { method?: string; query?: string; body?: unknown; form?: string; search?: Record<string, string>; accept?: string }): Promise<Answer> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(init.search ?? {})) target.searchParams.set(key, value);
  const headers: Record<string, string> = init.accept ? { accept: init.accept } : {};
  let body: string | undefined;
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = init.form;
  } else if (init.body !== undefined || init.query !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body ?? { query: init.query, operationName: 'cop' });
  }
  const response = await fetch(target, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  let json: Answer['json'] = null;
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

const dataOf = (answer: Answer) => (answer.json && !Array.isArray(answer.json) ? answer.json.data ?? null : null);
const errorsOf = (answer: Answer) => (answer.json && !Array.isArray(answer.json) ? answer.json.errors ?? [] : []);

/**
 * The checks graphql-cop runs against a GraphQL endpoint, written here in TypeScript (graphql-cop
 * is a Python tool): each sends what it sends and reports what it would report. Introspection
 * stays on deliberately, for third-party developers (README, "Security").
 */
const CHECKS: Record<string, () => Promise<boolean>> = {
  'Alias Overloading (100+ aliases allowed)': async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join('\n');
    return Boolean(dataOf(await send({ query: `query cop { ${aliases} }` }))?.alias100);
  },
  'Array-based Query Batching (10+ queries at once)': async () => {
    const answer = await send({ body: Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })) });
    return Array.isArray(answer.json) && answer.json.length >= 10;
  },
  'Directive Overloading (duplicated directives allowed)': async () => {
    const answer = await send({ query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' });
    return errorsOf(answer).length === 10;
  },
  'Field Duplication (500 repeated fields allowed)': async () =>
    Boolean(dataOf(await send({ query: `query cop { ${'__typename \n'.repeat(500)}} ` }))?.__typename),
  'Introspection-based Circular Query': async () => {
    const answer = await send({
      query: 'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    });
    const schema = dataOf(answer)?.__schema as { types?: unknown[] } | undefined;
    return (schema?.types?.length ?? 0) > 25;
  },
  'Circular Fragment allowed': async () => {
    const answer = await send({
      body: { query: 'query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }', operationName: 'cop' },
    });
    return answer.json !== null && !Array.isArray(answer.json) && !('errors' in (answer.json as object));
  },
  'Field Suggestions enabled': async () => {
    const answer = await send({ query: 'query cop { __schema { directive } }' });
    return errorsOf(answer).some((error) => error.message.includes('Did you mean'));
  },
  'GET Method Query Support (possible CSRF)': async () =>
    Boolean(dataOf(await send({ method: 'GET', search: { query: 'query cop {__typename}' } }))?.__typename),
  'Mutation over GET (possible CSRF)': async () =>
    Boolean(dataOf(await send({ method: 'GET', search: { query: 'mutation cop {__typename}' } }))?.__typename),
  'POST url-encoded query (possible CSRF)': async () =>
    Boolean(dataOf(await send({ form: new URLSearchParams({ query: 'query cop {__typename}' }).toString() }))?.__typename),
  'GraphQL IDE (GraphiQL / Playground)': async () => {
    const answer = await send({ method: 'GET', accept: 'text/html' });
    return ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground'].some((word) => answer.text.includes(word));
  },
  'Introspection Query enabled': async () => {
    const schema = dataOf(await send({ query: 'query cop { __schema { types { name fields { name } } } }' }))?.__schema as { types?: unknown[] } | undefined;
    return Boolean(schema?.types?.length);
  },
  'Trace Mode (tracing in responses)': async () => {
    const answer = await send({ query: 'query cop { __typename }' });
    return answer.text.toLowerCase().includes('"tracing"');
  },
  'Unhandled Errors (exceptions in responses)': async () => {
    const answer = await send({ query: 'qwerty cop { abc }' });
    return errorsOf(answer).some((error) => error.extensions && 'exception' in error.extensions) || /stacktrace|"exception"/i.test(answer.text);
  },
};

describe("graphql-cop's checks against the production gateway", () => {
  it('report nothing but introspection, which stays on deliberately', async () => {
    const reported: string[] = [];
    for (const [name, check] of Object.entries(CHECKS)) if (await check()) reported.push(name);
    expect(reported).toEqual(['Introspection Query enabled']);
  });

  it('see what they look for: the development gateway suggests field names, and introspection answers', async () => {
    const production = url;
    url = gatewayUrl(); // the shared test system runs in development mode
    try {
      expect(await CHECKS['Field Suggestions enabled']()).toBe(true);
    } finally {
      url = production;
    }
    expect(await CHECKS['Introspection Query enabled']()).toBe(true);
    expect(Object.keys(CHECKS)).toHaveLength(14);
  });
});
