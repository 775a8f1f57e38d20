export * from './engagement.subgraph';
