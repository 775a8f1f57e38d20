export * from './graphql-client';
export * from './policy-callers';
export * from './test-environment';
// Tests name demo records and demo users through here, so code under test never imports demo data.
export {
  DEMO_DEPARTMENTS,
  DEMO_INTERMEDIARIES,
  demoDepartmentId,
  demoGroupId,
  demoIntermediaryId,
  demoPrincipal,
  type DemoPrincipalOptions,
} from '@tsunagaru/shared-demo-data';
