// The backtest: which periods it reports, each row's figures, and the summary's boundaries.
import { type BacktestRow, runBacktest, summarize } from '../../../src/core/forecast/backtest';
import type { SeriesOptions } from '../../../src/core/forecast/series';
import { day, monthlyTeam } from './monthly-team';

const OPTIONS: SeriesOptions = { kind: 'month', typed: [0.1, 0.2, 0.4, 0.6, 0.8], entryStage: 0 };
const labels = (b: ReturnType<typeof runBacktest>) => b.periods.map((r) => r.period);
const open = (id: string, created: string) => ({
  id,
  stage: 0,
  status: 'open' as const,
  amount: 0,
  created: day(created),
});

describe('summarize', () => {
  const row = (actual: number, weighted: number, learned: number, p10: number, p90: number) =>
    ({ period: '', as_of: '', actual, weighted, learned, p10, p90 }) as BacktestRow;
  const rows = [
    row(100, 80, 110, 90, 130), // inside the range
    row(200, 260, 180, 200, 250), // exactly at P10
    row(0, 50, 40, 10, 60), // won nothing: no percentage error; below P10
    row(50, 50, 0, 0, 50), // exactly at P90; learned 0: no width
    row(70, 70, 70, 71, 90), // just below P10
    row(95, 95, 95, 60, 94), // just above P90
  ];

  it('averages percentage errors over periods that won something, signed for the bias', () => {
    const s = summarize(rows);
    // weighted: |−0.2|, 0.3, 0, 0, 0 over 5; learned: 0.1, |−0.1|, |−1|, 0, 0 over 5
    expect(s.weighted.mape).toBeCloseTo(0.5 / 5, 12);
    expect(s.weighted.bias).toBeCloseTo(0.1 / 5, 12);
    expect(s.learned.mape).toBeCloseTo(1.2 / 5, 12);
    expect(s.learned.bias).toBeCloseTo(-1 / 5, 12);
  });

  it('counts P10 ≤ actual ≤ P90 over all periods, and the width relative to the learned forecast', () => {
    const s = summarize(rows);
    expect(s.learned.coverage).toBeCloseTo(3 / 6, 12);
    const widths = [40 / 110, 50 / 180, 50 / 40, 19 / 70, 34 / 95];
    expect(s.learned.width).toBeCloseTo(widths.reduce((a, b) => a + b, 0) / widths.length, 12);
  });

  it('has no figures without periods, and no errors when nothing was won', () => {
    const none = summarize([]);
    expect([
      none.weighted.mape,
      none.weighted.bias,
      none.learned.coverage,
      none.learned.width,
    ]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    const quiet = summarize([row(0, 10, 10, 0, 20)]);
    expect([
      quiet.learned.mape,
      quiet.learned.bias,
      quiet.learned.coverage,
      quiet.learned.width,
    ]).toEqual([Number.NaN, Number.NaN, 1, 2]);
  });
});

describe('runBacktest', () => {
  it('reports from the seventh month of data through the last month the data covers to its end', () => {
    // Deals created on the 5th and won on the 20th, January to August: August is not over.
    const b = runBacktest(monthlyTeam(8), OPTIONS);
    expect(labels(b)).toEqual(['2024-07']);
    expect(b.points.map((p) => p.period.label)).toEqual(['2024-07']);
    // A deal created on August's last day: August is covered to its end; one day earlier it is not.
    expect(
      labels(runBacktest(monthlyTeam(8, undefined, [open('E', '2024-08-31')]), OPTIONS)),
    ).toEqual(['2024-07', '2024-08']);
    expect(
      labels(runBacktest(monthlyTeam(8, undefined, [open('E', '2024-08-30')]), OPTIONS)),
    ).toEqual(['2024-07']);
  });

  it('each row: the forecasts made on the period’s first day and what was won in it', () => {
    const b = runBacktest(monthlyTeam(8), OPTIONS);
    // July 1: nothing open; new business learned from January and April (same month of the quarter).
    expect(b.periods[0]).toEqual({
      period: '2024-07',
      as_of: '2024-07-01',
      actual: 100,
      weighted: 0,
      learned: 100,
      p10: expect.closeTo(100 * Math.exp(-0.35 * 1.2815516), 5),
      p90: expect.closeTo(100 * Math.exp(0.35 * 1.2815516), 5),
    });
    expect(b.summary.weighted).toEqual({ mape: 1, bias: -1 });
    expect(b.summary.learned).toMatchObject({ mape: 0, bias: 0, coverage: 1 });
  });

  it('takes the first and last period from the range, the last even when not over', () => {
    const data = monthlyTeam(8);
    expect(labels(runBacktest(data, OPTIONS, { from: day('2024-03-15') }))).toEqual([
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
    ]);
    expect(labels(runBacktest(data, OPTIONS, { to: day('2024-08-10') }))).toEqual([
      '2024-07',
      '2024-08',
    ]);
    expect(
      labels(runBacktest(data, OPTIONS, { from: day('2024-02-01'), to: day('2024-03-31') })),
    ).toEqual(['2024-02', '2024-03']);
  });

  it('reports nothing with fewer than 6 earlier months or no dated data', () => {
    expect(labels(runBacktest(monthlyTeam(7), OPTIONS))).toEqual([]);
    const undated = runBacktest(
      { deals: [{ id: 'A', stage: 0, status: 'open', amount: 5 }], history: [] },
      OPTIONS,
    );
    expect([undated.periods, undated.points, undated.summary.learned.coverage]).toEqual([
      [],
      [],
      Number.NaN,
    ]);
  });
});
