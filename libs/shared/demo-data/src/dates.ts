/**
 * Calendar arithmetic for the demo generators on plain 'YYYY-MM-DD' dates. Days are counted
 * in UTC from the epoch, so no time zone or daylight-saving rule can shift a date.
 */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${isoDate}`);
  return ms / DAY_MS;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOfDay(dayNumber(isoDate) + days);
}

/** The later of two 'YYYY-MM-DD' dates (they compare as strings). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * An ISO 8601 timestamp with the +09:00 offset for a JST wall-clock time: venues open and
 * close on local time, so the demo writes what a booking sheet in Kamakura would show.
 */
export function jstTimestamp(isoDate: string, minutesFromMidnight: number): string {
  const hours = String(Math.floor(minutesFromMidnight / 60)).padStart(2, '0');
  const minutes = String(minutesFromMidnight % 60).padStart(2, '0');
  return `${isoDate}T${hours}:${minutes}:00+09:00`;
}
