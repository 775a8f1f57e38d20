import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from '@tsunagaru/platform';
import { PUBLIC_SCHEMA_PATH, publicSchemaSdl } from '../client-kit/public-schema';

/** Rebuilds apps/gateway/supergraph.graphql; commit the result with the subgraph change. */
async function main(): Promise<void> {
  const outcome = await composeSupergraph();
  if (!outcome.supergraphSdl) {
    console.error(`Composition failed:\n${outcome.errors.join('\n')}`);
    process.exit(1);
  }
  await writeFile(supergraphPath(), outcome.supergraphSdl);
  if (process.env.VERBOSE) for (const hint of outcome.hints) console.log(`hint: ${hint}`);
  console.log(`Wrote ${supergraphPath()} (${outcome.hints.length} composition hints; VERBOSE=1 prints them).`);
  // The public schema for client developers (README, "Client kit"), without federation internals.
  await writeFile(PUBLIC_SCHEMA_PATH, publicSchemaSdl(outcome.supergraphSdl));
  console.log(`Wrote ${PUBLIC_SCHEMA_PATH}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
