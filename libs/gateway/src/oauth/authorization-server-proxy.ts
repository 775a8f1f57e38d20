import type { IncomingMessage } from 'node:http';
import { isAuthorizationServerPath, type AuthorizationServer } from '@tsunagaru/shared-auth';

const FORWARDED_REQUEST_HEADERS = ['accept', 'authorization', 'content-type', 'dpop', 'user-agent'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'pragma', 'www-authenticate', 'dpop-nonce', 'access-control-allow-origin'];
const MAX_BODY_BYTES = 64 * 1024;
const TIMEOUT_MS = 10_000;

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('token request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A deployed gateway answers the OAuth endpoints on its origin by passing them to the
 * authorization server the directory runs (OAUTH_SERVER_URL, e.g. `http://directory:4000`):
 * metadata, token and JWKS, as they are. Apps see one origin, as in the embedded default.
 * Revocation is checked when a token is issued; a revoked app's tokens run out within their
 * 10 minutes here (the embedded default also stops them at once).
 */
export function createAuthorizationServerProxy(upstreamUrl: string): AuthorizationServer {
  const upstream = new URL(upstreamUrl);
  return {
    issuer: upstream.origin,
    handles: isAuthorizationServerPath,
    async handle(request, response) {
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      let answer: Response;
      try {
        answer = await fetch(new URL(request.url ?? '/', upstream), {
          method: request.method,
          headers,
          body: await bodyOf(request),
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        console.error('[gateway] authorization server unreachable:', error instanceof Error ? error.message : error);
        response.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: 'temporarily_unavailable', error_description: 'The authorization server is not available; try again.' }));
        return;
      }
      const out: Record<string, string> = {};
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = answer.headers.get(name);
        if (value !== null) out[name] = value;
      }
      response.writeHead(answer.status, out);
      response.end(Buffer.from(await answer.arrayBuffer()));
    },
    isClientActive: async () => true,
  };
}
