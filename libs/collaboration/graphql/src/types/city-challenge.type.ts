import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityField, ConnectionType, DateScalar, DateTimeScalar, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

@Directive(CACHE_PUBLIC)
@ObjectType('CityChallenge', {
  description: '市が抱えている課題 (6(3)ア): a challenge a department publishes, inviting groups to propose how to take it on. Public.',
})
export class CityChallenge {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ActivityField)
  activityField!: ActivityField;

  @Field(() => DateScalar, { description: '募集開始: proposals answering it are taken from this day.' })
  opensOn!: string;

  @Field(() => DateScalar, { description: '募集締切: the last day proposals are taken.' })
  closesOn!: string;

  @Field(() => Int, { description: '年度 of opensOn.' })
  fiscalYear!: number;

  @Field(() => DateTimeScalar, { description: '公開日時' })
  publishedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('CityChallengeConnection', { description: 'A page of city challenges, latest opening first.' })
export class CityChallengeConnection extends ConnectionType(CityChallenge, 'CityChallenge') {}

@ObjectType('Consultation', { description: '協議: a consultation meeting of the parties after adoption. Private to the parties, the secretariat and reviewers.' })
export class Consultation {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: '開催日' })
  heldOn!: string;

  @Field(() => [String], { description: '参加者 (at most 30).' })
  participants!: string[];

  @Field(() => String, { description: '協議内容' })
  notes!: string;

  @Field(() => String, { description: '次回までの対応' })
  nextSteps!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

@ObjectType('ConsultationConnection', { description: 'Consultations of a proposal, latest first.' })
export class ConsultationConnection extends ConnectionType(Consultation, 'Consultation') {}
