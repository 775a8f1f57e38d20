import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PolicyMeasureCatalog, type PolicyMeasure as PolicyMeasureEntity } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';
import { PolicyPriorityClass } from '../types/engagement-enums';
import { PolicyMeasure } from '../types/policy-measure.type';

@Resolver(() => PolicyMeasure)
export class PolicyMeasureQueryResolver {
  @Query(() => [PolicyMeasure], { description: '施策一覧: the guideline\'s measures in its order, optionally of one priority class.' })
  async policyMeasures(
    @Arg('priorityClass', () => PolicyPriorityClass, { nullable: true }) priorityClass: PolicyPriorityClass | null,
    @Ctx() context: EngagementContext,
  ): Promise<PolicyMeasureEntity[]> {
    return new PolicyMeasureCatalog(context.em).list(priorityClass);
  }

  @Query(() => PolicyMeasure, { nullable: true, description: 'One measure by id; null when unknown.' })
  async policyMeasure(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<PolicyMeasureEntity | null> {
    return new PolicyMeasureCatalog(context.em).findById(id);
  }
}
