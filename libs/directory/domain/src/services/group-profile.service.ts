import type { EntityManager } from '@mikro-orm/postgresql';
import { canManageGroup, ForbiddenError, isUuid, NotFoundError, requirePrincipal, type Principal } from '@tsunagaru/shared-kernel';
import { Group } from '../entities';
import { IssueCollector, normalizeKana, validateProfile, type GroupProfileInput } from './group-validation';

/** 団体情報の更新: a group's own members, intermediary staff and city staff keep profiles current. */
export class GroupProfiles {
  constructor(private readonly em: EntityManager) {}

  async update(groupId: string, patch: GroupProfileInput, caller: Principal | null): Promise<Group> {
    const principal = requirePrincipal(caller);
    if (!canManageGroup(principal, groupId)) throw new ForbiddenError('Only the group\'s members or staff may update its profile.');
    const issues = new IssueCollector();
    validateProfile(patch, issues, 'update');
    issues.throwIfAny();

    const group = isUuid(groupId) ? await this.em.findOne(Group, { id: groupId }) : null;
    if (!group) throw new NotFoundError('Group', groupId);
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
