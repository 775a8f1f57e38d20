export * from './directory.module';
export * from './entities';
export * from './policies';
export * from './services';
export * from './api-clients';
