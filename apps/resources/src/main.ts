import 'reflect-metadata';
import { resourcesSubgraph } from '@tsunagaru/resources-graphql';
import { runSubgraphFromEnvironment } from '@tsunagaru/shared-subgraph-server';

runSubgraphFromEnvironment(resourcesSubgraph).catch((error: unknown) => {
  console.error('resources subgraph failed to start', error);
  process.exit(1);
});
