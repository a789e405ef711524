// Calendar days are counted in the spreadsheet's time zone, not the machine's.
import {
  businessDaysBetween,
  calendarDaysBetween,
  dayNumber,
  isoDay,
  parseIsoDay,
  weekday,
} from '../../src/core/dates';

describe('calendar days in a time zone', () => {
  // 2026-03-01 00:30 in Seoul is still 2026-02-28 in Los Angeles and in UTC.
  const justAfterSeoulMidnight = new Date('2026-02-28T15:30:00Z');

  it('puts one moment on different days in different zones', () => {
    expect(isoDay(dayNumber(justAfterSeoulMidnight, 'Asia/Seoul'))).toBe('2026-03-01');
    expect(isoDay(dayNumber(justAfterSeoulMidnight, 'America/Los_Angeles'))).toBe('2026-02-28');
  });

  it('counts whole calendar days, not 24-hour periods', () => {
    const lateEvening = new Date('2026-03-01T14:50:00Z'); // 23:50 Seoul, Mar 1
    const nextMorning = new Date('2026-03-01T15:10:00Z'); // 00:10 Seoul, Mar 2
    expect(calendarDaysBetween(lateEvening, nextMorning, 'Asia/Seoul')).toBe(1);
    expect(calendarDaysBetween(lateEvening, nextMorning, 'UTC')).toBe(0);
  });

  it('is not fooled by daylight-saving changes', () => {
    const before = new Date('2026-03-07T20:00:00Z'); // Mar 7 noon LA (PST)
    const after = new Date('2026-03-09T19:00:00Z'); // Mar 9 noon LA (PDT)
    expect(calendarDaysBetween(before, after, 'America/Los_Angeles')).toBe(2);
  });

  it('parses ISO days and rejects impossible dates', () => {
    expect(isoDay(parseIsoDay('2026-02-28')!)).toBe('2026-02-28');
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay('28/02/2026')).toBeUndefined();
  });

  it('counts business days skipping weekends and holidays', () => {
    const fri = parseIsoDay('2026-03-06')!;
    expect(weekday(fri)).toBe(5);
    const nextFri = parseIsoDay('2026-03-13')!;
    expect(businessDaysBetween(fri, nextFri, new Set())).toBe(5);
    expect(businessDaysBetween(fri, nextFri, new Set([parseIsoDay('2026-03-10')!]))).toBe(4);
    expect(businessDaysBetween(nextFri, fri, new Set())).toBe(0);
  });
});
