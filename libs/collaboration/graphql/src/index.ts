export * from './collaboration.subgraph';
export type { CollaborationContext, CollaborationLoaders } from './loaders';
