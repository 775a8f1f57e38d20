import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GroupDirectory, isGroupVisibleTo, type Group as GroupEntity } from '@tsunagaru/directory-domain';
import { ForwardPaginationArgs, toConnection, withArgumentPath, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { GroupFilter } from '../inputs/group-filter.input';
import type { DirectoryContext } from '../loaders';
import { Group } from '../types/group.type';
import { GroupConnection } from '../types/group-connection.type';
import { GroupStatistics } from '../types/group-statistics.type';

@Resolver(() => Group)
export class GroupQueryResolver {
  @Query(() => GroupConnection, { nullable: true, description: '団体検索: registered groups in reading order, filtered and paged.' })
  async groups(
    @Arg('filter', () => GroupFilter, { nullable: true }) filter: GroupFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: DirectoryContext,
  ): Promise<ConnectionResult<GroupEntity>> {
    const request = GroupDirectory.orderFor(filter).request(page);
    return withArgumentPath('filter', async () => toConnection(await new GroupDirectory(context.em).list(filter ?? {}, request, context.principal)));
  }

  @Query(() => Group, {
    nullable: true,
    description:
      'One group by id; null when unknown or not visible to the caller. A pending or rejected group is visible only to city staff, staff of the intermediary where it applied and its own members, here and on every other path to it.',
  })
  async group(@Arg('id', () => ID) id: string, @Ctx() context: DirectoryContext): Promise<GroupEntity | null> {
    const group = await context.loaders.group.load(id);
    return group && isGroupVisibleTo(context.principal, group) ? group : null;
  }

  @Query(() => GroupStatistics, { nullable: true, description: '登録団体の統計: totals by activity field and organisation type.' })
  async groupStatistics(@Ctx() context: DirectoryContext): Promise<GroupStatistics> {
    return new GroupDirectory(context.em).statistics();
  }
}
