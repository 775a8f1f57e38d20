import { collaborationPersistence } from '@tsunagaru/collaboration-domain';
import { buildFederatedSchema, resolveKeyOnlyReference, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createCollaborationLoaders, type CollaborationLoaders } from './loaders';
import { resolveProposalReference } from './references/proposal.reference';
import { DepartmentProposalsResolver } from './resolvers/department-proposals.resolver';
import { GroupProposalsResolver } from './resolvers/group-proposals.resolver';
import { ProposalFieldsResolver } from './resolvers/proposal-fields.resolver';
import { ProposalMetricsResolver } from './resolvers/proposal-metrics.resolver';
import { ProposalQueryResolver } from './resolvers/proposal-query.resolver';
import { DepartmentReference } from './types/department-reference.type';
import { GroupReference } from './types/group-reference.type';
import { Proposal } from './types/proposal.type';

/** collaboration: mutual-proposal collaboration proposals and their metrics (相互提案協働事業). */
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
          ProposalMetricsResolver,
          GroupProposalsResolver,
          DepartmentProposalsResolver,
        ],
        orphanedTypes: [Proposal, GroupReference, DepartmentReference],
      },
      {
        Proposal: { __resolveReference: resolveProposalReference },
        Group: { __resolveReference: resolveKeyOnlyReference },
        Department: { __resolveReference: resolveKeyOnlyReference },
      },
    ),
};
