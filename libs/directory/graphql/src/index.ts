export * from './directory.subgraph';
