import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

const TRACER = 'tsunagaru-graph';
let provider: NodeTracerProvider | null = null;

/**
 * Traces are off unless the standard variables ask for them: OTEL_TRACES_EXPORTER=otlp, or an
 * OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). The exporter
 * reads the rest itself (protocol http/protobuf, headers, timeout); OTEL_SDK_DISABLED=true wins.
 */
export function tracingConfiguredByEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER) return env.OTEL_TRACES_EXPORTER.split(',').map((name) => name.trim()).includes('otlp');
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts tracing for this process: W3C trace context in and out, spans kept per async context.
 * `spanProcessors` replaces the OTLP exporter (tests pass an in-memory one). Returns whether
 * tracing is on.
 */
export function startTracing(options: { serviceName?: string; spanProcessors?: SpanProcessor[] } = {}): boolean {
  if (provider) return true;
  const spanProcessors = options.spanProcessors ?? (tracingConfiguredByEnvironment() ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []);
  if (spanProcessors.length === 0) return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? options.serviceName ?? TRACER }),
    spanProcessors,
  });
  // Registers the provider, the AsyncLocalStorage context manager and the W3C propagators.
  provider.register();
  return true;
}

export async function stopTracing(): Promise<void> {
  const running = provider;
  provider = null;
  if (!running) return;
  await running.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

export function tracingEnabled(): boolean {
  return provider !== null;
}

function tracer() {
  return trace.getTracer(TRACER);
}

/**
 * The server span of one HTTP request, child of the caller's `traceparent` when it sends one;
 * `fn` runs inside it, so subgraph calls and SQL statements become its children.
 */
export function withServerSpan<T>(service: string, request: IncomingMessage, path: string, fn: (span: Span | null) => T): T {
  if (!provider) return fn(null);
  const parent = propagation.extract(ROOT_CONTEXT, request.headers as IncomingHttpHeaders);
  const span = tracer().startSpan(
    `${request.method ?? 'GET'} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'tsunagaru.service': service, 'http.request.method': request.method ?? 'GET', 'url.path': path } },
    parent,
  );
  return context.with(trace.setSpan(parent, span), () => fn(span));
}

/** Ends a server span with what the response says. */
export function endServerSpan(span: Span | null, response: ServerResponse, operationName: string | undefined, outcome: string): void {
  if (!span) return;
  span.setAttribute('http.response.status_code', response.statusCode);
  if (operationName) span.setAttribute('graphql.operation.name', operationName);
  span.setAttribute('tsunagaru.outcome', outcome);
  if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/**
 * A client span around one gateway → subgraph call, with its `traceparent` put into the
 * request's headers so the subgraph's server span becomes its child.
 */
export async function withClientSpan<T>(subgraph: string, init: RequestInit, fn: (init: RequestInit) => Promise<T>, ok: (result: T) => boolean): Promise<T> {
  if (!provider) return fn(init);
  const span = tracer().startSpan(`subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'tsunagaru.subgraph': subgraph, 'http.request.method': 'POST' } });
  const active = trace.setSpan(context.active(), span);
  const headers = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]);
  propagation.inject(active, headers, { set: (carrier, key, value) => carrier.set(key, value) });
  try {
    const result = await context.with(active, () => fn({ ...init, headers }));
    if (!ok(result)) span.setStatus({ code: SpanStatusCode.ERROR });
    return result;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    throw error;
  } finally {
    span.end();
  }
}

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
  method?: string;
}
interface KnexEvents {
  on(event: 'query', listener: (query: KnexQuery) => void): unknown;
  on(event: 'query-response', listener: (response: unknown, query: KnexQuery) => void): unknown;
  on(event: 'query-error', listener: (error: unknown, query: KnexQuery) => void): unknown;
}

/**
 * One span per SQL statement, under the request that sent it, from knex's query events (MikroORM
 * sends every statement through knex). The statement text holds placeholders, never values.
 */
export function traceSqlStatements(knex: KnexEvents, service: string): void {
  if (!provider) return;
  const open = new Map<string, Span>();
  knex.on('query', (query) => {
    if (!query.__knexQueryUid || !provider || !trace.getSpan(context.active())) return;
    const statement = String(query.sql ?? '');
    const operation = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? 'SQL';
    open.set(
      query.__knexQueryUid,
      tracer().startSpan(`${operation} ${service}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system.name': 'postgresql', 'db.namespace': service, 'db.operation.name': operation, 'db.query.text': statement.slice(0, 2000) },
      }),
    );
  });
  const end = (query: KnexQuery, failed: boolean) => {
    const span = query.__knexQueryUid ? open.get(query.__knexQueryUid) : undefined;
    if (!span) return;
    open.delete(query.__knexQueryUid!);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  knex.on('query-response', (_response, query) => end(query, false));
  knex.on('query-error', (_error, query) => end(query, true));
}
