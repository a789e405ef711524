// Calendar days in a given IANA time zone: the spreadsheet's zone decides which day a Date falls on.

const MS_PER_DAY = 86_400_000;

/** True for a valid Date from any realm (Sheets' Dates, or Dates built in another V8 context in tests). */
export function isDate(value: unknown): value is Date {
  // Most cells are text or numbers: only objects are asked what they are. A Date of this realm is
  // known by its prototype (cheaper than instanceof when Date is a wrapped constructor).
  if (typeof value !== 'object' || value === null) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the check below answers the same, slower
  if (Object.getPrototypeOf(value) === DATE_PROTOTYPE)
    return !Number.isNaN((value as Date).getTime());
  return (
    Object.prototype.toString.call(value) === '[object Date]' &&
    !Number.isNaN((value as Date).getTime())
  );
}

const DATE_PROTOTYPE: unknown = Date.prototype;

const formatters = new Map<string, Intl.DateTimeFormat>();

type WallClock = { y: number; m: number; d: number; h: number; min: number; s: number };

/** Zone offsets (ms) per zone and 15-minute slice of time, cached when constant over the slice. */
const SLICE_MS = 900_000;
const offsets = new Map<string, number>();
/** Before 1900 (local mean times, two-digit years in Date.UTC) Intl is always asked. */
const EARLIEST_CACHED = Date.UTC(1900, 0, 1);

/**
 * The wall clock a moment shows in `timeZone`: year, month 1-12, day, hour 0-23, minute, second.
 * Intl is asked once per zone and 15 minutes of time (reading a sheet converts every date cell).
 */
export function wallClock(date: Date, timeZone: string): WallClock {
  const ms = date.getTime();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Intl is always right; the cache only saves time
  if (!(ms >= EARLIEST_CACHED)) return intlWallClock(date, timeZone);
  const slice = Math.floor(ms / SLICE_MS);
  const key = `${timeZone} ${slice}`;
  let offset = offsets.get(key);
  // Stryker disable next-line ConditionalExpression: computing the slice's offset again gives the same clock
  if (offset === undefined) {
    const start = slice * SLICE_MS;
    const a = intlOffset(start, timeZone);
    // A zone change inside the slice: ask Intl for this moment only.
    if (a !== intlOffset(start + SLICE_MS - 1000, timeZone)) return intlWallClock(date, timeZone);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory; any bound gives the same clock
    if (offsets.size > 500_000) offsets.clear();
    offsets.set(key, a);
    offset = a;
  }
  const d = new Date(ms + offset);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

/** How far the zone's wall clock is ahead of UTC at `ms` (whole seconds). */
function intlOffset(ms: number, timeZone: string): number {
  const w = intlWallClock(new Date(ms), timeZone);
  // Stryker disable next-line ArithmeticOperator: a wrong offset differs at a slice's two ends, so Intl is asked instead
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(ms / 1000) * 1000;
}

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters.set(timeZone, f);
  return f;
}

function intlWallClock(date: Date, timeZone: string): WallClock {
  const f = formatters.get(timeZone) ?? newFormatter(timeZone);
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  return { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute, s: p.second };
}

/** The calendar date (y, m 1-12, d) a moment falls on in `timeZone`. */
export function calendarDate(date: Date, timeZone: string): { y: number; m: number; d: number } {
  const { y, m, d } = wallClock(date, timeZone);
  return { y, m, d };
}

/** Day number (days since 1970-01-01) of the calendar date a moment falls on in `timeZone`. */
export function dayNumber(date: Date, timeZone: string): number {
  const { y, m, d } = calendarDate(date, timeZone);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Day 0 of spreadsheet serials (1899-12-30), as a UTC wall clock. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** How far `timeZone`'s wall clock is ahead of UTC at instant `ms` (e.g. +9 h for Asia/Seoul). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(ms / 1000) * 1000;
}

/**
 * The moment a spreadsheet day serial (a number in a date column: days since 1899-12-30, the
 * fraction a time of day) means in the spreadsheet's `timeZone`.
 */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
  let ms = wall - zoneOffsetMs(wall, timeZone);
  ms = wall - zoneOffsetMs(ms, timeZone);
  return new Date(ms);
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
  const known = isoDays.get(text);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a text not kept is read again, to the same day
  if (known !== undefined || isoDays.has(text)) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  let day: number | undefined;
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // A month past 12 or a day past the month's end (or 00) rolls over into another month.
    if (new Date(ms).getUTCMonth() === Number(m[2]) - 1) day = Math.round(ms / MS_PER_DAY);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the cache, not on what it returns
  if (isoDays.size >= 10_000) isoDays.clear();
  isoDays.set(text, day);
  return day;
}

/** Texts read as ISO days: sheets and series repeat the same few hundred days. */
const isoDays = new Map<string, number | undefined>();

/** Weekday of a day number: 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True for a day number that is neither a Saturday, a Sunday nor one of the holidays. */
export function isBusinessDay(day: number, holidays: ReadonlySet<number>): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.has(day);
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
  for (let day = from + 1; day <= to; day++) if (isBusinessDay(day, holidays)) n++;
  return n;
}
