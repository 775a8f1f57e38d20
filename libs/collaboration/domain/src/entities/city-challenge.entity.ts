import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ActivityField } from '@tsunagaru/shared-kernel';

/** 市が抱えている課題の公開 (6(3)ア): a challenge a department publishes, inviting proposals. Public. */
@Entity({ tableName: 'city_challenge' })
export class CityChallenge {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ActivityField, type: 'text' })
  activityField!: ActivityField;

  /** The department that needs help (directory's Department id). */
  @Property({ type: 'uuid' })
  departmentId!: string;

  /** 募集期間: proposals answering it may be submitted from opensOn to closesOn, both inclusive. */
  @Property({ type: 'string', columnType: 'date' })
  opensOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  closesOn!: string;

  /** 年度 of opensOn. */
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  publishedAt!: Date;

  @Property({ type: 'text' })
  publishedBy!: string;
}
