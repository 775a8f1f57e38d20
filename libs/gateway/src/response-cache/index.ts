export * from './response-cache';
export * from './redis-key-value-cache';
