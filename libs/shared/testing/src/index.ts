export * from './graphql-client';
export * from './test-environment';
