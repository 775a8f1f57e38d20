import { describe, expect, it } from 'vitest';
import {
  formatYen,
  isSignedYen,
  isYen,
  MAX_YEN,
  negateYen,
  signedYen,
  signedYenFromDecimalText,
  sumYen,
  yen,
  yenIssue,
  yenProblem,
  type SignedYen,
  type Yen,
} from './yen';

describe('amounts of yen', () => {
  it('accepts whole, safe numbers of yen; Yen only zero or more', () => {
    for (const value of [0, 1, 1000, 3_000_000, MAX_YEN]) {
      expect(isYen(value), String(value)).toBe(true);
      expect(isSignedYen(value), String(value)).toBe(true);
    }
    for (const value of [-1, -3_000_000, -MAX_YEN]) {
      expect(isYen(value), String(value)).toBe(false);
      expect(isSignedYen(value), String(value)).toBe(true);
    }
  });

  it('names what is wrong with anything else', () => {
    expect(yenProblem(12.5, 'signed')).toBe('NOT_WHOLE_YEN');
    expect(yenProblem(0.1 + 0.2, 'signed')).toBe('NOT_WHOLE_YEN');
    expect(yenProblem(-1, 'non-negative')).toBe('NEGATIVE');
    expect(yenProblem(MAX_YEN + 1, 'signed')).toBe('OUT_OF_RANGE');
    expect(yenProblem(-MAX_YEN - 1, 'signed')).toBe('OUT_OF_RANGE');
    expect(yenProblem(1e21, 'signed')).toBe('OUT_OF_RANGE');
    expect(yenProblem(Number.POSITIVE_INFINITY, 'signed')).toBe('OUT_OF_RANGE');
    expect(yenProblem(Number.NaN, 'signed')).toBe('NOT_A_NUMBER');
    expect(yenProblem('1000', 'signed')).toBe('NOT_A_NUMBER');
    expect(yenProblem('1e3', 'signed')).toBe('NOT_A_NUMBER');
    expect(yenProblem(1000n, 'signed')).toBe('NOT_A_NUMBER');
    expect(yenProblem(null, 'signed')).toBe('NOT_A_NUMBER');
    expect(yenProblem(true, 'signed')).toBe('NOT_A_NUMBER');
  });

  it('builds amounts from numbers the code produces, and refuses bad ones loudly', () => {
    expect(yen(1000)).toBe(1000);
    expect(Object.is(yen(-0), 0)).toBe(true);
    expect(signedYen(-500)).toBe(-500);
    expect(() => yen(-500)).toThrow(RangeError);
    expect(() => yen(0.5)).toThrow(/whole number/);
    expect(() => signedYen(MAX_YEN + 2)).toThrow(RangeError);
  });

  it('reports an input field that is not yen as a FieldIssue', () => {
    expect(yenIssue(['amount'], 1000, 'non-negative')).toBeNull();
    expect(yenIssue(['lines', '1', 'amount'], -5, 'non-negative')).toEqual({
      field: ['lines', '1', 'amount'],
      code: 'NEGATIVE',
      message: 'amount must not be negative.',
    });
    expect(yenIssue(['amount'], 99.9, 'signed')?.code).toBe('NOT_WHOLE_YEN');
  });

  it('sums and negates within the safe range, and a balanced double entry sums to zero', () => {
    const lines: SignedYen[] = [signedYen(50_000), negateYen(yen(30_000)), negateYen(yen(20_000))];
    expect(sumYen(lines)).toBe(0);
    expect(Object.is(sumYen([signedYen(-1), signedYen(1)]), 0)).toBe(true);
    const donations: Yen[] = [yen(1000), yen(2500)];
    const total: Yen = sumYen(donations);
    expect(total).toBe(3500);
    expect(sumYen([])).toBe(0);
    expect(() => sumYen([yen(MAX_YEN), yen(1)])).toThrow(RangeError);
    expect(() => sumYen([1.5 as Yen])).toThrow(RangeError);
  });

  it('reads PostgreSQL bigint and numeric text exactly, refusing what a number cannot hold', () => {
    expect(signedYenFromDecimalText('1200')).toBe(1200);
    expect(signedYenFromDecimalText('-1200')).toBe(-1200);
    expect(signedYenFromDecimalText('1200.00')).toBe(1200);
    expect(signedYenFromDecimalText(String(MAX_YEN))).toBe(MAX_YEN);
    expect(() => signedYenFromDecimalText('9007199254740992')).toThrow(RangeError);
    expect(() => signedYenFromDecimalText('9223372036854775807')).toThrow(RangeError);
    expect(() => signedYenFromDecimalText('12.5')).toThrow(RangeError);
    expect(() => signedYenFromDecimalText('1e3')).toThrow(RangeError);
    expect(() => signedYenFromDecimalText('')).toThrow(RangeError);
  });

  it('formats amounts as the city writes them', () => {
    expect(formatYen(yen(1_234_000))).toBe('1,234,000円');
    expect(formatYen(signedYen(-500))).toBe('-500円');
  });
});
