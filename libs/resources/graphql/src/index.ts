export * from './resources.subgraph';
