export * from './departments';
export * from './intermediaries';
export * from './demo-ids';
