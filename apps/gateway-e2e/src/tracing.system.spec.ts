import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, postGraphQL, testTokenPublicKey } from '@tsunagaru/shared-testing';
import { startTracing, stopTracing } from '@tsunagaru/shared-telemetry';

// Tracing as OTEL_* variables would start it, with an in-memory exporter instead of OTLP.
const exporter = new InMemorySpanExporter();
let system: RunningSystem;

beforeAll(async () => {
  expect(startTracing({ spanProcessors: [new SimpleSpanProcessor(exporter)] })).toBe(true);
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
});
afterAll(async () => {
  await system?.stop();
  await stopTracing();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

it('shows one request as gateway, subgraph and SQL spans under one trace id, continuing the caller’s W3C traceparent', async () => {
  exporter.reset();
  const traceId = randomBytes(16).toString('hex');
  const callerSpanId = randomBytes(8).toString('hex');
  const response = await postGraphQL(gateway(), 'query Traced { groups(first: 2) { edges { node { name trainingEnrollmentCount } } } }', {}, undefined, {
    traceparent: `00-${traceId}-${callerSpanId}-01`,
  });
  expect(response.errors).toBeUndefined();
  await new Promise((resolve) => setTimeout(resolve, 100));

  const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
  const gatewaySpan = spans.find((span) => span.name === 'POST /graphql' && span.attributes['tsunagaru.service'] === 'gateway')!;
  expect(gatewaySpan).toBeDefined();
  expect(parentOf(gatewaySpan)).toBe(callerSpanId);
  expect(gatewaySpan.attributes['graphql.operation.name']).toBe('Traced');

  // Walks up from a span to the gateway's server span.
  const underGateway = (span: ReadableSpan): boolean => {
    for (let current: ReadableSpan | undefined = span; current; current = byId.get(parentOf(current) ?? '')) if (current === gatewaySpan) return true;
    return false;
  };
  for (const subgraph of ['directory', 'engagement']) {
    const client = spans.find((span) => span.name === `subgraph ${subgraph}`);
    expect(client, subgraph).toBeDefined();
    expect(underGateway(client!)).toBe(true);
    const server = spans.find((span) => span.attributes['tsunagaru.service'] === subgraph && span.name === 'POST /graphql');
    expect(server, subgraph).toBeDefined();
    expect(parentOf(server!)).toBe(client!.spanContext().spanId);
    const sql = spans.filter((span) => span.attributes['db.system.name'] === 'postgresql' && span.attributes['db.namespace'] === subgraph);
    expect(sql.length, subgraph).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(parentOf(statement)).toBe(server!.spanContext().spanId);
      expect(String(statement.attributes['db.query.text'])).toMatch(/^(select|with|set)/i);
    }
  }
  // Everything the request caused is in this one trace.
  for (const span of spans) expect(underGateway(span), span.name).toBe(true);
});

function gateway(): string {
  return system.gateway.url;
}
