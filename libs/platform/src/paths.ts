import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root, found from this file so scripts work from any working directory. */
export function workspaceRoot(): string {
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function supergraphPath(): string {
  return join(workspaceRoot(), 'apps', 'gateway', 'supergraph.graphql');
}

/** Local state (embedded database, dev key pair); git-ignored. */
export function localDataDir(): string {
  return process.env.TSUNAGARU_DATA_DIR ? resolve(process.env.TSUNAGARU_DATA_DIR) : join(workspaceRoot(), '.data');
}
