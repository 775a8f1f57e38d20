import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';

interface ProjectGraph {
  nodes: Record<string, { data: { tags?: string[] } }>;
  dependencies: Record<string, Array<{ target: string }>>;
}

let graph: ProjectGraph;

beforeAll(() => {
  const file = join(mkdtempSync(join(tmpdir(), 'nx-graph-')), 'graph.json');
  execFileSync(join('node_modules', '.bin', 'nx'), ['graph', `--file=${file}`], { env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  graph = (JSON.parse(readFileSync(file, 'utf8')) as { graph: ProjectGraph }).graph;
});

function dependenciesOf(project: string, seen = new Set<string>()): Set<string> {
  for (const { target } of graph.dependencies[project] ?? []) {
    if (target.startsWith('npm:') || seen.has(target)) continue;
    seen.add(target);
    dependenciesOf(target, seen);
  }
  return seen;
}

async function boundaryRuleTags(): Promise<Set<string>> {
  const config = (await new ESLint().calculateConfigForFile('libs/shared/kernel/src/index.ts')) as {
    rules: Record<string, [unknown, { depConstraints: Array<{ sourceTag: string }> }]>;
  };
  return new Set(config.rules['@nx/enforce-module-boundaries'][1].depConstraints.map((constraint) => constraint.sourceTag));
}

describe('workspace architecture', () => {
  it('has a module-boundary rule for every scope and type tag a project carries', async () => {
    const ruled = await boundaryRuleTags();
    const tags = new Set(Object.values(graph.nodes).flatMap((node) => node.data.tags ?? []));
    const unruled = [...tags].filter((tag) => /^(scope|type):/.test(tag) && !ruled.has(tag));
    expect(unruled).toEqual([]);
  });

  it('gives every registered subgraph a scope with projects in it', () => {
    const scopes = new Set(Object.values(graph.nodes).flatMap((node) => node.data.tags ?? []));
    for (const { name } of SUBGRAPH_REGISTRY) expect(scopes.has(`scope:${name}`), name).toBe(true);
  });

  it('keeps the gateway free of persistence and of the subgraph server', () => {
    for (const project of ['gateway', 'gateway-lib']) {
      const dependencies = dependenciesOf(project);
      expect(dependencies.has('shared-http'), project).toBe(true);
      expect(dependencies.has('shared-auth'), project).toBe(true);
      expect(dependencies.has('shared-persistence'), project).toBe(false);
      expect(dependencies.has('shared-subgraph-server'), project).toBe(false);
      expect(dependencies.has('shared-graphql'), project).toBe(false);
    }
  });
});
