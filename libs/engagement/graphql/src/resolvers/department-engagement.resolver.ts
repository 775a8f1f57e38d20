import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { POLICY_MEASURES_IN_GUIDELINE_ORDER, type PolicyMeasure as PolicyMeasureEntity } from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { PolicyMeasureConnection } from '../types/policy-measure.type';

/** Fields engagement adds to the directory's Department; the root is the stub `{ id }`. */
@Resolver(() => DepartmentReference)
export class DepartmentEngagementResolver {
  @FieldResolver(() => PolicyMeasureConnection, {
    nullable: true,
    description: "担当施策: the guideline measures this department leads, in the guideline's order. Batched across departments.",
  })
  async policyMeasures(
    @Root() department: DepartmentReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<PolicyMeasureEntity>> {
    const request = POLICY_MEASURES_IN_GUIDELINE_ORDER.request(page);
    return toConnection(await context.loaders.policyMeasuresByDepartment.load(department.id, request));
  }
}
