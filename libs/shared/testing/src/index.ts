export * from './graphql-client';
export * from './policy-callers';
export * from './test-environment';
