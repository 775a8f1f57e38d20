export * from './create-orm';
export * from './database';
export * from './embedded-postgres';
export * from './id-loader';
export * from './persistence-module';
export * from './seeding';
export * from './sql-statement-counter';
export * from './postgres-errors';
