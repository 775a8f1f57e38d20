import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  CONSULTATIONS_NEWEST_FIRST,
  IMPLEMENTED_STATUSES,
  isProposalVisibleTo,
  ProposalCatalog,
  proposalPolicies,
  PROPOSALS_NEWEST_FIRST,
  proposalSubjectOf,
  type Agreement as AgreementEntity,
  type CityChallenge as CityChallengeEntity,
  type Consultation as ConsultationEntity,
  type Proposal as ProposalEntity,
} from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, requires, toConnection, withArgumentPath, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { ProposalFilter } from '../inputs/proposal.inputs';
import type { CollaborationContext } from '../loaders';
import { Agreement } from '../types/agreement.type';
import { CityChallenge, ConsultationConnection } from '../types/city-challenge.type';
import { ProposalConnection } from '../types/proposal-connection.type';
import { Proposal, ProposalHistoryEntry } from '../types/proposal.type';
import { DepartmentReference, departmentRef, GroupReference, groupRef } from '../types/references.type';

/** Whether a proposal the loaders return may be shown to this caller; hidden ones are, to them, none. */
export function visibleOrNull(proposal: ProposalEntity | null, context: CollaborationContext): ProposalEntity | null {
  return proposal && isProposalVisibleTo(context.principal, proposalSubjectOf(proposal)) ? proposal : null;
}

@Resolver(() => Proposal)
export class ProposalQueryResolver {
  @Query(() => ProposalConnection, {
    nullable: true,
    description: '相互提案協働事業の一覧: the proposals the caller may see (public ones for everyone), newest first, filtered and paged.',
  })
  async proposals(
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter: ProposalFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await withArgumentPath('filter', () => new ProposalCatalog(context.em).list(filter ?? {}, request, context.principal)));
  }

  @Query(() => Proposal, { nullable: true, description: 'One proposal by id; null when unknown or not visible to the caller.' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationContext): Promise<ProposalEntity | null> {
    return visibleOrNull(await context.loaders.proposal.load(id), context);
  }
}

const DETAILS = requires(proposalPolicies.readDetails, (proposal: ProposalEntity) => proposalSubjectOf(proposal));

/** Fields of a proposal beyond its row: parties as keys for the gateway, its history, consultations and agreement. */
@Resolver(() => Proposal)
export class ProposalFieldsResolver {
  @FieldResolver(() => GroupReference, { nullable: true, description: '提案団体: the group that proposed (市民提案); null for city proposals.' })
  proposingGroup(@Root() proposal: ProposalEntity): GroupReference | null {
    return groupRef(proposal.proposingGroupId);
  }

  @FieldResolver(() => [GroupReference], {
    nullable: 'itemsAndList',
    description: '協働の相手: the groups carrying the project out with the proposer (at most 20); a group hidden from the caller is null.',
  })
  partnerGroups(@Root() proposal: ProposalEntity): Array<GroupReference | null> {
    return proposal.partnerGroupIds.map((id) => groupRef(id));
  }

  @FieldResolver(() => DepartmentReference, {
    nullable: true,
    description: '担当課: the proposing department (city proposals) or the responsible one (group proposals).',
  })
  department(@Root() proposal: ProposalEntity): DepartmentReference {
    return departmentRef(proposal.departmentId);
  }

  @FieldResolver(() => Boolean, { description: '事業実施: true when the proposal was carried out (IMPLEMENTED or COMPLETED).' })
  implemented(@Root() proposal: ProposalEntity): boolean {
    return IMPLEMENTED_STATUSES.includes(proposal.status);
  }

  @FieldResolver(() => CityChallenge, { nullable: true, description: '市の課題 this proposal answers.' })
  async challenge(@Root() proposal: ProposalEntity, @Ctx() context: CollaborationContext): Promise<CityChallengeEntity | null> {
    return proposal.challengeId ? context.loaders.challenge.load(proposal.challengeId) : null;
  }

  @Authorized(DETAILS)
  @FieldResolver(() => [ProposalHistoryEntry], {
    nullable: true,
    description: '経過: every move, oldest first, with who made it, as what, when and why. Not public. At most one entry per status.',
  })
  async history(@Root() proposal: ProposalEntity, @Ctx() context: CollaborationContext): Promise<ProposalHistoryEntry[]> {
    const rows = await context.loaders.historyOfProposal.load(proposal.id);
    return rows.map((row) => ({
      from: row.fromStatus,
      to: row.toStatus,
      at: row.at,
      reason: row.reason,
      actedAs: row.actedAs,
      actor: row.actorName ?? row.actorSubject,
    }));
  }

  @Authorized(requires(proposalPolicies.readConsultations, (proposal: ProposalEntity) => proposalSubjectOf(proposal)))
  @FieldResolver(() => ConsultationConnection, {
    nullable: true,
    description: '協議: consultations of the parties after adoption, latest first. Private to the parties, the secretariat and reviewers.',
  })
  async consultations(
    @Root() proposal: ProposalEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ConsultationEntity>> {
    return toConnection(await context.loaders.consultationsOfProposal.load(proposal.id, CONSULTATIONS_NEWEST_FIRST.request(page)));
  }

  @FieldResolver(() => Agreement, { nullable: true, description: '協定: the agreement of an adopted proposal; null before one is made.' })
  async agreement(@Root() proposal: ProposalEntity, @Ctx() context: CollaborationContext): Promise<AgreementEntity | null> {
    return context.loaders.agreementOfProposal.load(proposal.id);
  }
}
