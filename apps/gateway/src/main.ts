import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runGatewayFromEnvironment } from '@tsunagaru/gateway';

// The bundled gateway ships the supergraph beside main.js (see project.json's build);
// from source it sits one folder up, in apps/gateway.
const bundled = join(__dirname, 'supergraph.graphql');
const supergraph = existsSync(bundled) ? bundled : join(__dirname, '..', 'supergraph.graphql');

runGatewayFromEnvironment(supergraph).catch((error: unknown) => {
  console.error('gateway failed to start', error);
  process.exit(1);
});
