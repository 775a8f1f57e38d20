import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { trainingPolicies, type TrainingEnrollment as TrainingEnrollmentEntity } from '@tsunagaru/engagement-domain';
import { requires } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { TrainingEnrollment } from '../types/training-enrollment.type';

/** Fields engagement adds to the directory's Group; the root is the stub `{ id }`. */
@Resolver(() => GroupReference)
export class GroupEngagementResolver {
  @Authorized(requires(trainingPolicies.readGroupEnrollments, (group: GroupReference) => ({ groupId: group.id })))
  @FieldResolver(() => [TrainingEnrollment], {
    // Nullable so that a refusal blanks this field only, not the whole parent object.
    nullable: true,
    description: "受講申込: the group's own enrolments in training; city staff, intermediary staff and the group's own members only.",
  })
  async trainingEnrollments(@Root() group: GroupReference, @Ctx() context: EngagementContext): Promise<TrainingEnrollmentEntity[] | null> {
    return context.loaders.enrollmentsByGroup.load(group.id);
  }

  @FieldResolver(() => Int, { description: '受講申込数: how many training programmes the group has enrolled in (public).' })
  async trainingEnrollmentCount(@Root() group: GroupReference, @Ctx() context: EngagementContext): Promise<number> {
    return context.loaders.enrollmentCountByGroup.load(group.id);
  }
}
