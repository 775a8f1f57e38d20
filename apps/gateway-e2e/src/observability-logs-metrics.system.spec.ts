import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';
import { createLogger } from '@tsunagaru/shared-telemetry';

// One system of its own whose five services log into memory, so every line can be read.
const lines: string[] = [];
const logger = createLogger(undefined, { level: 'info', destination: { write: (line: string) => void lines.push(line) } });
let system: RunningSystem;
let gateway: string;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0, logger });
  gateway = system.gateway.url;
});
afterAll(() => system?.stop());

const origin = (url: string) => new URL(url).origin;
const probe = `ObservabilityProbe_${randomBytes(4).toString('hex')}`;
// Each probe asks a different page size: identical anonymous reads would be answered by the
// response cache (and merged in flight), and this test counts the requests that reach a subgraph.
const PROBE_QUERY = `query ${probe}($first: Int!) { groups(first: $first) { totalCount edges { node { name } } } }`;
const PROBE_COUNT = 3;

interface Scrape {
  families: PrometheusFamily[];
  /** The value of one series, e.g. a histogram's `_count` (the parser keeps one histogram per family, without labels). */
  series(name: string, labels: Record<string, string>): number | undefined;
}

/** GET /metrics, parsed by parse-prometheus-text-format (which throws on any line that is not the text format). */
async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(`${origin(url)}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const families = parsePrometheusTextFormat(text);
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
  return {
    families,
    series: (name, labels) =>
      samples
        .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
        .reduce<number | undefined>((sum, sample) => (sum ?? 0) + sample.value, undefined),
  };
}

function family(families: PrometheusFamily[], name: string): PrometheusFamily {
  const found = families.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no metric ${name}`);
  return found;
}

