export * from './directory-demo-seeder';
