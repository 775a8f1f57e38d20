export * from './engagement.module';
export * from './entities';
export * from './policies';
export * from './seed/seed-engagement';
export * from './services';
