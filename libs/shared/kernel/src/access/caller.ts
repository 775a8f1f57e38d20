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

  /** City staff of this department (担当課); never true for a record that names no department. */
  isStaffOfDepartment(departmentId: string | null | undefined): boolean {
    return this.isCityStaff() && departmentId != null && this.principal.departmentId === departmentId;
  }

  /**
   * A third-party evaluator (第三者): a member of the promotion committee or a reviewer it
   * appointed. Never an app: no scope lends an app a reviewer's rights.
   */
  isReviewer(): boolean {
    return this.principal.scopes === undefined && this.principal.role === 'reviewer';
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

  /** The departments whose records this caller looks after as city staff (for list queries). */
  staffedDepartmentIds(): string[] {
    return this.isCityStaff() && this.principal.departmentId ? [this.principal.departmentId] : [];
  }

  /** The groups this caller acts for under the policy's scope (for list queries). */
  groupIdsActedFor(): string[] {
    return this.holdsScope ? [...this.principal.groupIds] : [];
  }
}
