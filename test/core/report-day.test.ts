// report_date is midnight of today in the spreadsheet's zone, whatever the machine's zone.
import { isoDate, reportDate, startOfDay } from '../../src/core/report-day';

describe('reportDate', () => {
  it("is Seoul's midnight for a Seoul spreadsheet, even just after midnight there", () => {
    const now = new Date('2026-03-01T15:10:00Z'); // 00:10 on Mar 2 in Seoul
    expect(reportDate(now, 'Asia/Seoul').toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect(isoDate(now, 'Asia/Seoul')).toBe('2026-03-02');
  });

  it("is Los Angeles' midnight for the same instant there (still Mar 1)", () => {
    const now = new Date('2026-03-01T15:10:00Z');
    expect(reportDate(now, 'America/Los_Angeles').toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });

  it('follows daylight-saving time', () => {
    // 2026-03-08 is the spring-forward day in Los Angeles: midnight is still PST (UTC-8); the 9th is PDT.
    const mar8 = Math.round(Date.UTC(2026, 2, 8) / 86_400_000);
    expect(startOfDay(mar8, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(startOfDay(mar8 + 1, 'America/Los_Angeles').toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    );
  });
});
