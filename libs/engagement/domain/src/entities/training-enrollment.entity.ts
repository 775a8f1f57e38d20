import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** 受講申込: a group's enrolment in a training programme. */
@Entity({ tableName: 'training_enrollment' })
@Unique({ name: 'training_enrollment_program_group_key', properties: ['programId', 'groupId'] })
export class TrainingEnrollment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The programme (foreign key to training_program, kept as a plain id for batching). */
  @Property({ type: 'uuid' })
  programId!: string;

  /** A group of the directory subgraph; no foreign key across schemas. */
  @Property({ type: 'uuid' })
  groupId!: string;

  /** People from the group taking part. */
  @Property({ type: 'integer' })
  participants!: number;

  @Property({ type: 'string', columnType: 'date' })
  enrolledOn!: string;

  @Property({ type: 'boolean' })
  attended!: boolean;
}
