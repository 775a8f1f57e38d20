import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Group as GroupEntity, GroupPrivateContact as GroupPrivateContactEntity, Intermediary as IntermediaryEntity } from '@tsunagaru/directory-domain';
import { Access } from '@tsunagaru/shared-graphql';
import type { DirectoryContext } from '../loaders';
import { Group, GroupPrivateContact, PublicContact } from '../types/group.type';
import { Intermediary } from '../types/intermediary.type';

@Resolver(() => Group)
export class GroupFieldsResolver {
  @FieldResolver(() => PublicContact, { description: '公開連絡先' })
  publicContact(@Root() group: GroupEntity): PublicContact {
    return { email: group.publicEmail, phone: group.publicPhone };
  }

  @FieldResolver(() => Intermediary, { nullable: true, description: 'The intermediary that registered the group (登録先).' })
  async registeredAt(@Root() group: GroupEntity, @Ctx() context: DirectoryContext): Promise<IntermediaryEntity | null> {
    return group.registeredAtIntermediaryId ? context.loaders.intermediary.load(group.registeredAtIntermediaryId) : null;
  }

  @Authorized(Access.STAFF, Access.INTERMEDIARY, Access.OWN_GROUP_MEMBER)
  @FieldResolver(() => String, {
    nullable: true,
    description: '登録不可の理由: why an application was rejected; staff and the group\'s own members only.',
  })
  rejectionReason(@Root() group: GroupEntity): string | null {
    return group.rejectionReason;
  }

  @Authorized(Access.STAFF, Access.INTERMEDIARY, Access.OWN_GROUP_MEMBER)
  @FieldResolver(() => GroupPrivateContact, {
    nullable: true,
    description: '代表者連絡先: city staff, intermediary staff and the group\'s own members only; others get FORBIDDEN or UNAUTHENTICATED.',
  })
  async privateContact(@Root() group: GroupEntity, @Ctx() context: DirectoryContext): Promise<GroupPrivateContactEntity | null> {
    return context.loaders.privateContact.load(group.id);
  }
}
