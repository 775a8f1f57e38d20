import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { TrainingAudience } from './training-audience';
import { TrainingFormat } from './training-format';

/** 研修・ワークショップ: a training programme, workshop, internship or expert consultation. */
@Entity({ tableName: 'training_program' })
export class TrainingProgram {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => TrainingAudience, type: 'text' })
  audience!: TrainingAudience;

  @Enum({ items: () => TrainingFormat, type: 'text' })
  format!: TrainingFormat;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  /** A department of the directory subgraph; no foreign key across schemas. */
  @Property({ type: 'uuid' })
  organizerDepartmentId!: string;

  /** Participants (people, not groups) the programme can take. */
  @Property({ type: 'integer' })
  capacity!: number;

  /** Last change of the row, kept by a database trigger on every update (the open data change feed). */
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}
