import { describe, expect, it } from 'vitest';
import { compareMeasureCodes } from './policy-measure-order';

const sorted = (codes: string[]) => codes.map((code) => ({ code })).sort(compareMeasureCodes).map((m) => m.code);

describe('compareMeasureCodes', () => {
  it('orders numerically part by part, so 6-3-2 comes before 6-3-10', () => {
    expect(sorted(['6-3-10', '6-3-2', '6-10-1', '6-2-9', '6-3-1'])).toEqual(['6-2-9', '6-3-1', '6-3-2', '6-3-10', '6-10-1']);
  });

  it('puts a shorter code before its extensions and is stable on equal codes', () => {
    expect(sorted(['6-3-1', '6-3'])).toEqual(['6-3', '6-3-1']);
    expect(compareMeasureCodes({ code: '6-1-1' }, { code: '6-1-1' })).toBe(0);
  });
});
