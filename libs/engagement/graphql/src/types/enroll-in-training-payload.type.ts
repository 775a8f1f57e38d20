import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@tsunagaru/shared-graphql';
import { TrainingEnrollment } from './training-enrollment.type';

@ObjectType('EnrollInTrainingPayload', { description: 'Result of enrollInTraining (受講申込).' })
export class EnrollInTrainingPayload {
  @Field(() => TrainingEnrollment, { nullable: true, description: 'The new enrolment; null when userErrors is not empty.' })
  enrollment?: TrainingEnrollment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
