import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, UserError } from '@tsunagaru/shared-graphql';
import { ConsultationOutcome, ConsultationRecipient, ConsultationRequestStatus, ConsultationTopic } from './surveys-sessions-consultations-measures.enums';

@ObjectType('ConsultationRequest', { description: '相談: a request from a group or citizen to an intermediary or the collaboration coordinator. The requester and the staff handling it only.' })
export class ConsultationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationRecipient)
  recipient!: ConsultationRecipient;

  @Field(() => ID, { nullable: true, description: 'The intermediary asked, when recipient is INTERMEDIARY.' })
  intermediaryId!: string | null;

  @Field(() => ConsultationTopic)
  topic!: ConsultationTopic;

  @Field(() => String, { description: '相談内容' })
  question!: string;

  @Field(() => ConsultationRequestStatus)
  status!: ConsultationRequestStatus;

  @Field(() => String, { nullable: true, description: '担当者' })
  assigneeName!: string | null;

  @Field(() => ConsultationOutcome, { nullable: true })
  outcome!: ConsultationOutcome | null;

  @Field(() => DateTimeScalar)
  requestedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('ConsultationRequestConnection', { description: 'Consultations the caller may see, newest first.' })
export class ConsultationRequestConnection extends ConnectionType(ConsultationRequest, 'ConsultationRequest') {}

@ObjectType('ConsultationTopicCount', { description: '相談件数 per topic.' })
export class ConsultationTopicCount {
  @Field(() => ConsultationTopic)
  topic!: ConsultationTopic;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ConsultationOutcomeCount', { description: '相談件数 per outcome.' })
export class ConsultationOutcomeCount {
  @Field(() => ConsultationOutcome)
  outcome!: ConsultationOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ConsultationStatistics', { description: '相談の件数: counts by topic and outcome for a fiscal year (public).' })
export class ConsultationStatistics {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [ConsultationTopicCount], { nullable: true })
  byTopic!: ConsultationTopicCount[];

  @Field(() => [ConsultationOutcomeCount], { nullable: true })
  byOutcome!: ConsultationOutcomeCount[];

  @Field(() => Int, { description: 'Not yet closed.' })
  open!: number;
}

@ObjectType('ConsultationRequestPayload', { description: 'Result of requestConsultation and updateConsultation.' })
export class ConsultationRequestPayload {
  @Field(() => ConsultationRequest, { nullable: true })
  consultation?: ConsultationRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType('RequestConsultationInput', { description: '相談の申込' })
export class RequestConsultationInput {
  @Field(() => ConsultationRecipient)
  recipient!: ConsultationRecipient;

  @Field(() => ID, { nullable: true })
  intermediaryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The group asking, if any (its members only).' })
  groupId?: string | null;

  @Field(() => ConsultationTopic)
  topic!: ConsultationTopic;

  @Field(() => String)
  question!: string;
}

@InputType('UpdateConsultationInput', { description: 'Assign, note, progress or close a consultation (the staff it went to).' })
export class UpdateConsultationInput {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => ConsultationRequestStatus, { nullable: true })
  status?: ConsultationRequestStatus | null;

  @Field(() => String, { nullable: true })
  assigneeName?: string | null;

  @Field(() => String, { nullable: true, description: 'Private notes (replace the notes so far).' })
  notes?: string | null;

  @Field(() => ConsultationOutcome, { nullable: true, description: 'Required when closing.' })
  outcome?: ConsultationOutcome | null;
}
