import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, CACHE_PUBLIC, DateTimeScalar } from '@tsunagaru/shared-graphql';
import { TrainingAudience, TrainingFormat } from './engagement-enums';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('TrainingProgram', {
  description:
    '研修・ワークショップ: a training programme — staff collaboration training (協働研修), a citizen workshop, an internship or expert consultations (専門相談).',
})
export class TrainingProgram {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable short code, e.g. "fy2020-citizen-internship".' })
  code!: string;

  @Field(() => String, { description: '研修名' })
  title!: string;

  @Field(() => String, { description: '内容' })
  description!: string;

  @Field(() => TrainingAudience, { description: '対象' })
  audience!: TrainingAudience;

  @Field(() => TrainingFormat, { description: '形式' })
  format!: TrainingFormat;

  @Field(() => Int, { description: '年度 (fiscal year, named by the year it starts: 2019 = FY2019).' })
  fiscalYear!: number;

  @Field(() => Int, { description: '定員: participants (people, not groups) the programme can take.' })
  capacity!: number;

  @Field(() => DateTimeScalar, { description: '更新日時: last change of the programme (the open data change feed, updatedSince).' })
  updatedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('TrainingProgramConnection', { description: 'A page of training programmes (研修), newest fiscal year first, then by code.' })
export class TrainingProgramConnection extends ConnectionType(TrainingProgram, 'TrainingProgram') {}
