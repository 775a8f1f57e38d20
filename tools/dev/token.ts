import { join } from 'node:path';
import { loadOrCreateSigningKeys, signAccessToken } from '@tsunagaru/shared-auth';
import { DEMO_PRINCIPAL_OPTION_BY_ROLE, demoPrincipal } from '@tsunagaru/shared-demo-data';
import { isRole, ROLES } from '@tsunagaru/shared-kernel';
// The paths entry point alone: the whole platform takes seconds to load, a token should not.
import { localDataDir } from '@tsunagaru/platform/paths';

const USAGE = `usage: npm run --silent token -- <${ROLES.join('|')}> [who]
  member [groupId]                 a member of that group (default: the first demo group)
  intermediary [intermediaryCode]  staff of that intermediary (default: civic-activity-center)
  staff [departmentId|code]        city staff of that department (default: community-connection, the secretariat)
  reviewer                         a third-party evaluator (promotion committee)`;

/** `npm run --silent token -- <role> [who]`: a bearer token for a demo user. */
async function main(): Promise<void> {
  const [role, who] = process.argv.slice(2);
  if (!isRole(role)) {
    console.error(USAGE);
    process.exit(2);
  }
  const option = DEMO_PRINCIPAL_OPTION_BY_ROLE[role];
  if (who !== undefined && option === null) {
    console.error(`a ${role} demo user takes no [who]\n${USAGE}`);
    process.exit(2);
  }
  let principal;
  try {
    principal = demoPrincipal(role, who === undefined || option === null ? {} : { [option]: who });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const keys = await loadOrCreateSigningKeys(join(localDataDir(), 'keys'));
  console.log(await signAccessToken(principal, keys.privateKey));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
