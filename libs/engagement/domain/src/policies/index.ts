export * from './training-policies';
export * from './engagement-policies';
