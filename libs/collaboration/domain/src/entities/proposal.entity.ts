import { ArrayType, Entity, Enum, Formula, PrimaryKey, Property } from '@mikro-orm/core';
import { ActivityField, ProposerType, type Yen } from '@tsunagaru/shared-kernel';
import { YenType } from '@tsunagaru/shared-persistence';
import { ProposalStatus } from './proposal-status';
import { secretariatFormula } from './secretariat-formula';

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

  /** 解決したい課題: the problem the proposal addresses. */
  @Property({ type: 'text' })
  problem!: string;

  /** 期待される効果 */
  @Property({ type: 'text' })
  expectedEffects!: string;

  /** 求める協働の相手: what kind of partners the proposer looks for. */
  @Property({ type: 'text' })
  partnersSought!: string;

  /** 提案額: the budget the proposer asks the city for, in yen; null when none is asked. */
  @Property({ type: YenType, nullable: true })
  requestedBudget!: Yen | null;

  /** 市が公開した課題 this proposal answers, if any. */
  @Property({ type: 'uuid', nullable: true })
  challengeId!: string | null;

  @Enum({ items: () => ProposerType, type: 'text' })
  proposerType!: ProposerType;

  /** The proposing group (directory's Group id); set exactly when proposerType is GROUP. */
  @Property({ type: 'uuid', nullable: true })
  proposingGroupId!: string | null;

  /** 協働の相手: groups that carry the project out with the proposer (directory's Group ids). */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  partnerGroupIds!: string[];

  /** 担当課: the proposing department (city proposals) or the responsible one (group proposals). */
  @Property({ type: 'uuid' })
  departmentId!: string;

  /** 年度 the proposal was submitted in (2019 = FY2019); a draft's is the year it was started. */
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Enum({ items: () => ActivityField, type: 'text' })
  activityField!: ActivityField;

  @Enum({ items: () => ProposalStatus, type: 'text' })
  status!: ProposalStatus;

  /** Null while a draft, and for a draft withdrawn without ever being submitted. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  submittedOn!: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  decidedOn!: string | null;

  /** Grows with every change; an edit names the version it was based on. */
  @Property({ type: 'integer' })
  version!: number;

  /** The subject of whoever started the draft; null for the archive of earlier years. */
  @Property({ type: 'text', nullable: true })
  createdBy!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  updatedAt!: Date;

  /** The programme secretariat's department, read along with the row (see secretariat-formula.ts). */
  @Formula(secretariatFormula, { type: 'uuid', nullable: true })
  secretariatDepartmentId!: string | null;
}
