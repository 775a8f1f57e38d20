export * from './policy-measure-order';
export * from './policy-measure-catalog.service';
export * from './training-catalog.service';
export * from './training-enrollments.service';
export * from './training-rules';
