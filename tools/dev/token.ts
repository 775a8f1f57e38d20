import { join } from 'node:path';
import { demoPrincipal, loadOrCreateSigningKeys, signAccessToken } from '@tsunagaru/shared-auth';
import { ROLES, type Role } from '@tsunagaru/shared-kernel';
// The paths entry point alone: the whole platform takes seconds to load, a token should not.
import { localDataDir } from '@tsunagaru/platform/paths';

/** `npm run --silent token -- <role> [groupId]`: a bearer token for a demo user. */
async function main(): Promise<void> {
  const [role, groupId] = process.argv.slice(2);
  if (!ROLES.includes(role as Role)) {
    console.error(`usage: npm run --silent token -- <${ROLES.join('|')}> [groupId]`);
    process.exit(2);
  }
  if (groupId && role !== 'member') {
    console.error('a groupId is only meaningful for the member role');
    process.exit(2);
  }
  const keys = await loadOrCreateSigningKeys(join(localDataDir(), 'keys'));
  console.log(await signAccessToken(demoPrincipal(role as Role, groupId), keys.privateKey));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
