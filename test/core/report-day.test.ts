// report_date is midnight of today in the spreadsheet's zone, whatever the machine's zone.
import { asDays, isoDate, reportDate, startOfDay } from '../../src/core/report-day';

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

describe('asDays', () => {
  it("keeps each key and puts its moment at the start of that day in the spreadsheet's zone", () => {
    const moments = new Map([
      [2, new Date('2026-03-02T16:40:00+09:00')],
      [5, new Date('2026-03-01T23:59:00+09:00')],
    ]);
    const days = asDays(moments, 'Asia/Seoul');
    expect([...days].map(([row, d]) => [row, d.toISOString()])).toEqual([
      [2, '2026-03-01T15:00:00.000Z'],
      [5, '2026-02-28T15:00:00.000Z'],
    ]);
    // The same moment is another day in New York.
    expect(
      asDays(new Map([[2, moments.get(2) as Date]]), 'America/New_York')
        .get(2)
        ?.toISOString(),
    ).toBe('2026-03-02T05:00:00.000Z');
  });
});
