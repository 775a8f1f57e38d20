import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CHALLENGES_NEWEST_FIRST,
  PROPOSALS_NEWEST_FIRST,
  proposalVisibilityScopeOf,
  type CityChallenge as CityChallengeEntity,
  type Proposal as ProposalEntity,
} from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { CollaborationContext } from '../loaders';
import { CityChallengeConnection } from '../types/city-challenge.type';
import { ProposalConnection } from '../types/proposal-connection.type';
import { DepartmentReference, GroupReference } from '../types/references.type';

// Fields collaboration adds to entities directory owns are nullable: if this subgraph is
// down, the rest of a group's or department's answer still arrives.

@Resolver(() => GroupReference)
export class GroupCollaborationResolver {
  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: '市民提案: mutual-proposal proposals this group made that the caller may see, newest first. Batched across groups.',
  })
  async proposals(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.proposalsOfGroup.load(group.id, request, proposalVisibilityScopeOf(context.principal)));
  }

  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: '協働事業: the projects this group is a party to, as proposer or as partner, that the caller may see, newest first.',
  })
  async collaborations(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.collaborationsOfGroup.load(group.id, request, proposalVisibilityScopeOf(context.principal)));
  }
}

@Resolver(() => DepartmentReference)
export class DepartmentCollaborationResolver {
  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: '担当する相互提案協働事業: proposals this department made or is responsible for that the caller may see, newest first.',
  })
  async proposals(
    @Root() department: DepartmentReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.proposalsOfDepartment.load(department.id, request, proposalVisibilityScopeOf(context.principal)));
  }

  @FieldResolver(() => CityChallengeConnection, { nullable: true, description: '公開した課題: challenges this department published, latest first.' })
  async cityChallenges(
    @Root() department: DepartmentReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<CityChallengeEntity>> {
    return toConnection(await context.loaders.challengesOfDepartment.load(department.id, CHALLENGES_NEWEST_FIRST.request(page)));
  }
}
