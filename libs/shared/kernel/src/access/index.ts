export * from './caller';
export * from './group-policies';
export * from './policy';
export * from './principal';
export * from './scopes';
export * from './api-scopes';
export * from './viewer';
