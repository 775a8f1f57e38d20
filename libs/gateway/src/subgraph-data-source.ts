import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';
import { addToSqlStatementTally, currentRequestId, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER, withClientSpan, type ServiceMetrics } from '@tsunagaru/shared-telemetry';
import type { GatewayContext } from './gateway-context';
import type { SubgraphHttpClient } from './subgraph-fetch/subgraph-http-client';
import { cacheHintOf } from './subgraph-fetch/cache-hint';

export interface SubgraphDataSourceOptions {
  url: string;
  /** Keep-alive connections with the timeout (a slow subgraph must not hold a client's request forever). */
  client: SubgraphHttpClient;
  /** Signs every call, so the subgraph knows it comes from the gateway. */
  subgraphSecret: string;
  /** The subgraph's name and the gateway's metrics: each call's latency and failures are counted. */
  name?: string;
  metrics?: ServiceMetrics;
}

const STATUS_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

/**
 * Calls one subgraph. It forwards only the caller's verified bearer token (each subgraph
 * verifies it again, so nothing a caller sends can be forged into a principal), signs the
 * call, narrows the response's cache policy by the subgraph's Cache-Control, and adds the
 * subgraph's SQL statement count to the request's. The body is written once as JSON and the
 * answer parsed once: no fetch Request/Response objects in between.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly url: string;
  private readonly client: SubgraphHttpClient;
  private readonly subgraphSecret: string;
  private readonly name: string;
  private readonly metrics?: ServiceMetrics;

  constructor(options: SubgraphDataSourceOptions) {
    this.url = options.url;
    this.client = options.client;
    this.subgraphSecret = options.subgraphSecret;
    this.name = options.name ?? 'unknown';
    this.metrics = options.metrics;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const { query, operationName, variables, extensions } = request;
    if (!query) throw new Error('Missing query');
    const token = 'token' in context ? context.token : null;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [SUBGRAPH_CREDENTIAL_HEADER]: signSubgraphCredential(this.subgraphSecret, { query, extensions }),
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const requestId = currentRequestId();
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    const body = JSON.stringify({ query, operationName, variables, extensions });
    const started = performance.now();
    let ok = false;
    let response: Awaited<ReturnType<SubgraphHttpClient['post']>>;
    try {
      // A client span when tracing is on: its traceparent goes with the call.
      response = await withClientSpan(
        this.name,
        { headers },
        (traced) => this.client.post(this.url, Object.fromEntries(new Headers(traced.headers as Record<string, string>)), body, !token),
        (answer) => answer.status >= 200 && answer.status < 300,
      );
      ok = response.status >= 200 && response.status < 300;
    } finally {
      this.metrics?.observeSubgraphFetch(this.name, ok, (performance.now() - started) / 1000);
    }

    if (response.status < 200 || response.status > 299) {
      throw new GraphQLError(`${response.status}: the subgraph refused the call`, {
        extensions: STATUS_CODES[response.status] ? { code: STATUS_CODES[response.status] } : {},
      });
    }
    const parsed: unknown = JSON.parse(response.body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Expected a JSON object from the subgraph.');

    const statements = response.headers.get(SQL_STATEMENTS_HEADER);
    if (statements) addToSqlStatementTally(Number(statements));
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy as { restrict?(hint: object): void } | undefined;
      policy?.restrict?.(cacheHintOf(response.headers.get('cache-control')));
    }
    return parsed as GatewayGraphQLResponse;
  }
}

