export * from './collaboration-policies';
export * from './proposal-visibility';
export * from './subjects';
