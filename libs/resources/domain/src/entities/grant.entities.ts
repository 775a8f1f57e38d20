import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { ActivityField, OrganizationType, Yen } from '@tsunagaru/shared-kernel';
import { YenType } from '@tsunagaru/shared-persistence';

/** 助成制度の種類: the city's own (paid from the fund) or a private listing for information. */
export enum GrantProgramKind {
  CITY = 'CITY',
  PRIVATE = 'PRIVATE',
}

/** 申請の状態: draft → submitted → under review → awarded or rejected. */
export enum GrantApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
}

/** 助成制度: a grant programme. */
@Entity({ tableName: 'grant_program' })
export class GrantProgram {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Enum({ items: () => GrantProgramKind, type: 'text' })
  kind!: GrantProgramKind;

  @Property({ type: 'text' })
  name!: string;

  /** 実施主体: the city, a foundation, a company. */
  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Property({ type: YenType, nullable: true })
  budgetYen!: Yen | null;

  @Property({ type: YenType, nullable: true })
  minAwardYen!: Yen | null;

  @Property({ type: YenType, nullable: true })
  maxAwardYen!: Yen | null;

  /** Empty: every field. */
  @Property({ type: 'text[]' })
  eligibleFields!: ActivityField[];

  /** Empty: every organisation type. */
  @Property({ type: 'text[]' })
  eligibleOrganizationTypes!: OrganizationType[];

  @Property({ type: 'string', columnType: 'date' })
  opensOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  closesOn!: string;

  /** 選考基準, published. */
  @Property({ type: 'text' })
  selectionCriteria!: string;

  /** 申請方法 */
  @Property({ type: 'text' })
  applicationMethod!: string;

  @Property({ type: 'text', nullable: true })
  url!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

/** 助成申請: a group's application to one of the city's programmes. */
@Entity({ tableName: 'grant_application' })
export class GrantApplication {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  programId!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Enum({ items: () => GrantApplicationStatus, type: 'text' })
  status!: GrantApplicationStatus;

  @Property({ type: 'text' })
  title!: string;

  /** 事業計画 */
  @Property({ type: 'text' })
  plan!: string;

  @Property({ type: 'text' })
  activityField!: ActivityField;

  @Property({ type: 'text' })
  organizationType!: OrganizationType;

  @Property({ type: YenType })
  requestedYen!: Yen;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  decidedBy!: string | null;

  @Property({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'text', nullable: true })
  createdBy!: string | null;
}

/** 交付決定: an award, public; paid from the fund through the ledger. */
@Entity({ tableName: 'grant_award' })
export class GrantAward {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'uuid' })
  programId!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: YenType })
  amountYen!: Yen;

  @Property({ type: 'string', columnType: 'date' })
  awardedOn!: string;

  @Property({ type: 'text', nullable: true })
  awardedBy!: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  paidOn!: string | null;

  @Property({ type: 'uuid', nullable: true })
  ledgerTransactionId!: string | null;

  /** 実績報告: the group's report on the use of the money. */
  @Property({ type: 'text', nullable: true })
  report!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  reportedAt!: Date | null;
}
