import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { TrainingEnrollments } from '@tsunagaru/engagement-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import { EnrollInTrainingInput } from '../inputs/enroll-in-training.input';
import type { EngagementContext } from '../loaders';
import { EnrollInTrainingPayload } from '../types/enroll-in-training-payload.type';

@Resolver()
export class TrainingEnrollmentResolver {
  @Mutation(() => EnrollInTrainingPayload, {
    description:
      '受講申込: enrol a group in a programme open to groups (citizen programmes, internships, expert consultations). ' +
      "The group's own members, intermediary staff or city staff; CONFLICT when the group is already in or the seats do not suffice.",
  })
  async enrollInTraining(
    @Arg('input', () => EnrollInTrainingInput) input: EnrollInTrainingInput,
    @Ctx() context: EngagementContext,
  ) {
    return withUserErrors(async () => ({
      enrollment: await new TrainingEnrollments(context.em).enroll(
        { programId: input.programId, groupId: input.groupId, participants: input.participants },
        context.principal,
      ),
    }));
  }
}
