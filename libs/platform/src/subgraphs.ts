import { collaborationSubgraph } from '@tsunagaru/collaboration-graphql';
import { directorySubgraph } from '@tsunagaru/directory-graphql';
import { engagementSubgraph } from '@tsunagaru/engagement-graphql';
import { resourcesSubgraph } from '@tsunagaru/resources-graphql';
import type { SubgraphDefinition } from '@tsunagaru/shared-graphql';

/** The four subgraphs, with the ports they use locally and in the composed supergraph. */
export const SUBGRAPHS: ReadonlyArray<{ definition: SubgraphDefinition<never>; defaultPort: number }> = [
  { definition: directorySubgraph as SubgraphDefinition<never>, defaultPort: 4001 },
  { definition: collaborationSubgraph as SubgraphDefinition<never>, defaultPort: 4002 },
  { definition: resourcesSubgraph as SubgraphDefinition<never>, defaultPort: 4003 },
  { definition: engagementSubgraph as SubgraphDefinition<never>, defaultPort: 4004 },
];

export const GATEWAY_DEFAULT_PORT = 4000;
