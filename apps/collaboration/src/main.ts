import 'reflect-metadata';
import { collaborationSubgraph } from '@tsunagaru/collaboration-graphql';
import { runSubgraphFromEnvironment, type SubgraphDefinition } from '@tsunagaru/shared-graphql';

runSubgraphFromEnvironment(collaborationSubgraph as SubgraphDefinition<never>, 4002).catch((error: unknown) => {
  console.error('collaboration subgraph failed to start', error);
  process.exit(1);
});
