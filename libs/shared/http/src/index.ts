export * from './environment';
export * from './http-handler';
