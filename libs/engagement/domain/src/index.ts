export * from './engagement.module';
export * from './entities';
export * from './policies';
export * from './services';
