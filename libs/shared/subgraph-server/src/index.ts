import 'reflect-metadata';

export * from './run-subgraph';
export * from './subgraph-server';
