import { UnauthenticatedError } from '../errors';
import type { Scope } from './scopes';

/**
 * Roles a verified caller can hold. Only the caller predicates of this folder read a role;
 * everything else asks a policy (see `policy.ts`).
 * - `staff`: city staff (市職員), including collaboration coordinators.
 * - `intermediary`: staff of an intermediary support organisation (中間支援組織), e.g. the Civic Activity Center.
 * - `member`: a member of one or more civic groups (市民活動団体等), or an NPO app acting for one group.
 * - `reviewer`: a third-party evaluator of collaboration projects (評価・検証の第三者): a member of the
 *   promotion committee (推進委員会) or a reviewer it appoints. Belongs to no group, department or intermediary.
 */
export type Role = 'staff' | 'intermediary' | 'member' | 'reviewer';
export const ROLES: readonly Role[] = ['staff', 'intermediary', 'member', 'reviewer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

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
  /**
   * Present only on a delegated credential (an OAuth client acting for a group): it may do
   * no more than these scopes name. A person signed in carries none and has their role's rights.
   */
  scopes?: Scope[];
  /** The OAuth client id of a registered NPO app (API クライアント); absent for a person. */
  clientId?: string;
}

export function requirePrincipal(principal: Principal | null | undefined): Principal {
  if (!principal) throw new UnauthenticatedError();
  return principal;
}
