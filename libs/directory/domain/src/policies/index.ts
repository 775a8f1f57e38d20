export * from './group-visibility';
export * from './registration-policies';
export * from './api-client-policies';
