import { Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  ENROLLMENTS_IN_ORDER_MADE,
  trainingPolicies,
  type TrainingEnrollment as TrainingEnrollmentEntity,
  type TrainingProgram as TrainingProgramEntity,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, requires, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { TrainingEnrollmentConnection } from '../types/training-enrollment.type';
import { TrainingProgram } from '../types/training-program.type';

@Resolver(() => TrainingProgram)
export class TrainingProgramFieldsResolver {
  @FieldResolver(() => DepartmentReference, { nullable: true, description: '主催課: the department that runs the programme.' })
  organizerDepartment(@Root() program: TrainingProgramEntity): DepartmentReference {
    return { id: program.organizerDepartmentId };
  }

  @FieldResolver(() => Int, { description: '申込済人数: participants enrolled so far (seats left = capacity − seatsTaken).' })
  async seatsTaken(@Root() program: TrainingProgramEntity, @Ctx() context: EngagementContext): Promise<number> {
    return context.loaders.seatsTaken.load(program.id);
  }

  @Authorized(requires(trainingPolicies.readProgramEnrollments, (program: TrainingProgramEntity) => ({ programId: program.id })))
  @FieldResolver(() => TrainingEnrollmentConnection, {
    // Nullable so that a refusal blanks this field only, not the whole parent object.
    nullable: true,
    description: '受講申込一覧: in the order made; city staff and intermediary staff only, since who attends is not public.',
  })
  async enrollments(
    @Root() program: TrainingProgramEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<TrainingEnrollmentEntity> | null> {
    const request = ENROLLMENTS_IN_ORDER_MADE.request(page);
    return toConnection(await context.loaders.enrollmentsByProgram.load(program.id, request));
  }
}
