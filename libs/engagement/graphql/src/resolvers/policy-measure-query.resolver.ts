import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import {
  POLICY_MEASURES_IN_GUIDELINE_ORDER,
  PolicyMeasureCatalog,
  type PolicyMeasure as PolicyMeasureEntity,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { PolicyPriorityClass } from '../types/engagement-enums';
import { PolicyMeasure, PolicyMeasureConnection } from '../types/policy-measure.type';

@Resolver(() => PolicyMeasure)
export class PolicyMeasureQueryResolver {
  @Query(() => PolicyMeasureConnection, { nullable: true, description: "施策一覧: the guideline's measures in its order, optionally of one priority class." })
  async policyMeasures(
    @Arg('priorityClass', () => PolicyPriorityClass, { nullable: true }) priorityClass: PolicyPriorityClass | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<PolicyMeasureEntity>> {
    const request = POLICY_MEASURES_IN_GUIDELINE_ORDER.request(page);
    return toConnection(await new PolicyMeasureCatalog(context.em).list(priorityClass, request));
  }

  @Query(() => PolicyMeasure, { nullable: true, description: 'One measure by id; null when unknown.' })
  async policyMeasure(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<PolicyMeasureEntity | null> {
    return context.loaders.policyMeasure.load(id);
  }
}
