import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import {
  DEPARTMENTS_BY_CODE,
  INTERMEDIARIES_IN_READING_ORDER,
  OrganizationDirectory,
  type Department as DepartmentEntity,
  type Intermediary as IntermediaryEntity,
} from '@tsunagaru/directory-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { DirectoryContext } from '../loaders';
import { Department, DepartmentConnection } from '../types/department.type';
import { IntermediaryConnection } from '../types/intermediary.type';

@Resolver()
export class OrganizationQueryResolver {
  @Query(() => DepartmentConnection, { nullable: true, description: '市の部局: the city departments, by code.' })
  async departments(
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: DirectoryContext,
  ): Promise<ConnectionResult<DepartmentEntity>> {
    return toConnection(await new OrganizationDirectory(context.em).departments(DEPARTMENTS_BY_CODE.request(page)));
  }

  @Query(() => Department, { nullable: true, description: 'One department by id; null when unknown.' })
  async department(@Arg('id', () => ID) id: string, @Ctx() context: DirectoryContext): Promise<DepartmentEntity | null> {
    // The per-request loader, so a department asked for here and as a reference costs one lookup.
    return context.loaders.department.load(id);
  }

  @Query(() => IntermediaryConnection, { nullable: true, description: '中間支援組織: the intermediary support organisations, in reading order.' })
  async intermediaries(
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: DirectoryContext,
  ): Promise<ConnectionResult<IntermediaryEntity>> {
    return toConnection(await new OrganizationDirectory(context.em).intermediaries(INTERMEDIARIES_IN_READING_ORDER.request(page)));
  }
}
