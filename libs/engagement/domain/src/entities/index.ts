export * from './policy-measure.entity';
export * from './policy-priority-class';
export * from './training-audience';
export * from './training-enrollment.entity';
export * from './training-format';
export * from './training-program.entity';
