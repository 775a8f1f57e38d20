import type { EntityManager } from '@mikro-orm/postgresql';
import { Proposal, ProposalStatus } from '../entities';
import { buildDemoProposals } from './demo-proposals';

/**
 * Loads the demo history of the mutual-proposal programme when the schema is empty:
 * the guideline's 75 proposals of FY2007–FY2019, 35 of them implemented.
 */
export async function seedCollaboration(em: EntityManager): Promise<number> {
  if ((await em.count(Proposal, {})) > 0) return 0;
  const proposals = buildDemoProposals();
  const now = new Date();
  await em.insertMany(
    Proposal,
    proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      summary: proposal.summary,
      proposerType: proposal.proposerType,
      proposingGroupId: proposal.proposingGroupId,
      departmentId: proposal.departmentId,
      fiscalYear: proposal.fiscalYear,
      activityField: proposal.activityField,
      status: ProposalStatus[proposal.status],
      submittedOn: proposal.submittedOn,
      decidedOn: proposal.decidedOn,
      createdAt: now,
    })),
  );
  return proposals.length;
}
