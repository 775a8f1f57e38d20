import { Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ENROLLMENTS_IN_ORDER_MADE, trainingPolicies, type TrainingEnrollment as TrainingEnrollmentEntity } from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, requires, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { TrainingEnrollmentConnection } from '../types/training-enrollment.type';

/** Fields engagement adds to the directory's Group; the root is the stub `{ id }`. */
@Resolver(() => GroupReference)
export class GroupEngagementResolver {
  @Authorized(requires(trainingPolicies.readGroupEnrollments, (group: GroupReference) => ({ groupId: group.id })))
  @FieldResolver(() => TrainingEnrollmentConnection, {
    // Nullable so that a refusal blanks this field only, not the whole parent object.
    nullable: true,
    description:
      "受講申込: the group's own enrolments in training, in the order made; city staff, intermediary staff and the group's own members only.",
  })
  async trainingEnrollments(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<TrainingEnrollmentEntity> | null> {
    const request = ENROLLMENTS_IN_ORDER_MADE.request(page);
    return toConnection(await context.loaders.enrollmentsByGroup.load(group.id, request));
  }

  @FieldResolver(() => Int, { nullable: true, description: '受講申込数: how many training programmes the group has enrolled in (public).' })
  async trainingEnrollmentCount(@Root() group: GroupReference, @Ctx() context: EngagementContext): Promise<number> {
    return context.loaders.enrollmentCountByGroup.load(group.id);
  }
}
