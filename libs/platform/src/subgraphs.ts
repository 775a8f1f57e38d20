import { collaborationSubgraph } from '@tsunagaru/collaboration-graphql';
import { directorySubgraph } from '@tsunagaru/directory-graphql';
import { engagementSubgraph } from '@tsunagaru/engagement-graphql';
import { resourcesSubgraph } from '@tsunagaru/resources-graphql';
import type { SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { SUBGRAPH_REGISTRY, type SubgraphEntry, type SubgraphName } from '@tsunagaru/shared-topology';

export { GATEWAY_DEFAULT_PORT } from '@tsunagaru/shared-topology';

/** Each registered subgraph's definition; the Record type fails to compile when one is missing. */
const DEFINITIONS: Record<SubgraphName, SubgraphDefinition> = {
  directory: directorySubgraph,
  collaboration: collaborationSubgraph,
  resources: resourcesSubgraph,
  engagement: engagementSubgraph,
};

/** The subgraphs in registry order (start order), each with its definition. */
export const SUBGRAPHS: ReadonlyArray<SubgraphEntry & { definition: SubgraphDefinition }> = SUBGRAPH_REGISTRY.map((entry) => ({
  ...entry,
  definition: DEFINITIONS[entry.name],
}));
