export * from './create-orm';
export * from './database';
export * from './embedded-postgres';
export * from './id-loader';
export * from './keyset-pagination';
export * from './paged-loaders';
export * from './persistence-module';

export * from './postgres-errors';
export * from './yen-type';
