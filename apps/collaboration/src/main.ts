import 'reflect-metadata';
import { collaborationSubgraph } from '@tsunagaru/collaboration-graphql';
import { runSubgraphFromEnvironment } from '@tsunagaru/shared-subgraph-server';

runSubgraphFromEnvironment(collaborationSubgraph).catch((error: unknown) => {
  console.error('collaboration subgraph failed to start', error);
  process.exit(1);
});
