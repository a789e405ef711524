// The backtest: for each period, the forecasts made on its first day from what was known then,
// against what was actually won in it; per period and summarised (MAPE, bias, coverage, width).
import { type ForecastData, indexData } from './as-of';
import { MIN_ERROR_WINDOWS } from './error-range';
import { type Period, periodOf, shiftPeriod } from './periods';
import { type ForecastPoint, forecastSeries, type SeriesOptions } from './series';

/** Earlier windows a period needs before the backtest reports it by default. */
export const MIN_EARLIER_WINDOWS = MIN_ERROR_WINDOWS;

export interface BacktestRow {
  period: string;
  as_of: string;
  actual: number;
  weighted: number;
  learned: number;
  p10: number;
  p90: number;
}

export interface BacktestSummary {
  weighted: { mape: number; bias: number };
  learned: { mape: number; bias: number; coverage: number; width: number };
}

export interface Backtest {
  periods: BacktestRow[];
  summary: BacktestSummary;
  /** The forecasts behind the rows (model, errors, spread), same order. */
  points: ForecastPoint[];
  /** The last day anything in the data is dated (NaN when nothing is). */
  lastDay: number;
}

export interface BacktestRange {
  /** First day of the first period to report; default: the first with MIN_EARLIER_WINDOWS earlier windows. */
  from?: number;
  /** A day in the last period to report; default: the last period the data covers to its end. */
  to?: number;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Mean absolute percentage error and mean signed percentage error over periods won something. */
function errorsOf(rows: readonly BacktestRow[], pick: (r: BacktestRow) => number) {
  const scored = rows.filter((r) => r.actual > 0);
  // Stryker disable next-line ConditionalExpression: without it the means are 0 ÷ 0, NaN as well
  if (scored.length === 0) return { mape: Number.NaN, bias: Number.NaN };
  let abs = 0;
  let signed = 0;
  for (const r of scored) {
    const e = (pick(r) - r.actual) / r.actual;
    abs += Math.abs(e);
    signed += e;
  }
  return { mape: abs / scored.length, bias: signed / scored.length };
}

/** MAPE and bias for both methods; coverage (share of periods with P10 ≤ actual ≤ P90) and mean (P90 − P10) ÷ learned. */
export function summarize(rows: readonly BacktestRow[]): BacktestSummary {
  const covered = rows.filter((r) => r.p10 <= r.actual && r.actual <= r.p90).length;
  const widths = rows.filter((r) => r.learned > 0).map((r) => (r.p90 - r.p10) / r.learned);
  return {
    weighted: errorsOf(rows, (r) => r.weighted),
    learned: {
      ...errorsOf(rows, (r) => r.learned),
      coverage: rows.length ? covered / rows.length : Number.NaN,
      width: widths.length ? widths.reduce((s, w) => s + w, 0) / widths.length : Number.NaN,
    },
  };
}

/**
 * Runs the backtest. Each period's forecasts are made at the start of its first day from what the
 * data holds before that day; `actual` is what was won in the period (Won, closed inside it).
 */
export function runBacktest(
  data: ForecastData,
  options: SeriesOptions,
  range: BacktestRange = {},
): Backtest {
  const indexed = indexData(data);
  const { lastDay } = indexed;
  const empty: Backtest = { periods: [], summary: summarize([]), points: [], lastDay };
  // Stryker disable next-line ConditionalExpression: undated data gives no series below, so the result is empty as well
  if (!Number.isFinite(indexed.lastDay)) return empty;
  let last: Period = periodOf(options.kind, range.to ?? indexed.lastDay);
  if (range.to === undefined && last.end > indexed.lastDay) last = shiftPeriod(last, -1);
  const series = forecastSeries(indexed, options, last);
  const firstReported =
    range.from !== undefined
      ? periodOf(options.kind, range.from).start
      : series[MIN_EARLIER_WINDOWS]?.period.start;
  // Stryker disable next-line ConditionalExpression: no period starts on or after undefined, so the result is empty as well
  if (firstReported === undefined) return empty;
  const points = series.filter((p) => p.period.start >= firstReported);
  const periods = points.map((p) => ({
    period: p.period.label,
    as_of: isoDay(p.asOf),
    actual: p.wonSoFar + p.actual,
    weighted: p.weighted,
    learned: p.learned,
    p10: p.p10,
    p90: p.p90,
  }));
  return { periods, summary: summarize(periods), points, lastDay };
}
