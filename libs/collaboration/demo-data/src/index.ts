export * from './collaboration-demo-seeder';
export { buildDemoProposals, demoProposalId, type DemoProposal, type DemoProposalStatus } from './demo-proposals';
