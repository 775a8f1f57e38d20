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
// The graph's custom scalars (Date, DateTime, Yen, SignedYen) live in shared-scalars so the
// gateway can check inputs with them too; subgraphs take them from here with the rest.
export * from '@tsunagaru/shared-scalars';
export * from './cache-control';
