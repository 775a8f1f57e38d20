import 'reflect-metadata';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPHS, workspaceRoot } from '@tsunagaru/platform';
import { SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';
import { createScratchDatabase, gatewayUrl, postGraphQL, postGraphQLAsGateway, postToSubgraph, subgraphSecret } from '@tsunagaru/shared-testing';

/**
 * What the Dockerfile ships is each app bundled by esbuild, not the TypeScript that tsx
 * runs. Bundlers rename colliding classes (Group -> Group2), and type-graphql names types
 * after classes unless told, so a bundle could publish a schema the supergraph does not
 * know. These tests build the bundles with the apps' own build commands, run them as a
 * deployment would, and compare them with the source.
 */

const root = workspaceRoot();
const APPS = [...SUBGRAPH_REGISTRY.map((entry) => entry.name), 'gateway'];
// Inside the workspace, so the bundles find node_modules as they do in the image; tmp/ is git-ignored.
const outDir = join('tmp', `bundle-test-${randomBytes(4).toString('hex')}`);
const SERVICE_SDL = '{ _service { sdl } }';
const children: ChildProcess[] = [];
const subgraphUrls: Record<string, string> = {};
let bundledGatewayUrl: string;

/** The app's build command from its project.json, writing into this run's folder instead of dist/. */
async function buildCommand(app: string): Promise<string> {
  const project = JSON.parse(await readFile(join(root, 'apps', app, 'project.json'), 'utf8')) as {
    targets: { build: { options: { command: string } } };
  };
  const command = project.targets.build.options.command;
  expect(command, `apps/${app}/project.json builds into dist/apps/${app}`).toContain(`dist/apps/${app}`);
  return command.replaceAll('dist/', `${outDir}/`);
}

/** Starts `node <bundle>` and resolves with the URL it prints once it listens. */
function startBundle(app: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [join(outDir, 'apps', app, 'main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bundled ${app} exited with ${code} before listening:\n${output}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  const run = promisify(execFile);
  const env = { ...process.env, PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
  await Promise.all(APPS.map(async (app) => run('/bin/sh', ['-c', await buildCommand(app)], { cwd: root, env })));

  const databaseUrl = await createScratchDatabase();
  const jwtPublicKey = inject('tokenPublicKeyPem');
  // The bundled gateway and subgraphs share this run's subgraph secret, as a deployment's would.
  const SUBGRAPH_SECRET = subgraphSecret();
  await Promise.all(
    SUBGRAPH_REGISTRY.map(async ({ name }) => {
      subgraphUrls[name] = await startBundle(name, { DATABASE_URL: databaseUrl, JWT_PUBLIC_KEY: jwtPublicKey, SUBGRAPH_SECRET, DATABASE_POOL_MAX: '2' });
    }),
  );
  bundledGatewayUrl = await startBundle('gateway', {
    JWT_PUBLIC_KEY: jwtPublicKey,
    SUBGRAPH_SECRET,
    ...Object.fromEntries(SUBGRAPH_REGISTRY.map(({ name, urlVariable }) => [urlVariable, subgraphUrls[name]])),
  });
});

afterAll(async () => {
  await Promise.all(children.map(stopChild));
  await rm(join(root, outDir), { recursive: true, force: true });
});

describe('the esbuild bundles that the images ship', () => {
  // Bundles keep class and function names (--keep-names), so code from a demo-data project
  // would show up under its own names. Demo data is seeded by tools, never by a service.
  it.each(APPS)('bundled %s carries no demo data', async (app) => {
    const bundle = await readFile(join(root, outDir, 'apps', app, 'main.js'), 'utf8');
    for (const marker of ['buildDemoGroups', 'demoPrincipal', 'DemoSeeder', 'seededRandom', 'DEMO_DEPARTMENTS', 'CONCEPTS', 'SURNAMES', 'NEIGHBOURHOODS']) {
      expect(bundle.includes(marker), `${app} bundle contains ${marker}`).toBe(false);
    }
  });

  it.each(SUBGRAPHS.map(({ name, definition }) => [name, definition] as const))(
    'bundled %s publishes the same schema (_service { sdl }) as its source',
    async (name, definition) => {
      const bundled = await postGraphQLAsGateway<{ _service: { sdl: string } }>(subgraphSecret(), subgraphUrls[name], SERVICE_SDL);
      expect(bundled.errors).toBeUndefined();
      // The same subgraph run from source, by the test run's shared system.
      const source = await postToSubgraph<{ _service: { sdl: string } }>(name, SERVICE_SDL);
      expect(bundled.data!._service.sdl).toBe(source.data!._service.sdl);
      // And the schema the committed supergraph is composed of (tools/supergraph checks that part).
      const composed = printSubgraphSchema(await definition.buildSchema());
      expect(printSubgraphSchema(buildSubgraphSchema(parse(bundled.data!._service.sdl)))).toBe(composed);
    },
  );

  it("answers the README's query across all four subgraphs through the bundled gateway, as the source does", async () => {
    const query = await readmeCrossSubgraphQuery();
    const bundled = await postGraphQL<{ groups: { edges: unknown[] } }>(bundledGatewayUrl, query);
    expect(bundled.errors).toBeUndefined();
    expect(bundled.data!.groups.edges).toHaveLength(3);
    expect(bundled.data).toEqual((await postGraphQL(gatewayUrl(), query)).data);
  });

  it('resolves every field of that query from its own subgraph over 100 groups (no unknown __typename)', async () => {
    // Over 100 groups, proposals, departments and grant awards all cross the gateway.
    const query = (await readmeCrossSubgraphQuery()).replace('groups(first: 3)', 'groups(first: 100)');
    const bundled = await postGraphQL(bundledGatewayUrl, query);
    expect(bundled.errors).toBeUndefined();
    // A group's venue bookings are its own and staff's (issue 7); its grant awards are public and come from resources.
    for (const field of ['proposals', 'department', 'grantAwards']) {
      expect(valuesNamed(bundled.data, field).some((value) => value !== null && (!Array.isArray(value) || value.length > 0)), field).toBe(true);
    }
    expect(bundled.data).toEqual((await postGraphQL(gatewayUrl(), query)).data);
  });
});

/** The query of the README's "One group across all four subgraphs" example. */
async function readmeCrossSubgraphQuery(): Promise<string> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const example = /# One group across all four subgraphs\n.*\n\s*-d '(.*)'/.exec(readme)?.[1];
  expect(example, "README's example 'One group across all four subgraphs'").toBeDefined();
  const { query } = JSON.parse(example!) as { query: string };
  expect(query).toContain('groups(first: 3)');
  return query;
}

/** Every value stored under `key` anywhere in a response, whatever the shape around it. */
function valuesNamed(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesNamed(item, key));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([name, value]) => [...(name === key ? [value] : []), ...valuesNamed(value, key)]);
}
