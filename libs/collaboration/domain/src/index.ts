export * from './collaboration.module';
export * from './entities';
export * from './services';
