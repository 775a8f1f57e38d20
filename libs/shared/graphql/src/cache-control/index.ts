export * from './cache-hints';
