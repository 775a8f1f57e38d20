import 'reflect-metadata';
import { resourcesSubgraph } from '@tsunagaru/resources-graphql';
import { runSubgraphFromEnvironment, type SubgraphDefinition } from '@tsunagaru/shared-graphql';

runSubgraphFromEnvironment(resourcesSubgraph as SubgraphDefinition<never>, 4003).catch((error: unknown) => {
  console.error('resources subgraph failed to start', error);
  process.exit(1);
});
