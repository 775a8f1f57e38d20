import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';

export const GRAPHIQL_ASSETS_PATH = '/graphiql/assets/';

export interface DemoToken {
  /** The button's text, e.g. `staff`. */
  label: string;
  token: string;
}

export interface GraphiqlOptions {
  /** The GraphQL path GraphiQL sends its operations to. */
  endpoint?: string;
  /** Demo tokens for the buttons above the editor (development only; `npm start` passes them). */
  demoTokens?: () => Promise<DemoToken[]>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const DEFAULT_QUERY = `# Tsunagaru Graph. Pick who you call as above, then run (Ctrl-Enter).
query Groups {
  groups(first: 5) {
    totalCount
    edges { node { name nameKana activityFields } }
  }
}
`;

/** The files GraphiQL needs, all from this project's own dependencies: nothing loads from a CDN. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

/** A package's folder in node_modules (its `exports` hide the UMD files from require.resolve). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package ${name} not found`);
    dir = parent;
  }
  return dir;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL's editors set inline styles and use data: fonts and images.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function readAsset(name: string): Buffer {
  if (name === 'start.js') {
    // Beside this file in the sources; the bundled gateway ships it beside main.js.
    for (const candidate of [join(__dirname, 'start-page.js'), join(__dirname, 'graphiql-start-page.js')]) {
      try {
        return readFileSync(candidate);
      } catch {
        // try the next place
      }
    }
    throw new Error('GraphiQL start page script not found');
  }
  return readFileSync(join(packageDir(ASSETS[name].pkg), ASSETS[name].file));
}

function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function wantsHtml(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return request.method === 'GET' && /\btext\/html\b/.test(accept) && !/\bapplication\/(graphql-response\+)?json\b/.test(accept.split(',')[0] ?? '');
}

/**
 * GraphiQL at the gateway's /graphql for a browser (`Accept: text/html`), served from the
 * `graphiql` package and React in node_modules, so it works offline. GraphQL requests (POST,
 * or GET asking for JSON) go on to the next handler.
 */
export function withGraphiql(options: GraphiqlOptions, next: Handler): Handler {
  const endpoint = options.endpoint ?? '/graphql';
  const cache = new Map<string, Buffer>();
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH) && request.method === 'GET') {
      const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
      if (!(name in ASSETS) && name !== 'start.js') {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found.');
        return;
      }
      if (!cache.has(name)) cache.set(name, readAsset(name));
      response.writeHead(200, {
        'content-type': name === 'start.js' ? 'text/javascript; charset=utf-8' : ASSETS[name].type,
        'cache-control': name === 'start.js' ? 'no-cache' : 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
      });
      response.end(cache.get(name));
      return;
    }
    if (url.pathname === endpoint && wantsHtml(request) && !url.searchParams.has('extensions')) {
      const demoTokens = (await options.demoTokens?.()) ?? [];
      const config = escapeForScript(JSON.stringify({ endpoint, defaultQuery: DEFAULT_QUERY, demoTokens }));
      const page = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tsunagaru Graph · GraphiQL</title>
<link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}graphiql.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #graphiql-tokens { padding: 6px 10px; border-bottom: 1px solid #ddd; font-size: 14px; }
  #graphiql-tokens button { margin-left: 6px; }
  #graphiql-tokens button[aria-pressed="true"] { font-weight: bold; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="graphiql-tokens"></div>
<div id="graphiql">Loading GraphiQL…</div>
<script id="graphiql-config" type="application/json">${config}</script>
<script src="${GRAPHIQL_ASSETS_PATH}react.js"></script>
<script src="${GRAPHIQL_ASSETS_PATH}react-dom.js"></script>
<script src="${GRAPHIQL_ASSETS_PATH}graphiql.js"></script>
<script src="${GRAPHIQL_ASSETS_PATH}start.js"></script>
</body>
</html>
`;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      response.end(page);
      return;
    }
    await next(request, response);
  };
}
