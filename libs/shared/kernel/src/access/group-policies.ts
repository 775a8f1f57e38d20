import { Caller } from './caller';
import { definePolicy, type Policy } from './policy';
import type { Principal } from './principal';

/**
 * A group as the group policies see it: its id and the intermediary (中間支援組織) where it
 * applied for registration and is registered. That intermediary holds the group's record,
 * so its staff (and city staff) look after it; staff of other intermediaries do not.
 */
export interface GroupSubject {
  groupId: string;
  intermediaryId: string | null;
}

/** A group known only by its id, as subgraphs other than directory know it. */
export interface GroupIdSubject {
  groupId: string;
}

/** City staff, staff of the group's intermediary, and the group itself (its members, or an app with the scope). */
function looksAfterGroupRecord(caller: Caller, group: GroupSubject): boolean {
  return caller.isCityStaff() || caller.isStaffOfIntermediary(group.intermediaryId) || caller.actsFor(group.groupId);
}

/** Policies about groups that every subgraph may need. */
export const groupPolicies = {
  /**
   * May see a group that is not registered (登録申請中 or 登録不可). Registered groups are
   * public; whoever may not pass this policy must not learn that an unregistered group exists.
   */
  seeUnregistered: definePolicy<GroupSubject>(
    'group.seeUnregistered',
    { scope: 'group:read', denial: 'This group is not registered.' },
    looksAfterGroupRecord,
  ),

  /** May read the group's private data: the representative's contact (代表者連絡先), a rejection reason. */
  readPrivateData: definePolicy<GroupSubject>(
    'group.readPrivateData',
    { scope: 'group:read-private', denial: "Only the group's members, staff of its intermediary and city staff may see this." },
    looksAfterGroupRecord,
  ),

  /** May change the group's profile (団体情報の更新). */
  editProfile: definePolicy<GroupSubject>(
    'group.editProfile',
    { scope: 'group:write', denial: "Only the group's members, staff of its intermediary and city staff may update its profile." },
    looksAfterGroupRecord,
  ),
} satisfies Record<string, Policy<GroupSubject>>;

/**
 * The unregistered groups a caller may see, as a query can select them: every one, or
 * those registered at some intermediaries plus some groups by id. It is the list form of
 * `groupPolicies.seeUnregistered` and agrees with it for every caller (tests check both).
 */
export type UnregisteredGroupScope =
  | { all: true }
  | { all: false; intermediaryIds: string[]; groupIds: string[] };

export function unregisteredGroupsVisibleTo(principal: Principal | null | undefined): UnregisteredGroupScope {
  if (!principal) return { all: false, intermediaryIds: [], groupIds: [] };
  const caller = new Caller(principal, groupPolicies.seeUnregistered.scope);
  if (caller.isCityStaff()) return { all: true };
  return { all: false, intermediaryIds: caller.staffedIntermediaryIds(), groupIds: caller.groupIdsActedFor() };
}

export function scopeCovers(scope: UnregisteredGroupScope, group: GroupSubject): boolean {
  if (scope.all) return true;
  return (group.intermediaryId !== null && scope.intermediaryIds.includes(group.intermediaryId)) || scope.groupIds.includes(group.groupId);
}