function parsedLogs(): Array<Record<string, unknown>> {
  return lines.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('request ids', () => {
  it('returns the caller’s x-request-id and forwards it to every subgraph the request reaches', async () => {
    const requestId = `req-${randomBytes(6).toString('hex')}`;
    const response = await postGraphQL(gateway, '{ groups(first: 2) { edges { node { name trainingEnrollmentCount } } } }', {}, undefined, {
      'x-request-id': requestId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const services = new Set(parsedLogs().filter((line) => line.requestId === requestId).map((line) => line.service));
    // The gateway and the two subgraphs the plan called logged under the caller's id.
    expect([...services].sort()).toEqual(['directory', 'engagement', 'gateway']);
  });

  it('creates an id when the caller sends none or an unusable one, on every gateway response', async () => {
    const created = await postGraphQL(gateway, '{ __typename }');
    expect(created.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await postGraphQL(gateway, '{ __typename }', {}, undefined, { 'x-request-id': 'a forged "id" level=error' });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    for (const path of ['/healthz', '/readyz', '/metrics', '/nowhere']) {
      const response = await fetch(`${origin(gateway)}${path}`);
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
    const badToken = await postGraphQL(gateway, '{ __typename }', {}, 'not-a-token');
    expect(badToken.status).toBe(401);
    expect(badToken.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/metrics', () => {
  beforeAll(async () => {
    for (let i = 0; i < PROBE_COUNT; i += 1) {
      const response = await postGraphQL(gateway, PROBE_QUERY, { first: i + 1 });
      expect(response.errors).toBeUndefined();
    }
    // One refused by validation: counted with its own outcome.
    await postGraphQL(gateway, `query ${probe}_bad { groups(first: 3) { nope } }`);
  });

  it('counts the gateway requests by operation name and outcome, with their latency', async () => {
    const scraped = await scrape(gateway);
    const requests = family(scraped.families, 'graphql_requests_total');
    expect(requests.type).toBe('COUNTER');
    const probeSamples = requests.metrics.filter((sample) => sample.labels?.operation === probe);
    expect(probeSamples).toEqual([{ labels: { operation: probe, outcome: 'success', service: 'gateway' }, value: String(PROBE_COUNT) }]);
    const refused = requests.metrics.find((sample) => sample.labels?.operation === `${probe}_bad`);
    expect(refused?.labels?.outcome).toBe('rejected');
    expect(family(scraped.families, 'graphql_request_duration_seconds').type).toBe('HISTOGRAM');
    const labels = { operation: probe, outcome: 'success' };
    expect(scraped.series('graphql_request_duration_seconds_count', labels)).toBe(PROBE_COUNT);
    expect(scraped.series('graphql_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(PROBE_COUNT);
    expect(scraped.series('graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
  });

  it('times the gateway’s subgraph fetches and counts their errors', async () => {
    const scraped = await scrape(gateway);
    expect(family(scraped.families, 'gateway_subgraph_fetch_duration_seconds').type).toBe('HISTOGRAM');
    expect(scraped.series('gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'directory', outcome: 'success' })).toBeGreaterThanOrEqual(PROBE_COUNT);
    expect(family(scraped.families, 'gateway_subgraph_fetch_errors_total').type).toBe('COUNTER');
  });

  it('shows SQL statements per request and the database pool in every subgraph', async () => {
    for (const subgraph of system.subgraphs) {
      const { families } = await scrape(subgraph.url);
      const pool = family(families, 'db_pool_connections');
      expect(pool.metrics.find((sample) => sample.labels?.state === 'max')?.value).toBe('10');
      expect(pool.metrics.map((sample) => sample.labels?.state).sort()).toEqual(['free', 'max', 'pending', 'used']);
      expect(family(families, 'graphql_request_sql_statements').type).toBe('HISTOGRAM');
      expect(family(families, 'graphql_requests_total').metrics.every((sample) => sample.labels?.service === subgraph.name)).toBe(true);
    }
    // The directory answered the probe once per request, with its statements counted.
    const directory = await scrape(system.subgraphs.find((subgraph) => subgraph.name === 'directory')!.url);
    // The gateway names its subgraph operations `<operation>__<subgraph>__<n>`.
    const operation = `${probe}__directory__0`;
    expect(directory.series('graphql_requests_total', { operation, outcome: 'success' })).toBe(PROBE_COUNT);
    expect(directory.series('graphql_request_sql_statements_count', { operation })).toBe(PROBE_COUNT);
    expect(directory.series('graphql_request_sql_statements_sum', { operation })).toBeGreaterThanOrEqual(PROBE_COUNT);
  });
});

describe('logs', () => {
  it('are JSON lines with a request id, and carry no token, variables or personal data', async () => {
    const token = await tokenFor('staff');
    const secretText = `山田花子-${randomBytes(3).toString('hex')}@example.jp`;
    const contacts = await postGraphQL<{ groups: { edges: Array<{ node: { privateContact: { representativeName: string; email: string | null } } }> } }>(
      gateway,
      'query Contacts($text: String) { groups(first: 3, filter: { text: $text }) { edges { node { privateContact { representativeName email } } } } }',
      { text: null },
      token,
    );
    expect(contacts.errors).toBeUndefined();
    const personal = contacts.data!.groups.edges.flatMap(({ node }) => [node.privateContact.representativeName, node.privateContact.email]).filter(Boolean) as string[];
    expect(personal.length).toBeGreaterThan(0);
    // Personal data in variables, an error answer and a refused token.
    await postGraphQL(gateway, 'query Search($text: String) { groups(first: 3, filter: { text: $text }) { totalCount } }', { text: secretText }, token);
    await postGraphQL(gateway, 'query Wrong($email: String) { groups(first: 1, filter: { text: $email }) { nope } }', { email: secretText }, token);
    await postGraphQL(gateway, '{ __typename }', {}, `${token}x`);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const raw = lines.join('');
    const logs = parsedLogs();
    expect(logs.length).toBeGreaterThan(10);
    for (const line of logs) {
      expect(typeof line.requestId, JSON.stringify(line)).toBe('string');
      expect(typeof line.service).toBe('string');
    }
    expect(raw).not.toContain(token.split('.')[2]);
    expect(raw).not.toContain(secretText);
    expect(raw).not.toContain('山田花子');
    for (const value of personal) expect(raw).not.toContain(value);
    expect(raw).not.toMatch(/authorization|variables|privateContact/i);
    const requestLines = logs.filter((line) => line.msg === 'request' && line.service === 'gateway');
    expect(requestLines.map((line) => line.operationName)).toEqual(expect.arrayContaining(['Contacts', 'Search', 'Wrong']));
    expect(requestLines.find((line) => line.operationName === 'Wrong')?.outcome).toBe('rejected');
  });
});
