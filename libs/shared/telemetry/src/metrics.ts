import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus' text exposition format, what `GET /metrics` answers with. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/** How a request ended, a label on every request metric. */
export type RequestOutcome = 'success' | 'graphql_error' | 'rejected' | 'failed';

export interface DatabasePoolStats {
  used: number;
  free: number;
  pending: number;
  max: number;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * One service's metrics in a registry of its own (npm start and the tests run five services in
 * one process; each `/metrics` shows its own). Operation names are label values, so they are
 * bounded: a name that is not a GraphQL name counts as `invalid`, and past 200 distinct names
 * new ones count as `other`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly requestDuration: Histogram<'operation' | 'outcome'>;
  private readonly subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  private readonly subgraphErrors: Counter<'subgraph'>;
  private readonly sqlPerRequest: Histogram<'operation'>;

  constructor(
    readonly service: string,
    options: { databasePool?: () => DatabasePoolStats | undefined; processMetrics?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests served, by operation name and outcome (success, graphql_error, rejected, failed).',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.subgraphFetches = new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Gateway calls to a subgraph: latency by subgraph and outcome (success, error).',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.subgraphErrors = new Counter({
      name: 'gateway_subgraph_fetch_errors_total',
      help: 'Gateway calls to a subgraph that failed (network error, timeout, HTTP status other than 200).',
      labelNames: ['subgraph'],
      registers: [this.registry],
    });
    this.sqlPerRequest = new Histogram({
      name: 'graphql_request_sql_statements',
      help: 'SQL statements one GraphQL request sent to PostgreSQL, by operation name.',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55],
      registers: [this.registry],
    });
    const pool = options.databasePool;
    if (pool) {
      new Gauge({
        name: 'db_pool_connections',
        help: 'Database pool connections by state: used, free, pending (requests waiting for one) and max.',
        labelNames: ['state'],
        registers: [this.registry],
        collect() {
          const stats = pool();
          if (!stats) return;
          for (const state of ['used', 'free', 'pending', 'max'] as const) this.set({ state }, stats[state]);
        },
      });
    }
  }

  /** A label value for an operation name: bounded as the class comment says. */
  operationLabel(name: string | undefined | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  observeRequest(operationName: string | undefined, outcome: RequestOutcome, seconds: number, sqlStatements?: number): void {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation, outcome });
    this.requestDuration.observe({ operation, outcome }, seconds);
    if (sqlStatements !== undefined) this.sqlPerRequest.observe({ operation }, sqlStatements);
  }

  observeSubgraphFetch(subgraph: string, ok: boolean, seconds: number): void {
    this.subgraphFetches.observe({ subgraph, outcome: ok ? 'success' : 'error' }, seconds);
    if (!ok) this.subgraphErrors.inc({ subgraph });
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
