import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** 協議: a consultation meeting of the parties after adoption. Private to the parties, staff and reviewers. */
@Entity({ tableName: 'consultation' })
export class Consultation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  proposalId!: string;

  @Property({ type: 'string', columnType: 'date' })
  heldOn!: string;

  /** Who took part, as the minutes name them (e.g. 環境部 担当者, 団体代表). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  participants!: string[];

  @Property({ type: 'text' })
  notes!: string;

  @Property({ type: 'text' })
  nextSteps!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedBy!: string;
}
