export * from './local-database';
export * from './paths';
export * from './start-system';
export * from './subgraphs';
export * from './compose-supergraph';
