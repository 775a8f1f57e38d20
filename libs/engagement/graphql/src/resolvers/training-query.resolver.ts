import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { TrainingCatalog, type TrainingProgram as TrainingProgramEntity } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';
import { TrainingAudience } from '../types/engagement-enums';
import { TrainingProgram } from '../types/training-program.type';

@Resolver(() => TrainingProgram)
export class TrainingQueryResolver {
  @Query(() => [TrainingProgram], {
    description: '研修カレンダー: training programmes, newest fiscal year first, optionally of one fiscal year or audience.',
  })
  async trainingPrograms(
    @Arg('fiscalYear', () => Int, { nullable: true, description: '年度, e.g. 2020 for FY2020.' }) fiscalYear: number | null,
    @Arg('audience', () => TrainingAudience, { nullable: true }) audience: TrainingAudience | null,
    @Ctx() context: EngagementContext,
  ): Promise<TrainingProgramEntity[]> {
    return new TrainingCatalog(context.em).list({ fiscalYear, audience });
  }

  @Query(() => TrainingProgram, { nullable: true, description: 'One training programme by id; null when unknown.' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<TrainingProgramEntity | null> {
    return new TrainingCatalog(context.em).findById(id);
  }
}
