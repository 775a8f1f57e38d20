export * from './environment';
export * from './http-handler';
export * from './limits';
