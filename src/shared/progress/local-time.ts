/** Local calendar days from ISO instants and a fixed UTC offset (the user's clock, minutes east of UTC). */

export const DAY_MS = 86_400_000;

/** Milliseconds of the instant on the user's local clock, read back with UTC getters; NaN if unparsable. */
export function localMs(iso: string, utcOffsetMin: number): number {
  return Date.parse(iso) + utcOffsetMin * 60_000;
}

/** Whole local days since 1970-01-01 (a day number: equal for the same local date). */
export function localDayNumber(localMsValue: number): number {
  return Math.floor(localMsValue / DAY_MS);
}

/** Day number of the Monday of the ISO week containing day `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  return day - weekday;
}

/** YYYY-MM-DD of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
