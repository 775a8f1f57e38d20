import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import {
  TRAINING_PROGRAMS_NEWEST_YEAR_FIRST,
  TrainingCatalog,
  type TrainingProgram as TrainingProgramEntity,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { TrainingAudience } from '../types/engagement-enums';
import { TrainingProgram, TrainingProgramConnection } from '../types/training-program.type';

@Resolver(() => TrainingProgram)
export class TrainingQueryResolver {
  @Query(() => TrainingProgramConnection, {
    nullable: true,
    description: '研修カレンダー: training programmes, newest fiscal year first, optionally of one fiscal year or audience.',
  })
  async trainingPrograms(
    @Arg('fiscalYear', () => Int, { nullable: true, description: '年度, e.g. 2020 for FY2020.' }) fiscalYear: number | null,
    @Arg('audience', () => TrainingAudience, { nullable: true }) audience: TrainingAudience | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<TrainingProgramEntity>> {
    const request = TRAINING_PROGRAMS_NEWEST_YEAR_FIRST.request(page);
    return toConnection(await new TrainingCatalog(context.em).list({ fiscalYear, audience }, request));
  }

  @Query(() => TrainingProgram, { nullable: true, description: 'One training programme by id; null when unknown.' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<TrainingProgramEntity | null> {
    return context.loaders.trainingProgram.load(id);
  }
}
