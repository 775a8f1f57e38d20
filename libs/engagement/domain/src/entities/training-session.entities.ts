import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** 開催回: one session of a training programme, at a venue of the resources subgraph or online. */
@Entity({ tableName: 'training_session' })
export class TrainingSession {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  programId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  endsAt!: Date;

  /** People the session can take; more join the waitlist. */
  @Property({ type: 'integer' })
  capacity!: number;

  /** A venue of the resources subgraph; null for an online session. No foreign key across schemas. */
  @Property({ type: 'uuid', nullable: true })
  venueId!: string | null;

  @Property({ type: 'text' })
  scheduledBy!: string;

  /** Last change of the row, kept by a database trigger on every update (the open data change feed). */
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}

/** 受講状況 */
export enum TrainingEnrollmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

export const TRAINING_ENROLLMENT_STATUS_LABELS: Record<TrainingEnrollmentStatus, string> = {
  ENROLLED: '受講決定',
  WAITLISTED: 'キャンセル待ち',
  CANCELLED: '取消',
};

/** 受講申込 (one person, one session). */
@Entity({ tableName: 'training_session_enrollment' })
export class TrainingSessionEnrollment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  /** The person (the token's subject). */
  @Property({ type: 'text' })
  personSubject!: string;

  @Property({ type: 'text', nullable: true })
  personName!: string | null;

  /** The person's role when enrolling (staff, member, …), for participation figures. */
  @Property({ type: 'text' })
  personRole!: string;

  /** City staff: their department when enrolling (staff trained per department). */
  @Property({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  /** The group the person takes part for, if any. */
  @Property({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Enum({ items: () => TrainingEnrollmentStatus, type: 'text' })
  status!: TrainingEnrollmentStatus;

  /** Place in the queue: the waitlist is served in (queued_at, id) order. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  queuedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  enrolledAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  statusChangedAt!: Date;

  /** null until attendance is recorded. */
  @Property({ type: 'boolean', nullable: true })
  attended!: boolean | null;
}

/** 受入団体: a group hosting an internship session (a host, not a participant). */
@Entity({ tableName: 'training_session_host' })
export class TrainingSessionHost {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'uuid' })
  groupId!: string;
}
