import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, groupPolicies, isUuid, NotFoundError, requirePrincipal, type Principal } from '@tsunagaru/shared-kernel';
import { Group } from '../entities';
import { groupSubjectOf, isGroupVisibleTo } from '../policies';
import { IssueCollector, normalizeKana, validateProfile, type GroupProfileInput } from './group-validation';

/** 団体情報の更新: a group's own members, staff of its intermediary and city staff keep profiles current. */
export class GroupProfiles {
  constructor(private readonly em: EntityManager) {}

  async update(groupId: string, patch: GroupProfileInput, caller: Principal | null): Promise<Group> {
    const principal = requirePrincipal(caller);
    const group = isUuid(groupId) ? await this.em.findOne(Group, { id: groupId }) : null;
    // A group the caller may not see is, to them, no group at all.
    if (!group || !isGroupVisibleTo(principal, group)) throw new NotFoundError('Group', groupId);
    authorize(groupPolicies.editProfile, principal, groupSubjectOf(group));
    const issues = new IssueCollector();
    validateProfile(patch, issues, 'update');
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
    await this.em.flush();
    return group;
  }
}
