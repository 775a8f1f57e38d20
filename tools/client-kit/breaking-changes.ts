import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { CLIENT_KIT_DIR, PUBLIC_SCHEMA_PATH, RELEASED_SCHEMA_PATH } from './public-schema';

export const INTENDED_PATH = join(CLIENT_KIT_DIR, 'schema', 'intended-breaking-changes.json');

export interface IntendedChange {
  path: string;
  reason: string;
}

export interface SchemaCheck {
  breaking: Change[];
  unintended: Change[];
  safe: Change[];
}

/**
 * Compares the public schema with the last released one (graphql-inspector): a removed or
 * renamed field, a type change, a new required argument… breaks clients and is refused
 * unless its path is listed as intended; additions pass.
 */
export async function checkSchemaChanges(releasedSdl: string, currentSdl: string, intended: readonly IntendedChange[]): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const allowed = new Set(intended.map((change) => change.path));
  return {
    breaking,
    unintended: breaking.filter((change) => !change.path || !allowed.has(change.path)),
    safe: changes.filter((change) => change.criticality.level !== CriticalityLevel.Breaking),
  };
}

async function main(): Promise<void> {
  const { intended } = JSON.parse(readFileSync(INTENDED_PATH, 'utf8')) as { intended: IntendedChange[] };
  const result = await checkSchemaChanges(readFileSync(RELEASED_SCHEMA_PATH, 'utf8'), readFileSync(PUBLIC_SCHEMA_PATH, 'utf8'), intended);
  if (result.unintended.length > 0) {
    console.error('Breaking changes to the public schema since schema/released.graphql:');
    for (const change of result.unintended) console.error(`  ${change.path ?? '(schema)'}: ${change.message}`);
    console.error(`If they are intended, list their paths with a reason in ${INTENDED_PATH}.`);
    process.exit(1);
  }
  console.log(`schema check: ${result.safe.length} safe change(s), ${result.breaking.length} breaking change(s), all intended`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
