import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GroupDirectory, type Group as GroupEntity } from '@tsunagaru/directory-domain';
import { decodeCursor, ForwardPaginationArgs, pageSizeOf, toConnection } from '@tsunagaru/shared-graphql';
import { GroupFilter } from '../inputs/group-filter.input';
import type { DirectoryContext } from '../loaders';
import { Group } from '../types/group.type';
import { GroupConnection } from '../types/group-connection.type';
import { GroupStatistics } from '../types/group-statistics.type';

@Resolver(() => Group)
export class GroupQueryResolver {
  @Query(() => GroupConnection, { description: '団体検索: registered groups in reading order, filtered and paged.' })
  async groups(
    @Arg('filter', () => GroupFilter, { nullable: true }) filter: GroupFilter | null,
    @Args(() => ForwardPaginationArgs) { first, after }: ForwardPaginationArgs,
    @Ctx() context: DirectoryContext,
  ): Promise<GroupConnection> {
    const pageSize = pageSizeOf(first);
    const afterKey = decodeCursor(after, 2) as [string, string] | null;
    const { rows, totalCount } = await new GroupDirectory(context.em).list(
      filter ?? {},
      { first: pageSize, after: afterKey },
      context.principal,
    );
    return toConnection<GroupEntity>(rows, pageSize, totalCount, afterKey !== null, (row) => [row.nameKana, row.id]);
  }

  @Query(() => Group, {
    nullable: true,
    description:
      'One group by id; null when unknown or not visible to the caller. A pending or rejected group is visible only to city staff, staff of the intermediary where it applied and its own members, here and on every other path to it.',
  })
  async group(@Arg('id', () => ID) id: string, @Ctx() context: DirectoryContext): Promise<GroupEntity | null> {
    return new GroupDirectory(context.em).findVisible(id, context.principal);
  }

  @Query(() => GroupStatistics, { description: '登録団体の統計: totals by activity field and organisation type.' })
  async groupStatistics(@Ctx() context: DirectoryContext): Promise<GroupStatistics> {
    return new GroupDirectory(context.em).statistics();
  }
}
