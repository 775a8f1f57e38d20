/**
 * CI check (`.ci/run`): fails when a locked package's `engines.node` excludes part of the Node
 * range package.json promises, the situation `npm ci` reports as EBADENGINE.
 *   npx tsx tools/ci/check-engines.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineViolations, type LockedPackage } from './engines';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const range = manifest.engines?.node;
if (!range) {
  console.error('package.json has no engines.node: say which Node versions the project supports.');
  process.exit(1);
}
const violations = engineViolations(range, lock.packages);
if (violations.length > 0) {
  console.error(`Locked packages that do not support every Node version in engines.node (${range}):`);
  for (const { path, version, requires } of violations) console.error(`  ${path.replace(/^node_modules\//, '')}@${version} requires node ${requires}`);
  console.error('Pin a version that does (package.json "overrides"), or change engines.node.');
  process.exit(1);
}
console.log(`engines: all ${Object.keys(lock.packages).length - 1} locked packages support node ${range}`);
