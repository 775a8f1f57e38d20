export * from './gateway-context';
export * from './gateway-error-mapping';
export * from './gateway-server';
export * from './run-gateway';
export * from './rate-limit';
export * from './oauth/authorization-server-proxy';
