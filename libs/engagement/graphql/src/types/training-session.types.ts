import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateTimeScalar, UserError } from '@tsunagaru/shared-graphql';
import { TrainingAudience } from './engagement-enums';
import { TrainingEnrollmentStatus } from './surveys-sessions-consultations-measures.enums';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('TrainingSession', { description: '研修の開催回: one session of a programme, at a venue or online, with a capacity and a waitlist.' })
export class TrainingSession {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => Int, { description: '定員: people the session takes; more join the waitlist.' })
  capacity!: number;

  @Field(() => DateTimeScalar, { description: '更新日時: last change of the session, its schedule or its enrolment count (the open data change feed, updatedSince).' })
  updatedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('TrainingSessionConnection', { description: 'A page of training sessions, by start time.' })
export class TrainingSessionConnection extends ConnectionType(TrainingSession, 'TrainingSession') {}

@ObjectType('TrainingSessionEnrollment', { description: "受講申込: one person's enrolment in a session. The person, their group and staff only." })
export class TrainingSessionEnrollment {
  @Field(() => ID)
  id!: string;

  @Field(() => TrainingEnrollmentStatus)
  status!: TrainingEnrollmentStatus;

  @Field(() => String, { nullable: true, description: 'The name the person signed in with.' })
  personName!: string | null;

  @Field(() => DateTimeScalar)
  enrolledAt!: Date;

  @Field(() => Boolean, { nullable: true, description: '出欠: null until recorded.' })
  attended!: boolean | null;
}

@ObjectType('TrainingSessionEnrollmentConnection', { description: 'A page of session enrolments, in the order made.' })
export class TrainingSessionEnrollmentConnection extends ConnectionType(TrainingSessionEnrollment, 'TrainingSessionEnrollment') {}

@ObjectType('TrainingSessionPayload', { description: 'Result of scheduleTrainingSession and addInternshipHost.' })
export class TrainingSessionPayload {
  @Field(() => TrainingSession, { nullable: true })
  session?: TrainingSession | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('TrainingSessionEnrollmentPayload', { description: 'Result of enrollInTrainingSession and recordAttendance.' })
export class TrainingSessionEnrollmentPayload {
  @Field(() => TrainingSessionEnrollment, { nullable: true })
  enrollment?: TrainingSessionEnrollment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CancelTrainingEnrollmentPayload', { description: 'Result of cancelTrainingEnrollment.' })
export class CancelTrainingEnrollmentPayload {
  @Field(() => TrainingSessionEnrollment, { nullable: true, description: 'The cancelled enrolment.' })
  enrollment?: TrainingSessionEnrollment | null;

  @Field(() => TrainingSessionEnrollment, { nullable: true, description: 'Whoever took the freed seat from the waitlist, if anyone.' })
  promoted?: TrainingSessionEnrollment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Directive(CACHE_PUBLIC)
@ObjectType('TrainingParticipation', { description: '研修の参加状況: participation figures of a fiscal year (public).' })
export class TrainingParticipation {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int, { description: 'Enrolled people (not waitlisted or cancelled).' })
  enrolled!: number;

  @Field(() => Int)
  attended!: number;

  @Field(() => Float, { nullable: true, description: '出席率: attended / enrolled where attendance is recorded.' })
  attendanceRate!: number | null;

  @Field(() => Int, { description: '初参加者: people whose first attended session is in this year.' })
  firstTimeParticipants!: number;
}

@ObjectType('StaffTrainingFigure', { description: '職員研修の実績: staff of one department trained at one level in a fiscal year.' })
export class StaffTrainingFigure {
  @Field(() => TrainingAudience, { description: 'Level (若手・中堅・管理職).' })
  audience!: TrainingAudience;

  @Field(() => Int, { description: 'Distinct staff members who attended.' })
  staffTrained!: number;

  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int)
  attended!: number;
}
