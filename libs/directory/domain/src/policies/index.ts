export * from './group-visibility';
export * from './registration-policies';
