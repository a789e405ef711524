// Calendar days in a given IANA time zone: the spreadsheet's zone decides which day a Date falls on.

const MS_PER_DAY = 86_400_000;

/** True for a valid Date from any realm (Sheets' Dates, or Dates built in another V8 context in tests). */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' &&
    !Number.isNaN((value as Date).getTime())
  );
}
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date (y, m 1-12, d) a moment falls on in `timeZone`. */
export function calendarDate(date: Date, timeZone: string): { y: number; m: number; d: number } {
  const parts = formatter(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Day number (days since 1970-01-01) of the calendar date a moment falls on in `timeZone`. */
export function dayNumber(date: Date, timeZone: string): number {
  const { y, m, d } = calendarDate(date, timeZone);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Whole calendar days from `from` to `to` in `timeZone` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return dayNumber(to, timeZone) - dayNumber(from, timeZone);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of an ISO `YYYY-MM-DD` string, or undefined if it is not a real date. */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3]))
    return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** Weekday of a day number: 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Business days after `from` up to and including `to` (both day numbers), skipping Saturdays,
 * Sundays and the given holiday day numbers. 0 when `to` <= `from`.
 */
export function businessDaysBetween(
  from: number,
  to: number,
  holidays: ReadonlySet<number>,
): number {
  let n = 0;
  for (let day = from + 1; day <= to; day++) {
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6 && !holidays.has(day)) n++;
  }
  return n;
}
