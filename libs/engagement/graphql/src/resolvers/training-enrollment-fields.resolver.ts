import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type {
  TrainingEnrollment as TrainingEnrollmentEntity,
  TrainingProgram as TrainingProgramEntity,
} from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { TrainingEnrollment } from '../types/training-enrollment.type';
import { TrainingProgram } from '../types/training-program.type';

@Resolver(() => TrainingEnrollment)
export class TrainingEnrollmentFieldsResolver {
  @FieldResolver(() => TrainingProgram, { description: '研修' })
  async program(@Root() enrollment: TrainingEnrollmentEntity, @Ctx() context: EngagementContext): Promise<TrainingProgramEntity> {
    const program = await context.loaders.trainingProgram.load(enrollment.programId);
    // program_id is a foreign key, so the programme exists.
    return program!;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: '申込団体' })
  group(@Root() enrollment: TrainingEnrollmentEntity): GroupReference {
    return { id: enrollment.groupId };
  }
}
