export * from './directory-demo-seeder';
export * from './scale-directory';
