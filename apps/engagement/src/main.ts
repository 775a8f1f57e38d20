import 'reflect-metadata';
import { engagementSubgraph } from '@tsunagaru/engagement-graphql';
import { runSubgraphFromEnvironment, type SubgraphDefinition } from '@tsunagaru/shared-graphql';

runSubgraphFromEnvironment(engagementSubgraph as SubgraphDefinition<never>, 4004).catch((error: unknown) => {
  console.error('engagement subgraph failed to start', error);
  process.exit(1);
});
