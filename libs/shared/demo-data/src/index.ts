export * from './dates';
export * from './departments';
export * from './intermediaries';
export * from './demo-ids';
export * from './random';
