export * from './entities';
export * from './policies';
export * from './resources.module';
export * from './services';
