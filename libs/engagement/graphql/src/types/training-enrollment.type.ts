import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

@Directive(CACHE_PUBLIC)
@ObjectType('TrainingEnrollment', { description: '受講申込: a group\'s enrolment in a training programme. Who attends is not public.' })
export class TrainingEnrollment {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '参加人数: people from the group taking part.' })
  participants!: number;

  @Field(() => DateScalar, { description: '申込日: the day, in Japan, the group enrolled.' })
  enrolledOn!: string;

  @Field(() => Boolean, { description: '出席: whether the group took part (false until attendance is recorded).' })
  attended!: boolean;
}

@Directive(CACHE_PUBLIC)
@ObjectType('TrainingEnrollmentConnection', { description: 'A page of training enrolments (受講申込), in the order made.' })
export class TrainingEnrollmentConnection extends ConnectionType(TrainingEnrollment, 'TrainingEnrollment') {}
