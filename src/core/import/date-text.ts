// Dates people type as text (2017-10-01, 2017.10.01, 10/1/2017, 14/03/2022, 2017년 10월 1일), with a
// column's day/month order inferred from its unambiguous values, else the spreadsheet locale's.
import { wallClock } from '../dates';

/** A calendar day with an optional time of day, as written (no time zone: the adapter places it). */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
  hour: number;
  minute: number;
}

/** Day and month order of dates written a/b/yyyy: day first (14/03/2022) or month first (3/14/2022). */
export type DayOrder = 'dmy' | 'mdy';

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?`;
/** Year first: 2017-10-01, 2017.10.01, 2017. 10. 1., 2017/10/01, 2017년 10월 1일 (optionally a time). */
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*[.일]?${TIME}\s*$`,
);
/** Year last: 10/1/2017, 14/03/2022, 1.10.2017, 01-10-2017 (optionally a time). */
const YEAR_LAST = new RegExp(
  String.raw`^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})\.?${TIME}\s*$`,
);

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200) return false;
  // A month or day out of range (month 13 or 0, day 0, 30 February) rolls into another month.
  return new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
}

function day(y: number, m: number, d: number, h?: string, mi?: string): CalendarDay | undefined {
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  if (!valid(y, m, d) || hour > 23 || minute > 59) return undefined;
  return { y, m, d, hour, minute };
}

/** What a year-last date says about the column's order: only one order fits, both do, or neither. */
export function dayOrderEvidence(raw: string): DayOrder | 'either' | undefined {
  const m = YEAR_LAST.exec(raw.normalize('NFKC').trim());
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dmy = valid(y, b, a);
  const mdy = valid(y, a, b);
  if (dmy && mdy) return a === b ? undefined : 'either';
  return dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

/**
 * The order for a column of texts: the one its unambiguous values show (14/03/2022 → day first),
 * undefined when values contradict each other or none decides.
 */
export function inferDayOrder(texts: Iterable<string>): DayOrder | 'conflict' | undefined {
  let dmy = false;
  let mdy = false;
  for (const t of texts) {
    const e = dayOrderEvidence(t);
    if (e === 'dmy') dmy = true;
    else if (e === 'mdy') mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  return dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

/** The order a spreadsheet locale reads a/b/yyyy in: month first in the US (and Korean Sheets), else day first. */
export function localeDayOrder(locale: string): DayOrder {
  return /^(en_US|en_PH|ko|ja|zh|fil)/i.test(locale) || locale === '' ? 'mdy' : 'dmy';
}

/**
 * A calendar day from text, or undefined. Year-first dates need no order; a year-last date is
 * read with `order` (and needs none when only one reading is a real date, e.g. 14/03/2022).
 */
export function readDateText(raw: string, order: DayOrder | undefined): CalendarDay | undefined {
  const text = raw.normalize('NFKC').trim();
  let m = YEAR_FIRST.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = YEAR_LAST.exec(text);
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const evidence = dayOrderEvidence(text);
  const use = evidence === 'dmy' || evidence === 'mdy' ? evidence : order;
  if (use === undefined) return a === b ? day(y, a, b, m[4], m[5]) : undefined;
  return use === 'dmy' ? day(y, b, a, m[4], m[5]) : day(y, a, b, m[4], m[5]);
}

/** ISO text of a calendar day (with the time when it has one), for reports. */
export function calendarDayText(c: CalendarDay): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${c.y}-${p(c.m)}-${p(c.d)}`;
  return c.hour || c.minute ? `${date} ${p(c.hour)}:${p(c.minute)}` : date;
}

/** A wall clock as if it were UTC (ms). */
function wallClockMs(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
}

/** The moment a calendar day's wall clock shows in `timeZone` (what a sheet cell of that day holds). */
export function calendarDayToDate(c: CalendarDay, timeZone: string): Date {
  // A plan shares one CalendarDay among the cells of a column that hold the same text.
  const same = placedDays.get(c);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without this cache the day is looked up by its text, at the same moment
  if (same !== undefined && same.timeZone === timeZone) return new Date(same.ms);
  // Imports repeat the same few hundred days thousands of times.
  const key = `${timeZone} ${c.y} ${c.m} ${c.d} ${c.hour} ${c.minute}`;
  let ms = placed.get(key);
  // Stryker disable next-line ConditionalExpression: without the cache the day is placed again, at the same moment
  if (ms === undefined) {
    ms = placeCalendarDay(c, timeZone).getTime();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the cache, not on what it returns
    if (placed.size > 100_000) placed.clear();
    placed.set(key, ms);
  }
  placedDays.set(c, { timeZone, ms });
  return new Date(ms);
}

const placed = new Map<string, number>();
const placedDays = new WeakMap<CalendarDay, { timeZone: string; ms: number }>();

function placeCalendarDay(c: CalendarDay, timeZone: string): Date {
  const target = Date.UTC(c.y, c.m - 1, c.d, c.hour, c.minute);
  let guess = target;
  // Two corrections settle the zone offset, including across a daylight-saving change.
  // Stryker disable next-line EqualityOperator: a third correction lands where the gap rule below does
  for (let i = 0; i < 2; i++) guess += target - wallClockMs(guess, timeZone);
  // A time the clocks skip (midnight of 2018-11-04 in São Paulo) has no moment: the corrections end
  // before the gap, on the previous day. Take the moment after the gap, so the day stays the same.
  const wall = wallClockMs(guess, timeZone);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: after two corrections the wall clock shows the target, or falls short of it in a gap
  if (wall < target) guess += target - wall;
  return new Date(guess);
}

/**
 * calendarDayToDate for many cells: cells converted from the same text share one calendar day
 * object, so they share its Date (which nothing changes afterwards).
 */
export function calendarDayPlacer(timeZone: string): (day: CalendarDay) => Date {
  const dates = new Map<CalendarDay, Date>();
  return (day) => {
    let date = dates.get(day);
    if (!date) {
      date = calendarDayToDate(day, timeZone);
      dates.set(day, date);
    }
    return date;
  };
}
