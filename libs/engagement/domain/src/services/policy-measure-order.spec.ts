import { describe, expect, it } from 'vitest';
import { compareMeasureCodes, guidelineOrderOf } from './policy-measure-order';

const sorted = (codes: string[]) => codes.map((code) => ({ code })).sort(compareMeasureCodes).map((m) => m.code);

describe('compareMeasureCodes', () => {
  it('orders numerically part by part, so 6-3-2 comes before 6-3-10', () => {
    expect(sorted(['6-3-10', '6-3-2', '6-10-1', '6-2-9', '6-3-1'])).toEqual(['6-2-9', '6-3-1', '6-3-2', '6-3-10', '6-10-1']);
  });

  it('puts a shorter code before its extensions and is stable on equal codes', () => {
    expect(sorted(['6-3-1', '6-3'])).toEqual(['6-3', '6-3-1']);
    expect(compareMeasureCodes({ code: '6-1-1' }, { code: '6-1-1' })).toBe(0);
  });

  it('agrees with guidelineOrderOf, the integer parts the database sorts by', () => {
    const byParts = (a: string, b: string) => {
      const [x, y] = [guidelineOrderOf(a), guidelineOrderOf(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
      return x.length - y.length;
    };
    const codes = ['6-3-10', '6-3-2', '6-10-1', '6-2-9', '6-3', '6-3-1', '6-1-1', '6-7-3', '6-4-12', '6-4-2'];
    expect([...codes].sort(byParts)).toEqual(sorted(codes));
    expect(guidelineOrderOf('6-3-10')).toEqual([6, 3, 10]);
  });
});
