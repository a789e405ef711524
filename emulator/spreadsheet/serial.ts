// Date ↔ day serial (day 0 = 1899-12-30) through the wall clock of a time zone, as Sheets stores dates.

const MS_PER_DAY = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
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
  }
  return f;
}

/** Wall-clock time of an instant in `timeZone`, expressed as if it were UTC milliseconds. */
export function wallClockMs(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall + (((ms % 1000) + 1000) % 1000);
}

/** The instant whose wall clock in `timeZone` reads `wallMs` (a UTC-encoded wall time). */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  let t = wallMs;
  for (let i = 0; i < 3; i++) {
    const offset = wallClockMs(t, timeZone) - t;
    const next = wallMs - offset;
    if (next === t) break;
    t = next;
  }
  return t;
}

/** Serial of a Date's wall clock in `timeZone` (what Sheets stores when a script writes a Date). */
export function dateToSerial(date: Date, timeZone: string): number {
  return (wallClockMs(date.getTime(), timeZone) - EPOCH_1899) / MS_PER_DAY;
}

/** The instant (ms) a serial means in `timeZone` (what getValues turns into a Date). */
export function serialToMs(serial: number, timeZone: string): number {
  const wall = Math.round(EPOCH_1899 + serial * MS_PER_DAY);
  return instantOfWallClock(wall, timeZone);
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
