import 'reflect-metadata';

export * from './run-subgraph';
export * from './subgraph-server';
export * from './peer-subgraphs';
