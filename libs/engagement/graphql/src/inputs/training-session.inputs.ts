import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '@tsunagaru/shared-graphql';

@InputType('TrainingSessionFilter', { description: 'Narrows the training calendar.' })
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Sessions starting at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Sessions starting before this instant.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Sessions at this venue.' })
  venueId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: online sessions only; false: sessions at a venue only.' })
  online?: boolean | null;
}

@InputType('ScheduleTrainingSessionInput', { description: '開催回の登録 (city staff).' })
export class ScheduleTrainingSessionInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => ID, { nullable: true, description: 'A venue of the resources subgraph; omit for an online session.' })
  venueId?: string | null;
}

@InputType('EnrollInTrainingSessionInput', { description: '受講申込: enrol yourself in a session.' })
export class EnrollInTrainingSessionInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'The group you take part for, if any (you must be its member).' })
  groupId?: string | null;
}

@InputType('CancelTrainingEnrollmentInput', { description: '受講取消' })
export class CancelTrainingEnrollmentInput {
  @Field(() => ID)
  enrollmentId!: string;
}

@InputType('RecordAttendanceInput', { description: '出欠の記録 (staff).' })
export class RecordAttendanceInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => Boolean)
  attended!: boolean;
}

@InputType('AddInternshipHostInput', { description: '受入団体の登録: a group hosting an internship session (a host, not a participant).' })
export class AddInternshipHostInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  groupId!: string;
}
