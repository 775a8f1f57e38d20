export * from './resources-demo-seeder';
export * from './demo-venues';
export * from './demo-fund';
