import type { KeyLike } from 'jose';
import { signAccessToken } from '@tsunagaru/shared-auth';
import { demoPrincipal } from '@tsunagaru/shared-demo-data';
import type { Role } from '@tsunagaru/shared-kernel';

const DEMO_ROLES: Role[] = ['staff', 'intermediary', 'member', 'reviewer'];

/** Fresh demo tokens for GraphiQL's buttons under `npm start` (signed with the development key). */
export function demoTokenSource(privateKey: KeyLike): () => Promise<Array<{ label: string; token: string }>> {
  return async () => Promise.all(DEMO_ROLES.map(async (role) => ({ label: role, token: await signAccessToken(demoPrincipal(role), privateKey) })));
}
