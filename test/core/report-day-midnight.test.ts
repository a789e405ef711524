// The report date where midnight does not exist (São Paulo, 2018-11-04) and at exactly midnight.
import { parseIsoDay } from '../../src/core/dates';
import { isoDate, reportDate, startOfDay } from '../../src/core/report-day';

describe('startOfDay', () => {
  it('is the first instant of a day whose midnight was skipped: 01:00 in São Paulo', () => {
    const day = parseIsoDay('2018-11-04')!;
    expect(startOfDay(day, 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(startOfDay(day - 1, 'America/Sao_Paulo').toISOString()).toBe('2018-11-03T03:00:00.000Z');
    expect(startOfDay(day + 1, 'America/Sao_Paulo').toISOString()).toBe('2018-11-05T02:00:00.000Z');
  });

  it.each([
    ['2026-03-02T00:00:00+09:00', '2026-03-01T15:00:00.000Z', '2026-03-02'],
    ['2026-03-02T23:59:59+09:00', '2026-03-01T15:00:00.000Z', '2026-03-02'],
    ['2026-10-15T12:00:00+09:00', '2026-10-14T15:00:00.000Z', '2026-10-15'],
  ])('at %s in Seoul the report date is %s (%s)', (now, midnight, iso) => {
    expect(reportDate(new Date(now), 'Asia/Seoul').toISOString()).toBe(midnight);
    expect(isoDate(new Date(now), 'Asia/Seoul')).toBe(iso);
  });
});

describe('startOfDay the night summer time ends', () => {
  it('is midnight in summer time when the clocks go back later that night (Sydney, 2026-04-05)', () => {
    const day = parseIsoDay('2026-04-05')!;
    expect(startOfDay(day, 'Australia/Sydney').toISOString()).toBe('2026-04-04T13:00:00.000Z');
    expect(startOfDay(day + 1, 'Australia/Sydney').toISOString()).toBe('2026-04-05T14:00:00.000Z');
  });
});
