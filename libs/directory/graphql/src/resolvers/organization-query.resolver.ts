import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Department as DepartmentEntity, Intermediary as IntermediaryEntity } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';
import { Department } from '../types/department.type';
import { Intermediary } from '../types/intermediary.type';

@Resolver()
export class OrganizationQueryResolver {
  @Query(() => [Department], { description: '市の部局: every city department, by code.' })
  async departments(@Ctx() context: DirectoryContext): Promise<DepartmentEntity[]> {
    return context.em.find(DepartmentEntity, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Department, { nullable: true })
  async department(@Arg('id', () => ID) id: string, @Ctx() context: DirectoryContext): Promise<DepartmentEntity | null> {
    return context.loaders.department.load(id);
  }

  @Query(() => [Intermediary], { description: '中間支援組織: every intermediary support organisation.' })
  async intermediaries(@Ctx() context: DirectoryContext): Promise<IntermediaryEntity[]> {
    return context.em.find(IntermediaryEntity, {}, { orderBy: { nameKana: 'asc' } });
  }
}
