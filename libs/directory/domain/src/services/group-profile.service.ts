import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, groupPolicies, isUuid, NotFoundError, requirePrincipal, type Principal } from '@tsunagaru/shared-kernel';
import { Group } from '../entities';
import { groupSubjectOf, isGroupVisibleTo } from '../policies';
import { IssueCollector, normalizeKana, validateProfile, type GroupProfileInput } from './group-validation';

/** 団体情報の更新: a group's own members, staff of its intermediary and city staff keep profiles current. */
export class GroupProfiles {
  constructor(private readonly em: EntityManager) {}

  /**
   * The group's row is locked (select … for update) from the check to the write, so who may
   * edit is decided on the state the patch is written over: a decision on the registration
   * or another edit that lands meanwhile waits, and concurrent edits of different fields
   * all stand, none overwriting another with what it read before.
   */
  async update(groupId: string, patch: GroupProfileInput, caller: Principal | null): Promise<Group> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    validateProfile(patch, issues, 'update');
    return this.em.transactional(async (tx) => {
      const group = isUuid(groupId)
        ? await tx.findOne(Group, { id: groupId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      // A group the caller may not see is, to them, no group at all.
      if (!group || !isGroupVisibleTo(principal, group)) throw new NotFoundError('Group', groupId);
      authorize(groupPolicies.editProfile, principal, groupSubjectOf(group));
      issues.throwIfAny();

      if (patch.name != null) group.name = patch.name.trim();
      if (patch.nameKana != null) group.nameKana = normalizeKana(patch.nameKana);
      if (patch.organizationType != null) group.organizationType = patch.organizationType;
      if (patch.activityFields != null) group.activityFields = patch.activityFields;
      if (patch.districts != null) group.districts = patch.districts;
      if (patch.description !== undefined) group.description = patch.description?.trim() ?? '';
      if (patch.foundedOn !== undefined) group.foundedOn = patch.foundedOn;
      if (patch.memberCount !== undefined) group.memberCount = patch.memberCount;
      if (patch.publicEmail !== undefined) group.publicEmail = patch.publicEmail;
      if (patch.publicPhone !== undefined) group.publicPhone = patch.publicPhone;
      if (patch.website !== undefined) group.website = patch.website;
      await tx.flush();
      return group;
    });
  }
}
