export * from './resources-demo-seeder';
export * from './demo-venues';
export * from './demo-fund';
export * from './demo-grants';
export * from './demo-equipment';
