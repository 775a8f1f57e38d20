import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * Roles a verified caller can hold.
 * - `staff`: city staff (市職員), including collaboration coordinators.
 * - `intermediary`: staff of an intermediary support organisation (中間支援組織), e.g. the Civic Activity Center.
 * - `member`: a member of one or more civic groups (市民活動団体等), or an NPO app acting for one group.
 */
export type Role = 'staff' | 'intermediary' | 'member';
export const ROLES: readonly Role[] = ['staff', 'intermediary', 'member'];

/** The verified caller of a request. Anonymous callers have no principal at all. */
export interface Principal {
  subject: string;
  role: Role;
  displayName?: string;
  /** Groups this principal belongs to or acts for (members and NPO apps). */
  groupIds: string[];
  /** The intermediary a staff member works for, when role is `intermediary`. */
  intermediaryId?: string;
  /** The department a city staff member belongs to, when role is `staff`. */
  departmentId?: string;
}

export function requirePrincipal(principal: Principal | null | undefined): Principal {
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

export function requireRole(principal: Principal | null | undefined, ...roles: Role[]): Principal {
  const caller = requirePrincipal(principal);
  if (!roles.includes(caller.role)) throw new ForbiddenError();
  return caller;
}

/** City staff and intermediary staff look after every group; members only after their own. */
export function canManageGroup(principal: Principal | null | undefined, groupId: string): boolean {
  if (!principal) return false;
  if (principal.role === 'staff' || principal.role === 'intermediary') return true;
  return principal.groupIds.includes(groupId);
}
