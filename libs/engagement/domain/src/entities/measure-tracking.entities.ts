import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** 進捗状況 */
export enum MeasureProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  CONTINUING = 'CONTINUING',
  UNDER_REVIEW = 'UNDER_REVIEW',
}

export const MEASURE_PROGRESS_STATUS_LABELS: Record<MeasureProgressStatus, string> = {
  NOT_STARTED: '未着手',
  IN_PROGRESS: '実施中',
  IMPLEMENTED: '実施済',
  CONTINUING: '継続実施',
  UNDER_REVIEW: '検討中',
};

export interface MeasureIndicator {
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
}

/** 進捗報告: a lead department's yearly report on one measure. */
@Entity({ tableName: 'measure_progress_report' })
export class MeasureProgressReport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  measureId!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Enum({ items: () => MeasureProgressStatus, type: 'text' })
  status!: MeasureProgressStatus;

  @Property({ type: 'text' })
  narrative!: string;

  @Property({ type: 'json' })
  indicators!: MeasureIndicator[];

  @Property({ type: 'text' })
  reportedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  reportingDepartmentId!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  reportedAt!: Date;

  /** Last change of the row, kept by a database trigger on every update (the open data change feed). */
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}

/** The bodies that follow the measures (section 7 (1)). */
export enum ReviewCommittee {
  PROMOTION_COMMITTEE = 'PROMOTION_COMMITTEE',
  INTERNAL_REVIEW_COMMITTEE = 'INTERNAL_REVIEW_COMMITTEE',
}

export const REVIEW_COMMITTEE_LABELS: Record<ReviewCommittee, string> = {
  PROMOTION_COMMITTEE: '鎌倉市市民活動推進委員会（推進委員会）',
  INTERNAL_REVIEW_COMMITTEE: '市民活動推進庁内検討委員会',
};

/** 委員会での検討: one meeting's review of the measures. */
@Entity({ tableName: 'committee_review' })
export class CommitteeReview {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => ReviewCommittee, type: 'text' })
  committee!: ReviewCommittee;

  @Property({ type: 'string', columnType: 'date' })
  heldOn!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  recordedAt!: Date;
}

/** 提言 and the city's response (市の対応). */
@Entity({ tableName: 'committee_recommendation' })
export class CommitteeRecommendation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  reviewId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'uuid', nullable: true })
  measureId!: string | null;

  @Property({ type: 'text' })
  recommendation!: string;

  @Property({ type: 'text', nullable: true })
  cityResponse!: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  respondedOn!: string | null;
}

/** 事務局: the department that administers the guideline (at most one row). */
@Entity({ tableName: 'guideline_secretariat' })
export class GuidelineSecretariat {
  @PrimaryKey({ type: 'boolean' })
  singleton!: boolean;

  @Property({ type: 'uuid' })
  departmentId!: string;
}
