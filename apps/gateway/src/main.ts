import { join } from 'node:path';
import { runGatewayFromEnvironment } from '@tsunagaru/gateway';

// The supergraph ships next to the built gateway (see the build target in project.json).
runGatewayFromEnvironment(join(__dirname, '..', 'supergraph.graphql')).catch((error: unknown) => {
  console.error('gateway failed to start', error);
  process.exit(1);
});
