export * from './collaboration-demo-seeder';
export * from './demo-collaboration';
export * from './demo-proposals';
export * from './group-picking';
