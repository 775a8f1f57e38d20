import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  groupSubjectOf,
  type Group as GroupEntity,
  type GroupPrivateContact as GroupPrivateContactEntity,
  type Intermediary as IntermediaryEntity,
} from '@tsunagaru/directory-domain';
import { groupPolicies } from '@tsunagaru/shared-kernel';
import { requires } from '@tsunagaru/shared-graphql';
import type { DirectoryContext } from '../loaders';
import { Group, GroupPrivateContact, PublicContact } from '../types/group.type';
import { Intermediary } from '../types/intermediary.type';

const readPrivateData = requires(groupPolicies.readPrivateData, (group: GroupEntity) => groupSubjectOf(group));

@Resolver(() => Group)
export class GroupFieldsResolver {
  @FieldResolver(() => PublicContact, { description: '公開連絡先' })
  publicContact(@Root() group: GroupEntity): PublicContact {
    return { email: group.publicEmail, phone: group.publicPhone };
  }

  @FieldResolver(() => Intermediary, {
    nullable: true,
    description: 'The intermediary where the group applied and is registered (登録先); its staff decide on the registration.',
  })
  async registeredAt(@Root() group: GroupEntity, @Ctx() context: DirectoryContext): Promise<IntermediaryEntity | null> {
    return group.registeredAtIntermediaryId ? context.loaders.intermediary.load(group.registeredAtIntermediaryId) : null;
  }

  @Authorized(readPrivateData)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "登録不可の理由: why an application was rejected; city staff, staff of the group's intermediary and the group's own members only.",
  })
  rejectionReason(@Root() group: GroupEntity): string | null {
    return group.rejectionReason;
  }

  @Authorized(readPrivateData)
  @FieldResolver(() => GroupPrivateContact, {
    nullable: true,
    description:
      "代表者連絡先: city staff, staff of the group's intermediary and the group's own members only; others get FORBIDDEN or UNAUTHENTICATED.",
  })
  async privateContact(@Root() group: GroupEntity, @Ctx() context: DirectoryContext): Promise<GroupPrivateContactEntity | null> {
    return context.loaders.privateContact.load(group.id);
  }
}
