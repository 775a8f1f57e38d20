export * from './engagement.module';
export * from './entities';
export * from './services';
