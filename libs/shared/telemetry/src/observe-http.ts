import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { createLogger, loggableError } from './logger';
import { METRICS_CONTENT_TYPE, ServiceMetrics, type DatabasePoolStats, type RequestOutcome } from './metrics';
import { endServerSpan, withServerSpan } from './tracing';
import { currentRequestObservation, REQUEST_ID_HEADER, requestIdFrom, runWithRequestObservation, type RequestObservation } from './request-context';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** A service's logs and metrics: what `observeHttp` and the Apollo plugin report into. */
export interface ServiceTelemetry {
  service: string;
  logger: Logger;
  metrics: ServiceMetrics;
}

export interface ServiceTelemetryOptions {
  /** A base logger (tests pass one that writes to memory); a JSON logger to stdout otherwise. */
  logger?: Logger;
  databasePool?: () => DatabasePoolStats | undefined;
}

export function createServiceTelemetry(service: string, options: ServiceTelemetryOptions = {}): ServiceTelemetry {
  const logger = options.logger ? options.logger.child({ service }) : createLogger(service);
  return { service, logger, metrics: new ServiceMetrics(service, { databasePool: options.databasePool }) };
}

function outcomeOf(status: number, observation: RequestObservation): RequestOutcome {
  if (status >= 500) return 'failed';
  if (status >= 400) return 'rejected';
  return observation.graphqlErrors ? 'graphql_error' : 'success';
}

/**
 * Wraps a service's HTTP handler: every request gets an id (the caller's `x-request-id` when it
 * is a plain token, else a new UUID) that is set on the response before anything else runs,
 * so every answer carries it, and that every log line of the request names. `GET /metrics`
 * answers in Prometheus' text format. Each `/graphql` request is counted and timed by
 * operation name and outcome, with the SQL statements it sent (subgraphs), and logged as one
 * JSON line: id, operation name, status, outcome, duration. Never headers, query text or
 * variables, which can carry tokens and personal data.
 */
export function observeHttp(telemetry: ServiceTelemetry, handler: Handler, options: { countSqlStatements?: boolean } = {}): Handler {
  return async (request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/metrics' && (request.method === 'GET' || request.method === 'HEAD')) {
      const body = await telemetry.metrics.text();
      response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const observation: RequestObservation = { requestId, sqlStatements: 0, logger: telemetry.logger.child({ requestId }) };
    if (path !== '/graphql') return runWithRequestObservation(observation, () => serve(handler, request, response, observation.logger!));
    const started = process.hrtime.bigint();
    // A server span (when tracing is on), child of the caller's traceparent; the request runs inside it.
    return withServerSpan(telemetry.service, request, path, (span) => {
      response.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const outcome = outcomeOf(response.statusCode, observation);
        const sql = options.countSqlStatements ? observation.sqlStatements : undefined;
        const operation = telemetry.metrics.operationLabel(observation.operationName);
        telemetry.metrics.observeRequest(operation, outcome, seconds, sql);
        observation.logger!.info(
          {
            method: request.method,
            path,
            operationName: operation,
            status: response.statusCode,
            outcome,
            durationMs: Math.round(seconds * 1e4) / 10,
            ...(sql === undefined ? {} : { sqlStatements: sql }),
          },
          'request',
        );
        endServerSpan(span, response, operation, outcome);
      });
      return runWithRequestObservation(observation, () => serve(handler, request, response, observation.logger!));
    });
  };
}

async function serve(handler: Handler, request: IncomingMessage, response: ServerResponse, logger: Logger): Promise<void> {
  try {
    await handler(request, response);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'request failed');
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  }
}

/** Tells the request's observation which operation ran and whether its answer had errors. */
export function telemetryApolloPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const observation = currentRequestObservation();
      if (observation && request.operationName) observation.operationName = request.operationName;
      return {
        // Parsed but refused by validation: the document's own operation name still tells what it was.
        async validationDidStart({ document }) {
          if (!observation || observation.operationName) return;
          const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
          if (operations.length === 1 && operations[0].kind === 'OperationDefinition' && operations[0].name) observation.operationName = operations[0].name.value;
        },
        async didResolveOperation({ operationName }) {
          if (observation && operationName) observation.operationName = operationName;
        },
        async willSendResponse({ response }) {
          if (observation && response.body.kind === 'single' && response.body.singleResult.errors?.length) observation.graphqlErrors = true;
        },
      };
    },
  };
}
