import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { Proposal, ProposalStatus } from '@tsunagaru/collaboration-domain';
import { buildDemoProposals } from './demo-proposals';

/**
 * The demo history of the mutual-proposal programme: the guideline's 75 proposals of
 * FY2007–FY2019, 35 of them implemented.
 */
export const collaborationDemoSeeder: DemoSeeder = {
  async seed(em) {
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
  },
};
