export * from './signing-keys';
export * from './tokens';
export * from './environment';
export * from './request-principal';
export * from './subgraph-credential';
export * from './oauth';
