export * from './collaboration.module';
export * from './entities';
export * from './policies';
export * from './services';
