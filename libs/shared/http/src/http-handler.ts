import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '@tsunagaru/shared-kernel';
import { currentLogger, loggableError, runWithSqlStatementTally, SQL_STATEMENTS_HEADER, type SqlStatementTally } from '@tsunagaru/shared-telemetry';
import { DEFAULT_GRAPHQL_LIMITS } from './limits/graphql-limits';
const SHUTDOWN_GRACE_MS = 5_000;

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  context: (request: IncomingMessage) => Promise<TContext>;
  /** Development and tests: report the SQL statements a request ran in a response header. */
  exposeSqlStatementCount?: boolean;
  /** Readiness probe: resolves when dependencies (the database) answer. */
  ready?: () => Promise<void>;
  /**
   * Browser origins allowed to call (CORS); '*' for any. Callers authenticate with bearer
   * tokens, never cookies, so allowing any origin exposes nothing a script could not fetch.
   */
  corsOrigins?: string[];
  /** Largest request body accepted; a larger one is refused with 413 before it is read further. */
  maxBodyBytes?: number;
  /**
   * Decides, before Apollo parses anything, whether this caller may use the endpoint at all
   * (subgraphs: only the gateway may). Throwing a DomainError refuses the request with its code.
   */
  authorizeRequest?: (request: IncomingMessage, operation: { query?: unknown; extensions?: unknown }) => void;
}

function applyCors(request: IncomingMessage, response: ServerResponse, allowed: string[] | undefined): void {
  const origin = request.headers.origin;
  if (!allowed?.length || !origin) return;
  if (allowed.includes('*')) response.setHeader('access-control-allow-origin', '*');
  else if (allowed.includes(origin)) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'origin');
  } else return;
  response.setHeader('access-control-expose-headers', `${SQL_STATEMENTS_HEADER}, x-request-id`);
}

class BodyTooLargeError extends Error {}

/**
 * A context factory that refuses the caller (a bad token) throws a domain error; Apollo
 * answers a GraphQLError thrown there with its code and HTTP status, and anything else
 * with a bare 500.
 */
function rejectAsHttpError(error: unknown): never {
  if (error instanceof DomainError) {
    const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
    throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
  }
  throw error;
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a request asks to run, from a POST body or a GET query string, for `authorizeRequest`. */
function operationOf(body: unknown, url: URL): { query?: unknown; extensions?: unknown } {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { query, extensions } = body as { query?: unknown; extensions?: unknown };
    return { query, extensions };
  }
  let extensions: unknown;
  try {
    extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null');
  } catch {
    extensions = undefined;
  }
  return { query: url.searchParams.get('query') ?? undefined, extensions };
}

function refusal(error: unknown): { status: number; body: unknown } {
  if (!(error instanceof DomainError)) throw error;
  const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
  return { status, body: { errors: [{ message: error.message, extensions: { code: error.code } }] } };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * A small node:http integration for Apollo Server. Owning it lets every request run
 * inside its own SQL-statement tally and gives replicas health endpoints for a load balancer.
 */
export function createGraphQLHttpHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        await options.ready?.();
        return sendJson(response, 200, { status: 'ready' });
      } catch {
        return sendJson(response, 503, { status: 'unavailable' });
      }
    }
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
    applyCors(request, response, options.corsOrigins);
    if (request.method === 'OPTIONS' && options.authorizeRequest) {
      // A caller that may not use the endpoint has no use for a CORS preflight either.
      const refused = (() => {
        try {
          options.authorizeRequest!(request, {});
          return null;
        } catch (error) {
          return refusal(error);
        }
      })();
      if (refused) return sendJson(response, refused.status, refused.body);
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type, apollo-require-preflight, x-request-id',
        'access-control-max-age': '86400',
      });
      response.end();
      return;
    }

    let body: unknown;
    if (request.method === 'POST') {
      try {
        const raw = await readBody(request, options.maxBodyBytes ?? DEFAULT_GRAPHQL_LIMITS.maxBodyBytes);
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError;
        return sendJson(response, tooLarge ? 413 : 400, {
          errors: [
            {
              message: tooLarge
                ? `Request body is too large; at most ${options.maxBodyBytes ?? DEFAULT_GRAPHQL_LIMITS.maxBodyBytes} bytes are accepted.`
                : 'Request body is not valid JSON.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      }
    }
    if (options.authorizeRequest) {
      try {
        options.authorizeRequest(request, operationOf(body, url));
      } catch (error) {
        const refused = refusal(error);
        return sendJson(response, refused.status, refused.body);
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }

    const tally: SqlStatementTally = { statements: 0 };
    const result = await runWithSqlStatementTally(tally, () =>
      options.server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(request).catch(rejectAsHttpError),
      }),
    );

    for (const [name, value] of result.headers) {
      const vary = name === 'vary' ? response.getHeader('vary') : undefined;
      response.setHeader(name, vary ? `${String(vary)}, ${value}` : value);
    }
    if (options.exposeSqlStatementCount) response.setHeader(SQL_STATEMENTS_HEADER, String(tally.statements));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}

export interface ListeningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a handler over node:http. A failure the handler did not turn into a GraphQL
 * response is logged here and answered as a bare INTERNAL_SERVER_ERROR.
 */
export async function listen(
  name: string,
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  port: number,
  host = '127.0.0.1',
): Promise<ListeningServer> {
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      currentLogger().error({ service: name, err: loggableError(error) }, 'request failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`${name}: port ${port} on ${host} is already in use`) : error),
    );
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Clients that keep connections busy get a grace period, then lose them.
        setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      }),
  };
}
