export * from './entities';
export * from './resources.module';
export * from './services';
