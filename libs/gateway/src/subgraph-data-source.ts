import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { addToSqlStatementTally, currentRequestId, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER, withClientSpan, type ServiceMetrics } from '@tsunagaru/shared-telemetry';
import type { GatewayContext } from './gateway-context';
import { signSubgraphRequest } from './subgraph-credential';

export interface SubgraphDataSourceOptions {
  url: string;
  /** A slow subgraph must not hold a client's request forever. */
  timeoutMs: number;
  /** Signs every call, so the subgraph knows it comes from the gateway. */
  subgraphSecret: string;
  /** The subgraph's name and the gateway's metrics: each call's latency and failures are counted. */
  name?: string;
  metrics?: ServiceMetrics;
}

/**
 * Calls one subgraph. It forwards only the caller's verified bearer token (each subgraph
 * verifies it again, so nothing a caller sends can be forged into a principal), bounds
 * each call with a timeout, and adds the subgraph's SQL statement count to the request's.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraphSecret: string;

  constructor(options: SubgraphDataSourceOptions) {
    super({
      url: options.url,
      fetcher: (input, init) => timedFetch(options, input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) } as RequestInit) as never,
    });
    this.subgraphSecret = options.subgraphSecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    signSubgraphRequest(this.subgraphSecret, request);
    const requestId = currentRequestId();
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if ('token' in context && context.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
  }

  override didReceiveResponse({ response }: { response: GatewayGraphQLResponse }): GatewayGraphQLResponse {
    const statements = response.http?.headers.get(SQL_STATEMENTS_HEADER);
    if (statements) addToSqlStatementTally(Number(statements));
    return response;
  }
}

async function timedFetch(options: SubgraphDataSourceOptions, input: unknown, init: RequestInit): Promise<Response> {
  const started = performance.now();
  let ok = false;
  try {
    // A client span when tracing is on: its traceparent goes with the call.
    const response = await withClientSpan(options.name ?? 'unknown', init, (traced) => fetch(input as string, traced), (answer) => answer.ok);
    ok = response.ok;
    return response;
  } finally {
    options.metrics?.observeSubgraphFetch(options.name ?? 'unknown', ok, (performance.now() - started) / 1000);
  }
}
