export * from './directory-demo-seeder';
export { buildDemoGroups, type DemoGroup } from './demo-groups';
