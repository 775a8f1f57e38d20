export * from './training-policies';
