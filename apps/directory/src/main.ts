import 'reflect-metadata';
import { directorySubgraph } from '@tsunagaru/directory-graphql';
import { runSubgraphFromEnvironment } from '@tsunagaru/shared-subgraph-server';

runSubgraphFromEnvironment(directorySubgraph).catch((error: unknown) => {
  console.error('directory subgraph failed to start', error);
  process.exit(1);
});
