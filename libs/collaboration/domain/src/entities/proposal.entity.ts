import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ActivityField, ProposerType } from '@tsunagaru/shared-kernel';
import { ProposalStatus } from './proposal-status';

/**
 * 相互提案協働事業の提案: a proposal in the mutual-proposal collaboration programme,
 * made either by the city (行政提案) or by a civic group (市民提案).
 */
@Entity({ tableName: 'proposal' })
export class Proposal {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Enum({ items: () => ProposerType, type: 'text' })
  proposerType!: ProposerType;

  /** The proposing group (directory's Group id); set exactly when proposerType is GROUP. */
  @Property({ type: 'uuid', nullable: true })
  proposingGroupId!: string | null;

  /** 担当課: the proposing department (city proposals) or the responsible one (group proposals). */
  @Property({ type: 'uuid' })
  departmentId!: string;

  /** 年度 the proposal was made in (2019 = FY2019). */
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Enum({ items: () => ActivityField, type: 'text' })
  activityField!: ActivityField;

  @Enum({ items: () => ProposalStatus, type: 'text' })
  status!: ProposalStatus;

  @Property({ type: 'string', columnType: 'date' })
  submittedOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  decidedOn!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
