export * from './sql-statement-tally';
export * from './request-context';
export * from './logger';
export * from './metrics';
export * from './observe-http';
export * from './tracing';
