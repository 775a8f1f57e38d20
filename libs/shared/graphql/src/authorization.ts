import type { AuthCheckerFn } from 'type-graphql';
import { canManageGroup, ForbiddenError, requirePrincipal, type Role } from '@tsunagaru/shared-kernel';
import type { RequestContext } from './context';

/**
 * Access rules for `@Authorized(...)`. A field or operation is allowed when the caller
 * satisfies any of the listed rules; `@Authorized()` with none means "any signed-in caller".
 */
export const Access = {
  STAFF: 'staff',
  INTERMEDIARY: 'intermediary',
  MEMBER: 'member',
  /** A member of the group this object belongs to (the root's `groupId`, or its `id` for a Group). */
  OWN_GROUP_MEMBER: 'own-group-member',
} as const satisfies Record<string, Role | 'own-group-member'>;

export type AccessRule = (typeof Access)[keyof typeof Access];

function groupIdOf(root: unknown): string | undefined {
  if (!root || typeof root !== 'object') return undefined;
  const candidate = root as { groupId?: unknown; id?: unknown };
  if (typeof candidate.groupId === 'string') return candidate.groupId;
  return typeof candidate.id === 'string' ? candidate.id : undefined;
}

/** The one authorization mechanism of every subgraph, plugged into type-graphql. */
export const authChecker: AuthCheckerFn<RequestContext> = ({ root, context }, rules) => {
  const principal = requirePrincipal(context.principal);
  if (rules.length === 0) return true;
  const allowed = (rules as AccessRule[]).some((rule) => {
    if (rule === Access.OWN_GROUP_MEMBER) {
      const groupId = groupIdOf(root);
      return principal.role === 'member' && groupId !== undefined && canManageGroup(principal, groupId);
    }
    return principal.role === rule;
  });
  if (!allowed) throw new ForbiddenError('You are not allowed to see or change this.');
  return true;
};
