import { describe, expect, it } from 'vitest';
import { fiscalYearOf, todayInJapan } from './fiscal-year';

describe('Japanese calendar helpers', () => {
  it('names a fiscal year by the April it starts in', () => {
    expect(fiscalYearOf(new Date('2019-04-01T00:00:00Z'))).toBe(2019);
    expect(fiscalYearOf(new Date('2020-03-31T00:00:00Z'))).toBe(2019);
    // 1 April 2020 has begun in Kamakura while it is still 31 March in UTC.
    expect(fiscalYearOf(new Date('2020-03-31T15:00:00Z'))).toBe(2020);
  });

  it('rolls the date over at midnight JST, not UTC', () => {
    expect(todayInJapan(new Date('2020-03-31T14:59:59Z'))).toBe('2020-03-31');
    expect(todayInJapan(new Date('2020-03-31T15:00:00Z'))).toBe('2020-04-01');
  });
});
