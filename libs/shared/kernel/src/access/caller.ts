import type { Principal } from './principal';
import type { Scope } from './scopes';

/**
 * A signed-in principal as one policy sees it: the questions a rule may ask about who is
 * calling. This is the one place that reads a role, so a new kind of principal (a reviewer,
 * department-scoped staff, an app acting for a group) changes these answers, not the rules
 * or their call sites.
 *
 * A delegated credential (one that carries scopes) passes none of these checks unless it
 * holds the scope the policy names: an app can never borrow more than it was granted.
 */
export class Caller {
  constructor(
    readonly principal: Principal,
    /** The scope the policy being decided names, if any. */
    private readonly scope?: Scope,
  ) {}

  private get holdsScope(): boolean {
    const granted = this.principal.scopes;
    if (granted === undefined) return true;
    return this.scope !== undefined && granted.includes(this.scope);
  }

  /** City staff (市職員), of any department. */
  isCityStaff(): boolean {
    return this.holdsScope && this.principal.role === 'staff';
  }

  /** Staff of any intermediary support organisation (中間支援組織). */
  isIntermediaryStaff(): boolean {
    return this.holdsScope && this.principal.role === 'intermediary' && Boolean(this.principal.intermediaryId);
  }

  /** Staff of this intermediary; never true for a record that names no intermediary. */
  isStaffOfIntermediary(intermediaryId: string | null | undefined): boolean {
    return this.isIntermediaryStaff() && intermediaryId != null && this.principal.intermediaryId === intermediaryId;
  }

  /** A member of the group, or an app acting for it with the policy's scope. */
  actsFor(groupId: string | null | undefined): boolean {
    return this.holdsScope && groupId != null && this.principal.groupIds.includes(groupId);
  }

  /** The intermediaries whose records this caller looks after as staff (for list queries). */
  staffedIntermediaryIds(): string[] {
    return this.isIntermediaryStaff() ? [this.principal.intermediaryId!] : [];
  }

  /** The groups this caller acts for under the policy's scope (for list queries). */
  groupIdsActedFor(): string[] {
    return this.holdsScope ? [...this.principal.groupIds] : [];
  }
}
