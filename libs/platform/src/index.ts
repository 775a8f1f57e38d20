export * from './demo-seeders';
export * from './local-database';
export * from './paths';
export * from './prepare-schemas';
export * from './start-system';
export * from './subgraphs';
export * from './compose-supergraph';
