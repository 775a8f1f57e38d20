import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isGroupVisibleTo, type ApiClient as ApiClientEntity, type Department as DepartmentEntity, type Group as GroupEntity } from '@tsunagaru/directory-domain';
import { describeViewer } from '@tsunagaru/shared-kernel';
import type { DirectoryContext } from '../loaders';
import { Department } from '../types/department.type';
import { Group } from '../types/group.type';
import { Intermediary } from '../types/intermediary.type';
import type { Intermediary as IntermediaryEntity } from '@tsunagaru/directory-domain';
import { ApiClient } from './api-client.type';
import { Viewer, type ViewerSource } from './viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: 'Who am I: the caller as the graph sees its token (role, groups, department, and for an app its scopes and client); null for an anonymous caller.',
  })
  viewer(@Ctx() context: DirectoryContext): ViewerSource | null {
    return describeViewer(context.principal) as ViewerSource | null;
  }

  @FieldResolver(() => [Group], { nullable: true, description: 'The groups the caller belongs to or, for an app, acts for (at most 20).' })
  async groups(@Root() viewer: ViewerSource, @Ctx() context: DirectoryContext): Promise<GroupEntity[]> {
    const groups = await Promise.all(viewer.groupIds.map((id) => context.loaders.group.load(id)));
    return groups.filter((group): group is GroupEntity => group !== null && isGroupVisibleTo(context.principal, group));
  }

  @FieldResolver(() => Department, { nullable: true, description: '担当課: the department of a city staff member; null for anyone else.' })
  async department(@Root() viewer: ViewerSource, @Ctx() context: DirectoryContext): Promise<DepartmentEntity | null> {
    return viewer.departmentId ? context.loaders.department.load(viewer.departmentId) : null;
  }

  @FieldResolver(() => Intermediary, { nullable: true, description: '中間支援組織: the intermediary a staff member works for; null for anyone else.' })
  async intermediary(@Root() viewer: ViewerSource, @Ctx() context: DirectoryContext): Promise<IntermediaryEntity | null> {
    return viewer.intermediaryId ? context.loaders.intermediary.load(viewer.intermediaryId) : null;
  }

  @FieldResolver(() => ApiClient, { nullable: true, description: 'For an app: its registration (client id, name, scopes); null for a person.' })
  async client(@Root() viewer: ViewerSource, @Ctx() context: DirectoryContext): Promise<ApiClientEntity | null> {
    return viewer.clientId ? context.loaders.apiClient.load(viewer.clientId) : null;
  }
}
