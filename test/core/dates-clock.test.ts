// The wall clock in a time zone: cached per 15 minutes yet exact at odd-minute changes, very old dates and serials.
import { isoDay, parseIsoDay, serialToDate, wallClock, zoneOffsetMs } from '../../src/core/dates';

const SERIAL_DAY0 = Date.UTC(1899, 11, 30);
/** The spreadsheet serial of a wall-clock time written as an ISO text without zone. */
const serial = (wall: string) => (Date.parse(`${wall}Z`) - SERIAL_DAY0) / 86_400_000;
const clock = (iso: string, zone: string) => {
  const w = wallClock(new Date(iso), zone);
  return `${w.y}-${w.m}-${w.d} ${w.h}:${w.min}:${w.s}`;
};

describe('wallClock', () => {
  it('reads the clock in the zone, every field', () => {
    expect(clock('2026-03-01T15:04:05Z', 'Asia/Seoul')).toBe('2026-3-2 0:4:5');
    expect(clock('2026-12-31T23:59:59Z', 'UTC')).toBe('2026-12-31 23:59:59');
    // The same quarter-hour again, now from the cache.
    expect(clock('2026-03-01T15:10:00Z', 'Asia/Seoul')).toBe('2026-3-2 0:10:0');
    expect(clock('2026-03-01T15:10:00Z', 'America/Los_Angeles')).toBe('2026-3-1 7:10:0');
  });

  it('is exact across a change of offset inside a quarter-hour (St. John’s moved clocks at 00:01)', () => {
    expect(clock('2010-03-14T03:30:00Z', 'America/St_Johns')).toBe('2010-3-14 0:0:0');
    expect(clock('2010-03-14T03:40:00Z', 'America/St_Johns')).toBe('2010-3-14 1:10:0');
    expect(clock('2010-03-14T03:44:59Z', 'America/St_Johns')).toBe('2010-3-14 1:14:59');
  });

  it('keeps local mean time offsets in seconds (Seoul before 1908: +8:27:52)', () => {
    expect(clock('1905-06-01T00:00:00Z', 'Asia/Seoul')).toBe('1905-6-1 8:27:52');
    expect(clock('1899-12-31T15:32:08Z', 'Asia/Seoul')).toBe('1900-1-1 0:0:0');
  });

  it('keeps the year of a date typed with a two-digit or early year', () => {
    expect(clock('0050-06-01T12:00:00Z', 'UTC')).toBe('50-6-1 12:0:0');
    expect(clock('1899-12-31T23:00:00Z', 'UTC')).toBe('1899-12-31 23:0:0');
  });
});

describe('zoneOffsetMs', () => {
  it.each([
    ['2026-01-15T00:00:00Z', 'Asia/Seoul', 9 * 3_600_000],
    ['2026-01-15T00:00:00Z', 'America/Los_Angeles', -8 * 3_600_000],
    ['2026-07-15T00:00:00Z', 'America/Los_Angeles', -7 * 3_600_000],
    ['2026-01-15T00:00:00.999Z', 'UTC', 0],
    ['1960-01-01T00:00:00.250Z', 'UTC', 0],
    ['1905-06-01T00:00:00Z', 'Asia/Seoul', (8 * 3600 + 27 * 60 + 52) * 1000],
  ])('%s in %s: %p ms', (iso, zone, offset) => {
    expect(zoneOffsetMs(Date.parse(iso), zone)).toBe(offset);
  });
});

describe('serialToDate', () => {
  it.each([
    ['2026-03-01T12:00:00', 'Asia/Seoul', '2026-03-01T03:00:00.000Z'],
    ['2026-03-01T00:00:00', 'UTC', '2026-03-01T00:00:00.000Z'],
    // Just after Los Angeles sprang forward (02:00 became 03:00 on 8 March 2026).
    ['2026-03-08T03:30:00', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z'],
    ['2026-03-08T01:30:00', 'America/Los_Angeles', '2026-03-08T09:30:00.000Z'],
    ['1960-01-01T12:00:00.250', 'UTC', '1960-01-01T12:00:00.250Z'],
  ])('serial of %s in %s is %s', (wall, zone, iso) => {
    expect(serialToDate(serial(wall), zone).toISOString()).toBe(iso);
  });
});

describe('parseIsoDay', () => {
  it.each([
    [' 2026-03-09 ', '2026-03-09'],
    ['2026-03-091', undefined],
    ['2026-03-09x', undefined],
    ['12026-03-09', undefined],
    ['2026-02-28', '2026-02-28'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', undefined],
    ['2026-03-00', undefined],
    ['2026-12-31', '2026-12-31'],
    ['2026-12-32', undefined],
  ])('%p is %p', (text, iso) => {
    const day = parseIsoDay(text);
    expect(day === undefined ? undefined : isoDay(day)).toBe(iso);
  });
});
