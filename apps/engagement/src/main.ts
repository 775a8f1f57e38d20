import 'reflect-metadata';
import { engagementSubgraph } from '@tsunagaru/engagement-graphql';
import { runSubgraphFromEnvironment } from '@tsunagaru/shared-subgraph-server';

runSubgraphFromEnvironment(engagementSubgraph).catch((error: unknown) => {
  console.error('engagement subgraph failed to start', error);
  process.exit(1);
});
