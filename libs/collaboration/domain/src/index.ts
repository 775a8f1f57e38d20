export * from './collaboration.module';
export * from './entities';
export * from './services';
export { seedCollaboration } from './seed/seed-collaboration';
export { buildDemoProposals, demoProposalId, type DemoProposal } from './seed/demo-proposals';
