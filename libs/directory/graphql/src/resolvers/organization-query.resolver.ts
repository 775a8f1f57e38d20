import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { OrganizationDirectory, type Department as DepartmentEntity, type Intermediary as IntermediaryEntity } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';
import { Department } from '../types/department.type';
import { Intermediary } from '../types/intermediary.type';

@Resolver()
export class OrganizationQueryResolver {
  @Query(() => [Department], { description: '市の部局: every city department, by code.' })
  async departments(@Ctx() context: DirectoryContext): Promise<DepartmentEntity[]> {
    return new OrganizationDirectory(context.em).departments();
  }

  @Query(() => Department, { nullable: true, description: 'One city department by id; null when unknown.' })
  async department(@Arg('id', () => ID) id: string, @Ctx() context: DirectoryContext): Promise<DepartmentEntity | null> {
    // The per-request loader, so a department asked for here and as a reference costs one lookup.
    return context.loaders.department.load(id);
  }

  @Query(() => [Intermediary], { description: '中間支援組織: every intermediary support organisation.' })
  async intermediaries(@Ctx() context: DirectoryContext): Promise<IntermediaryEntity[]> {
    return new OrganizationDirectory(context.em).intermediaries();
  }
}
