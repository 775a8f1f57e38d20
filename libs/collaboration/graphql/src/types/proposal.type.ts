import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { proposalPolicies, proposalSubjectOf, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import type { Yen } from '@tsunagaru/shared-kernel';
import { ActivityField, DateScalar, DateTimeScalar, ProposerType, requires, YenScalar, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';
import { ProposalActorCapacity, ProposalStatus } from './proposal-status.enum';

/** What only the proposer, the responsible department, the secretariat (and, once decided, partners and reviewers) see. */
const DETAILS = requires(proposalPolicies.readDetails, (proposal: ProposalEntity) => proposalSubjectOf(proposal));

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Proposal', {
  description:
    '相互提案協働事業: a proposal in the mutual-proposal collaboration programme, made by the city (行政提案) or by a civic group (市民提案). ' +
    'A draft is seen by its authors only; a submitted one or one under review also by the responsible department and the secretariat; ' +
    'from the decision on, everyone sees its public summary (title, summary, parties, field, fiscal year, status).',
})
export class Proposal {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '事業名' })
  title!: string;

  @Field(() => String, { description: '事業概要' })
  summary!: string;

  @Field(() => ProposerType)
  proposerType!: ProposerType;

  @Field(() => Int, { description: '提案年度 (2019 = FY2019, 2019-04-01 … 2020-03-31): the year it was submitted; a draft\'s, the year it was started.' })
  fiscalYear!: number;

  @Field(() => ActivityField, { description: '活動分野 the proposal is about.' })
  activityField!: ActivityField;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => DateScalar, { nullable: true, description: '提案日: the day the proposal was submitted; null while a draft.' })
  submittedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '決定日: the day of adoption, rejection or withdrawal; null while undecided.' })
  decidedOn!: string | null;

  @Field(() => Int, { description: 'Grows with every change; updateProposal names the version it edits.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: '更新日時: when the proposal last changed (an edit or a move), in Japan time; the open data change feed (updatedSince) uses it.' })
  updatedAt!: Date;

  @Authorized(DETAILS)
  @Field(() => String, { nullable: true, description: '解決したい課題: the problem the proposal addresses. Not public.' })
  problem!: string;

  @Authorized(DETAILS)
  @Field(() => String, { nullable: true, description: '期待される効果. Not public.' })
  expectedEffects!: string;

  @Authorized(DETAILS)
  @Field(() => String, { nullable: true, description: '求める協働の相手: what partners the proposer looks for. Not public.' })
  partnersSought!: string;

  @Authorized(DETAILS)
  @Field(() => YenScalar, { nullable: true, description: '提案額: the budget asked of the city, in yen; null when none is asked. Not public.' })
  requestedBudget!: Yen | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('ProposalHistoryEntry', { description: '経過: one move of a proposal: from, to, when, who (and as what), why.' })
export class ProposalHistoryEntry {
  @Field(() => ProposalStatus, { nullable: true, description: 'The status before; null for the entry that started the draft.' })
  from!: ProposalStatus | null;

  @Field(() => ProposalStatus, { description: 'The status after.' })
  to!: ProposalStatus;

  @Field(() => DateTimeScalar, { description: 'When, in Japan time.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '理由: why (required when not adopting and when withdrawing).' })
  reason!: string | null;

  @Field(() => ProposalActorCapacity, { description: 'In what capacity the actor moved it.' })
  actedAs!: ProposalActorCapacity;

  @Field(() => String, { description: 'Who moved it: their name, or their account when the token carried no name.' })
  actor!: string;
}
