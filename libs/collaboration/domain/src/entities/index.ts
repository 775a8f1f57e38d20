export * from './proposal-status';
export * from './proposal.entity';
