import { deterministicUuid } from '@tsunagaru/shared-kernel';

/**
 * Ids of demo records that several subgraphs refer to. Subgraphs never read each
 * other's tables, so their seeders agree on ids by deriving them from the same names.
 */
export const DEMO_GROUP_COUNT = 390;

export function demoGroupId(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= DEMO_GROUP_COUNT) {
    throw new RangeError(`demo group index ${index} is outside 0..${DEMO_GROUP_COUNT - 1}`);
  }
  return deterministicUuid('group', String(index));
}

export function demoDepartmentId(code: string): string {
  return deterministicUuid('department', code);
}

export function demoIntermediaryId(code: string): string {
  return deterministicUuid('intermediary', code);
}
