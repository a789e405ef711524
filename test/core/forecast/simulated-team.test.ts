import { cutAt, indexData } from '../../../src/core/forecast/as-of';
import { runBacktest } from '../../../src/core/forecast/backtest';
import { parseMonth, periodOf } from '../../../src/core/forecast/periods';
import { forecastSeries, type SeriesOptions } from '../../../src/core/forecast/series';
import { currentForecast, currentForecastPoint } from '../../../src/core/forecast/workbook-data';
import { DEFAULT_STAGES } from '../../../src/core/stages';
import { simulateTeam, TEAM, trueWinWithin } from './simulated-team';

const START = parseMonth('2024-01') as number;
const OPTIONS: SeriesOptions = {
  kind: 'month',
  typed: DEFAULT_STAGES.map((s) => s.probability),
  entryStage: 0,
};
// Two years of a team whose odds are not the typed 10/20/40/60/80%. Each test builds it (in well
// under a second) so that mutation testing sees which test covers which code.
const simulate = () => simulateTeam(7, START, 730);
type Team = ReturnType<typeof simulate>;
type Backtest = ReturnType<typeof runBacktest>;

/** What a forecast knowing the team's true odds says for each backtest period. */
function oracle(team: Team, backtest: Backtest): number[] {
  const indexed = indexData(team);
  return backtest.points.map((p) => {
    const days = p.period.end - p.period.start + 1;
    const odds = trueWinWithin(days);
    let open = 0;
    indexed.deals.forEach((_, i) => {
      const e = indexed.events[i].filter((x) => x.day < p.asOf);
      const lastRow = e[e.length - 1];
      if (lastRow?.status === 'open') open += lastRow.amount! * odds[lastRow.to];
    });
    let fresh = 0;
    for (let c = p.period.start; c <= p.period.end; c++)
      fresh += trueWinWithin(p.period.end - c)[0];
    return open + fresh * TEAM.arrivals * TEAM.meanAmount;
  });
}

const mape = (backtest: Backtest, forecasts: number[]) =>
  backtest.periods.reduce((s, r, i) => s + Math.abs(forecasts[i] - r.actual) / r.actual, 0) /
  backtest.periods.length;

describe('the learned forecast on a simulated team', () => {
  it('backtests every month with 6 earlier months, through the last complete one', () => {
    const backtest = runBacktest(simulate(), OPTIONS);
    expect(backtest.periods[0].period).toBe('2024-07');
    expect(backtest.periods[backtest.periods.length - 1].period).toBe('2025-11');
  });

  it('recovers the true chance of winning within a month for each stage within a few points', () => {
    // Every earlier month (not only the same month of the quarter), so the sample is large enough.
    const all = runBacktest(simulate(), { ...OPTIONS, seasonal: false, maxWindows: 24 });
    const last = all.points[all.points.length - 1];
    const windows = last.model.windows;
    expect(windows.length).toBeGreaterThanOrEqual(20);
    const truth = DEFAULT_STAGES.slice(0, 5).map(
      (_, s) =>
        windows.reduce((sum, w) => sum + trueWinWithin(w.end - w.start + 1)[s], 0) / windows.length,
    );
    const learned = last.model.stages.filter((s) => s.stage >= 0).map((s) => s.rate);
    expect(learned).toHaveLength(5);
    learned.forEach((rate, s) => {
      expect(Math.abs(rate - truth[s])).toBeLessThan(0.03);
    });
    // The truth is far from the typed probabilities, so the test can tell learning from echoing them.
    expect(
      truth.filter((p, s) => Math.abs(p - OPTIONS.typed[s]) > 0.1).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('misses the monthly actual about as little as the true odds do, far less than the weighted pipeline', () => {
    const team = simulate();
    const backtest = runBacktest(team, OPTIONS);
    const learned = backtest.summary.learned.mape;
    const truth = mape(backtest, oracle(team, backtest));
    expect(learned).toBeLessThan(truth + 0.04);
    expect(learned).toBeLessThan(0.2);
    expect(backtest.summary.weighted.mape).toBeGreaterThan(2 * learned);
  });

  it('makes each month’s forecasts from a workbook cut at that month’s first day', () => {
    const team = simulate();
    const backtest = runBacktest(team, OPTIONS);
    for (const month of ['2024-09', '2025-06']) {
      const t = parseMonth(month) as number;
      const row = backtest.periods.find((r) => r.period === month);
      const cut = forecastSeries(indexData(cutAt(team, t)), OPTIONS, periodOf('month', t));
      const point = cut[cut.length - 1];
      expect([point.weighted, point.learned, point.p10, point.p90]).toEqual([
        row?.weighted,
        row?.learned,
        row?.p10,
        row?.p90,
      ]);
      // What npm start writes into summary.json on that day, from the cut workbook.
      const today = currentForecastPoint(cutAt(team, t), DEFAULT_STAGES, t);
      expect(today && currentForecast(today)).toEqual({
        period: month,
        as_of: `${month}-01`,
        weighted: row?.weighted,
        learned: row?.learned,
        p10: row?.p10,
        p90: row?.p90,
      });
    }
  });
});
