export * from './authorization-server';
export * from './client-secret';
