import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/** 相談の相手: an intermediary (中間支援組織) or the city's collaboration coordinator (協働コーディネーター). */
export enum ConsultationRecipient {
  INTERMEDIARY = 'INTERMEDIARY',
  COLLABORATION_COORDINATOR = 'COLLABORATION_COORDINATOR',
}

export enum ConsultationTopic {
  STARTING_A_GROUP = 'STARTING_A_GROUP',
  FUNDING_AND_GRANTS = 'FUNDING_AND_GRANTS',
  COLLABORATION_WITH_CITY = 'COLLABORATION_WITH_CITY',
  RUNNING_AN_ORGANIZATION = 'RUNNING_AN_ORGANIZATION',
  OTHER = 'OTHER',
}

export const CONSULTATION_TOPIC_LABELS: Record<ConsultationTopic, string> = {
  STARTING_A_GROUP: '団体の立ち上げ',
  FUNDING_AND_GRANTS: '活動資金・助成金',
  COLLABORATION_WITH_CITY: '市との協働',
  RUNNING_AN_ORGANIZATION: '組織の運営',
  OTHER: 'その他',
};

export enum ConsultationRequestStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}

export const CONSULTATION_REQUEST_STATUS_LABELS: Record<ConsultationRequestStatus, string> = {
  OPEN: '受付',
  IN_PROGRESS: '対応中',
  CLOSED: '完了',
};

export enum ConsultationOutcome {
  ADVICE_GIVEN = 'ADVICE_GIVEN',
  REFERRED = 'REFERRED',
  PROPOSAL_DEVELOPED = 'PROPOSAL_DEVELOPED',
  GROUP_STARTED = 'GROUP_STARTED',
  NOT_PURSUED = 'NOT_PURSUED',
}

export const CONSULTATION_OUTCOME_LABELS: Record<ConsultationOutcome, string> = {
  ADVICE_GIVEN: '助言',
  REFERRED: '他機関へ紹介',
  PROPOSAL_DEVELOPED: '協働提案へ',
  GROUP_STARTED: '団体設立',
  NOT_PURSUED: '見送り',
};

/** 相談 (4 (4), 6 (4) イ): a request from a group or citizen to an intermediary or coordinator. */
@Entity({ tableName: 'consultation_request' })
export class ConsultationRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  requesterSubject!: string;

  @Property({ type: 'text', nullable: true })
  requesterName!: string | null;

  @Property({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Enum({ items: () => ConsultationRecipient, type: 'text' })
  recipient!: ConsultationRecipient;

  @Property({ type: 'uuid', nullable: true })
  intermediaryId!: string | null;

  @Enum({ items: () => ConsultationTopic, type: 'text' })
  topic!: ConsultationTopic;

  @Property({ type: 'text' })
  question!: string;

  @Enum({ items: () => ConsultationRequestStatus, type: 'text' })
  status!: ConsultationRequestStatus;

  @Property({ type: 'text', nullable: true })
  assigneeName!: string | null;

  /** Private notes of the staff handling it. */
  @Property({ type: 'text' })
  notes!: string;

  @Enum({ items: () => ConsultationOutcome, type: 'text', nullable: true })
  outcome!: ConsultationOutcome | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
