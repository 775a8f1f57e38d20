import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { GroupProfiles } from '@tsunagaru/directory-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import { UpdateGroupProfileInput } from '../inputs/group-profile.input';
import type { DirectoryContext } from '../loaders';
import { UpdateGroupProfilePayload } from '../types/group-payloads.type';

@Resolver()
export class GroupProfileResolver {
  @Mutation(() => UpdateGroupProfilePayload, {
    description: "団体情報の更新: the group's own members, staff of its intermediary or city staff change its public profile.",
  })
  async updateGroupProfile(
    @Arg('input', () => UpdateGroupProfileInput) input: UpdateGroupProfileInput,
    @Ctx() context: DirectoryContext,
  ) {
    const { groupId, ...patch } = input;
    return withUserErrors(async () => ({ group: await new GroupProfiles(context.em).update(groupId, patch, context.principal) }));
  }
}
