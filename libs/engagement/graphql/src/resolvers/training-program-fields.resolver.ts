import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  trainingPolicies,
  type TrainingEnrollment as TrainingEnrollmentEntity,
  type TrainingProgram as TrainingProgramEntity,
} from '@tsunagaru/engagement-domain';
import { requires } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { TrainingEnrollment } from '../types/training-enrollment.type';
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
  @FieldResolver(() => [TrainingEnrollment], {
    // Nullable so that a refusal blanks this field only, not the whole parent object.
    nullable: true,
    description: '受講申込一覧: city staff and intermediary staff only, since who attends is not public.',
  })
  async enrollments(@Root() program: TrainingProgramEntity, @Ctx() context: EngagementContext): Promise<TrainingEnrollmentEntity[] | null> {
    return context.loaders.enrollmentsByProgram.load(program.id);
  }
}
