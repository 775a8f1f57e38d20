import 'reflect-metadata';
import { directorySubgraph } from '@tsunagaru/directory-graphql';
import { runSubgraphFromEnvironment, type SubgraphDefinition } from '@tsunagaru/shared-graphql';

runSubgraphFromEnvironment(directorySubgraph as SubgraphDefinition<never>, 4001).catch((error: unknown) => {
  console.error('directory subgraph failed to start', error);
  process.exit(1);
});
