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

/**
 * A code's parts as integers (`6-3-10` → [6, 3, 10]): what the column `guideline_order`
 * holds, and so what a cursor of the guideline's order carries. The database keeps codes
 * to this form (policy_measure_code_format).
 */
export function guidelineOrderOf(code: string): number[] {
  return code.split('-').map(Number);
}
