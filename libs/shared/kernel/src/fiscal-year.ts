/**
 * Japanese fiscal year (年度): 1 April to 31 March, named by the year it starts in.
 * FY2019 = 2019-04-01 … 2020-03-31.
 */
export function fiscalYearOf(date: Date): number {
  const inJapan = new Date(date.getTime() + 9 * 3600_000);
  const year = inJapan.getUTCFullYear();
  return inJapan.getUTCMonth() >= 3 ? year : year - 1;
}

/** Today's date in Japan (JST, UTC+9, no daylight saving) as YYYY-MM-DD: the city's calendar. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
