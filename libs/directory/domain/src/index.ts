export * from './directory.module';
export * from './entities';
export * from './services';
