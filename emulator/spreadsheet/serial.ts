// Date ↔ day serial (day 0 = 1899-12-30) through the wall clock of a time zone, as Sheets stores dates.
import { wallClock, zonedTimeToUtc } from '../services/zone';

const MS_PER_DAY = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);
/** Wall-clock time of an instant in `timeZone`, expressed as if it were UTC milliseconds. */
export function wallClockMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) + w.millisecond;
}

/** The instant whose wall clock in `timeZone` reads `wallMs` (a UTC-encoded wall time). */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  const d = new Date(wallMs);
  const whole = zonedTimeToUtc(
    timeZone,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
  return whole + d.getUTCMilliseconds();
}

/** Serial of a Date's wall clock in `timeZone` (what Sheets stores when a script writes a Date). */
export function dateToSerial(date: Date, timeZone: string): number {
  return (wallClockMs(date.getTime(), timeZone) - EPOCH_1899) / MS_PER_DAY;
}

/** Instants of serials already read, per zone: a sheet's dates repeat (a few thousand days for any size). */
const instants = new Map<string, Map<number, number>>();

/** The instant (ms) a serial means in `timeZone` (what getValues turns into a Date). */
export function serialToMs(serial: number, timeZone: string): number {
  let zone = instants.get(timeZone);
  if (!zone) {
    zone = new Map();
    instants.set(timeZone, zone);
  }
  let ms = zone.get(serial);
  if (ms === undefined) {
    if (zone.size > 100_000) zone.clear();
    ms = instantOfWallClock(Math.round(EPOCH_1899 + serial * MS_PER_DAY), timeZone);
    zone.set(serial, ms);
  }
  return ms;
}

/** Calendar parts of a serial (no zone involved: a serial is already a wall clock). */
export function serialParts(serial: number): {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  weekday: number;
} {
  const wall = new Date(Math.round(EPOCH_1899 + serial * MS_PER_DAY));
  return {
    y: wall.getUTCFullYear(),
    m: wall.getUTCMonth() + 1,
    d: wall.getUTCDate(),
    h: wall.getUTCHours(),
    mi: wall.getUTCMinutes(),
    s: wall.getUTCSeconds(),
    ms: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
  };
}

/** Serial of a calendar date and time (wall clock). */
export function serialOf(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, m - 1, d, h, mi, s) - EPOCH_1899) / MS_PER_DAY;
}

/** True for a real Date from any realm (the bundle's vm realm included). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
