export * from './rate-limit-plugin';
export * from './rate-limiter';
export * from './rate-limits';
