import 'reflect-metadata';

export * from './authorization';
export * from './build-federated-schema';
export * from './connection';
export * from './context';
export * from './error-mapping';
export * from './key-only-reference';
export * from './shared-enums';
export * from './subgraph-definition';
export * from './user-errors';
