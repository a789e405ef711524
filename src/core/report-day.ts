// The report date the daily job writes: midnight of today in the spreadsheet's time zone, as an instant.
import { calendarDate, dayNumber, zoneOffsetMs } from './dates';

const MS_PER_DAY = 86_400_000;

/**
 * The instant that is 00:00 on day number `day` in `timeZone` (where midnight is skipped by a
 * daylight-saving change, the first instant of that day). Written to a cell, Sheets shows that date.
 */
export function startOfDay(day: number, timeZone: string): Date {
  const wallMidnight = day * MS_PER_DAY;
  let guess = wallMidnight - zoneOffsetMs(wallMidnight, timeZone);
  guess = wallMidnight - zoneOffsetMs(guess, timeZone);
  // A skipped midnight lands on the previous day: move to the first hour of the right day.
  while (dayNumber(new Date(guess), timeZone) < day) guess += 3_600_000;
  return new Date(guess);
}

/**
 * Each moment as the start of its day in `timeZone`: what a date-only column such as Closed on
 * holds, whether the edit trigger, reconcile or the deal card writes it.
 */
export function asDays<K>(moments: ReadonlyMap<K, Date>, timeZone: string): Map<K, Date> {
  const days = new Map<K, Date>();
  for (const [key, at] of moments) days.set(key, startOfDay(dayNumber(at, timeZone), timeZone));
  return days;
}

/** Midnight today, in the spreadsheet's zone, for the moment `now`. */
export function reportDate(now: Date, timeZone: string): Date {
  return startOfDay(dayNumber(now, timeZone), timeZone);
}

/** `YYYY-MM-DD` of the day `date` falls on in `timeZone` (for logs). */
export function isoDate(date: Date, timeZone: string): string {
  const { y, m, d } = calendarDate(date, timeZone);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
