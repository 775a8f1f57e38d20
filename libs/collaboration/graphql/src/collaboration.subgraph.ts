import { collaborationPersistence } from '@tsunagaru/collaboration-domain';
import { buildFederatedSchema, resolveKeyOnlyReference, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createCollaborationLoaders, type CollaborationLoaders } from './loaders';
import { resolveProposalReference } from './references/proposal.reference';
import { AgreementMutationsResolver, AgreementResolver, AgreementVersionResolver, EvaluationResolver } from './resolvers/agreement.resolvers';
import { CityChallengeResolver, MetricsResolver, ProgrammeResolver } from './resolvers/challenge-and-metrics.resolvers';
import { DepartmentCollaborationResolver, GroupCollaborationResolver } from './resolvers/group-and-department.resolvers';
import { ProposalMutationsResolver } from './resolvers/proposal-mutations.resolver';
import { ProposalFieldsResolver, ProposalQueryResolver } from './resolvers/proposal.resolvers';
import { Proposal } from './types/proposal.type';
import { DepartmentReference, GroupReference, IntermediaryReference } from './types/references.type';

/**
 * collaboration: the mutual-proposal programme as a workflow (相互提案協働事業): city challenges,
 * proposals from draft to completion, consultations, agreements on the four principles,
 * evaluations from three views, yearly results, and their metrics.
 */
export const collaborationSubgraph: SubgraphDefinition<CollaborationLoaders> = {
  name: 'collaboration',
  persistence: collaborationPersistence,
  createLoaders: createCollaborationLoaders,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          ProposalQueryResolver,
          ProposalFieldsResolver,
          ProposalMutationsResolver,
          AgreementResolver,
          AgreementVersionResolver,
          EvaluationResolver,
          AgreementMutationsResolver,
          CityChallengeResolver,
          ProgrammeResolver,
          MetricsResolver,
          GroupCollaborationResolver,
          DepartmentCollaborationResolver,
        ],
        orphanedTypes: [Proposal, GroupReference, DepartmentReference, IntermediaryReference],
      },
      {
        Proposal: { __resolveReference: resolveProposalReference },
        Group: { __resolveReference: resolveKeyOnlyReference },
        Department: { __resolveReference: resolveKeyOnlyReference },
        Intermediary: { __resolveReference: resolveKeyOnlyReference },
      },
    ),
};
