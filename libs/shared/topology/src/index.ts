import topology from './subgraphs.json';

/**
 * The one list of subgraphs: name, local port and the variable that tells the gateway
 * where a deployed replica runs. Apps, the platform launcher, the gateway, lint scopes
 * (eslint.config.mjs reads the JSON) and tests all read it; adding a subgraph starts here.
 */
export type SubgraphName = 'directory' | 'collaboration' | 'resources' | 'engagement';

export interface SubgraphEntry {
  name: SubgraphName;
  /** Port of the subgraph under `npm start` and in the composed supergraph's URLs. */
  defaultPort: number;
  /** Environment variable that gives the gateway this subgraph's URL in deployments. */
  urlVariable: string;
}

export const SUBGRAPH_REGISTRY: readonly SubgraphEntry[] = topology.subgraphs as SubgraphEntry[];

export const GATEWAY_DEFAULT_PORT: number = topology.gateway.defaultPort;

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPH_REGISTRY.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown subgraph "${name}"; the registry lists ${SUBGRAPH_REGISTRY.map((e) => e.name).join(', ')}`);
  return entry;
}

/** Where the local (npm start) instance of a subgraph answers; also the URL composed into the supergraph. */
export function defaultSubgraphUrl(name: SubgraphName): string {
  return `http://localhost:${subgraphEntry(name).defaultPort}/graphql`;
}
