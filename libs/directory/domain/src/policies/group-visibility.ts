import type { FilterQuery } from '@mikro-orm/postgresql';
import { allows, groupPolicies, isUuid, unregisteredGroupsVisibleTo, type GroupSubject, type Principal } from '@tsunagaru/shared-kernel';
import type { Group } from '../entities/group.entity';
import { RegistrationStatus } from '../entities/registration-status';

/** The group as the kernel's group policies see it. */
export function groupSubjectOf(group: Pick<Group, 'id' | 'registeredAtIntermediaryId'>): GroupSubject {
  return { groupId: group.id, intermediaryId: group.registeredAtIntermediaryId };
}

/**
 * Who may see a group at all: a registered group is public; a pending or rejected one only
 * to whoever passes `groupPolicies.seeUnregistered` (city staff, staff of the intermediary
 * where it applied, its own members). Every road to a Group applies this: `group(id)`,
 * `groups`, the entity reference resolver, mutations that name a group.
 */
export function isGroupVisibleTo(principal: Principal | null | undefined, group: Pick<Group, 'id' | 'registeredAtIntermediaryId' | 'registrationStatus'>): boolean {
  if (group.registrationStatus === RegistrationStatus.REGISTERED) return true;
  return allows(groupPolicies.seeUnregistered, principal, groupSubjectOf(group));
}

/** The same rule as a query condition, so lists are filtered in SQL and page sizes stay true. */
export function visibleGroupsWhere(principal: Principal | null | undefined): FilterQuery<Group> {
  const unregistered = unregisteredGroupsVisibleTo(principal);
  if (unregistered.all) return {};
  // Ids come from a token; one that is not a uuid names no row and must not reach a uuid column.
  const intermediaryIds = unregistered.intermediaryIds.filter(isUuid);
  const groupIds = unregistered.groupIds.filter(isUuid);
  const visible: FilterQuery<Group>[] = [{ registrationStatus: RegistrationStatus.REGISTERED }];
  if (intermediaryIds.length > 0) visible.push({ registeredAtIntermediaryId: { $in: intermediaryIds } });
  if (groupIds.length > 0) visible.push({ id: { $in: groupIds } });
  return visible.length === 1 ? visible[0] : { $or: visible };
}
