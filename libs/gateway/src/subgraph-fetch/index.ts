export * from './subgraph-http-client';
export * from './cache-hint';
