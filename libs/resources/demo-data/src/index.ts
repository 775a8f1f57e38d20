export * from './resources-demo-seeder';
export * from './demo-venues';
