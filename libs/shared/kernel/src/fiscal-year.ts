/**
 * Japanese fiscal year (年度): 1 April to 31 March, named by the year it starts in.
 * FY2019 = 2019-04-01 … 2020-03-31.
 */
export function fiscalYearOf(date: Date): number {
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 3 ? year : year - 1;
}
