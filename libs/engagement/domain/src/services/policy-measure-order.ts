import type { PolicyMeasure } from '../entities';

/** Orders codes like 6-3-2 before 6-3-10: part by part, numerically where both parts are numbers. */
export function compareMeasureCodes(a: Pick<PolicyMeasure, 'code'>, b: Pick<PolicyMeasure, 'code'>): number {
  const left = a.code.split('-');
  const right = b.code.split('-');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}
