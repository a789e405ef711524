// Time-zone arithmetic for the emulated services: wall-clock parts of an instant in a zone, and back.

/** The wall-clock reading of an instant in a time zone. month is 1–12, weekday 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Minutes east of UTC at that instant (Seoul +540, Los Angeles −480 or −420). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** A fixed offset such as `GMT+9`, `GMT-03:30`, `UTC+0900`: Java's TimeZone accepts these. */
function fixedOffsetMinutes(timeZone: string): number | undefined {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The IANA zone Intl should use, or a fixed offset. Unknown names fall back to GMT, as Java's
 * TimeZone.getTimeZone does (Apps Script formats with Java underneath).
 */
export function resolveZone(timeZone: string): { iana: string } | { offset: number } {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== undefined) return { offset: fixed };
  return isKnownZone(timeZone) ? { iana: timeZone } : { offset: 0 };
}

/** True when Intl knows this IANA zone name. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(iana, f);
  }
  return f;
}

/** Zone offsets (minutes) per IANA zone and 15-minute slice of time, known constant over the slice. */
const OFFSET_SLICE_MS = 900_000;
const offsetCache = new Map<string, number>();

/** The offset of `iana` at `ms` when the whole 15-minute slice around it has one offset, from cache. */
function cachedOffset(iana: string, ms: number): number | undefined {
  const slice = Math.floor(ms / OFFSET_SLICE_MS);
  const key = `${iana} ${slice}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const first = intlWallClock(slice * OFFSET_SLICE_MS, iana);
  const start = first.offsetMinutes;
  const end = intlWallClock((slice + 1) * OFFSET_SLICE_MS - 1, iana).offsetMinutes;
  // A zone change inside the slice, or an offset in seconds (old local mean times): ask Intl each time.
  if (start !== end || fixedWallClock(slice * OFFSET_SLICE_MS, start).second !== first.second)
    return undefined;
  if (offsetCache.size > 500_000) offsetCache.clear();
  offsetCache.set(key, start);
  return start;
}

/** Wall-clock parts of `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const zone = resolveZone(timeZone);
  // Reading a sheet converts every date cell: a zone's offset is looked up once per 15 minutes of time.
  const offset = 'offset' in zone ? zone.offset : cachedOffset(zone.iana, ms);
  if (offset === undefined) return intlWallClock(ms, (zone as { iana: string }).iana);
  return fixedWallClock(ms, offset);
}

/** Wall-clock parts at a fixed offset from UTC (minutes). */
function fixedWallClock(ms: number, offset: number): WallClock {
  const d = new Date(ms + offset * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: d.getUTCDay(),
    offsetMinutes: offset,
  };
}

/** Wall-clock parts from Intl (the source of truth for named zones). */
function intlWallClock(ms: number, iana: string): WallClock {
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const zone = { iana };
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone.iana).formatToParts(new Date(ms))) parts[p.type] = p.value;
  // Intl gives the era-year (1 BC = year 1, era BC); convert to the proleptic year.
  const year =
    parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const w = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
    weekday: WEEKDAYS[parts.weekday] ?? 0,
  };
  const asUtc = utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) + millisecond;
  return { ...w, offsetMinutes: Math.round((asUtc - ms) / 60_000) };
}

function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  // Out-of-range days and months roll over (day 32 of January is 1 February), as Date.UTC does.
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (y >= 0 && y < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900); // Date.UTC maps 0–99 to 19xx
  return date.getTime();
}

/**
 * The instant at which the wall clock in `timeZone` reads the given time. In a DST gap the
 * result lands after the gap; in an overlap, on the first (earlier) of the two readings.
 */
export function zonedTimeToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const local = utcMs(year, month, day, hour, minute, second);
  // The offsets in force a day either side cover any single transition near this time.
  const before = wallClock(local - 86_400_000, timeZone).offsetMinutes;
  const after = wallClock(local + 86_400_000, timeZone).offsetMinutes;
  const matches = [before, after]
    .map((offset) => local - offset * 60_000)
    .filter((ms) => {
      const w = wallClock(ms, timeZone);
      return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) === local;
    });
  if (matches.length > 0) return Math.min(...matches);
  // A wall time skipped by a DST jump: read it with the earlier offset, which lands after the gap.
  return local - before * 60_000;
}

/** Abbreviations Java prints for `z` where Intl's en-US data only has `GMT+N`. */
const JAVA_SHORT_NAMES: Record<string, [standard: string, daylight?: string]> = {
  'Asia/Seoul': ['KST'],
  'Asia/Tokyo': ['JST'],
  'Asia/Shanghai': ['CST'],
  'Asia/Hong_Kong': ['HKT'],
  'Asia/Taipei': ['CST'],
  'Asia/Singapore': ['SGT'],
  'Asia/Kolkata': ['IST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  UTC: ['UTC'],
  'Etc/UTC': ['UTC'],
  GMT: ['GMT'],
  'Etc/GMT': ['GMT'],
};

/** `GMT+09:00` style, as Java prints zones it has no abbreviation for. */
export function gmtOffsetName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** The zone name for pattern letter `z` (short) or `zzzz` (long) at instant `ms`. */
export function zoneName(ms: number, timeZone: string, long: boolean): string {
  const zone = resolveZone(timeZone);
  const offset = wallClock(ms, timeZone).offsetMinutes;
  if ('offset' in zone) return gmtOffsetName(offset);
  if (!long) {
    const known = JAVA_SHORT_NAMES[zone.iana];
    if (known) {
      const january = wallClock(Date.UTC(new Date(ms).getUTCFullYear(), 0, 1), timeZone);
      const july = wallClock(Date.UTC(new Date(ms).getUTCFullYear(), 6, 1), timeZone);
      const standard = Math.min(january.offsetMinutes, july.offsetMinutes);
      return offset !== standard && known[1] ? known[1] : known[0];
    }
  }
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.iana,
    timeZoneName: long ? 'long' : 'short',
  })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value;
  if (!name || /^GMT([+-]|$)/.test(name)) return gmtOffsetName(offset);
  return name;
}

/** Left-pads a non-negative integer with zeros to `width` digits. */
export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}
