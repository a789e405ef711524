// Forecasts made at the same point of every period (its first day, or the day a month is "today"),
// each from what was known then: weighted, learned, its range, and what was actually won.
import { type DealState, dealsAsOf, type IndexedData, presentStates } from './as-of';
import {
  chanceToReach,
  combinedSpread,
  type ErrorDistribution,
  errorDistribution,
  forecastQuantile,
} from './error-range';
import {
  DEFAULT_BUCKET_EDGES,
  expectedFromOpen,
  fitModel,
  type LearnedModel,
  type LearnOptions,
  observeWindow,
  typedFor,
  type WindowObs,
} from './learned';
import { type Period, type PeriodKind, periodOf, shiftPeriod } from './periods';

/** Past learned forecasts whose errors a range is taken from (the latest ones). */
export const ERROR_WINDOWS = 12;
/** Earlier periods with outcomes the learned rates need before their figure counts at all. */
export const MIN_TRUST_WINDOWS = 1;
/** How sharply the weight follows the two records: MAPE ratio 2 gives the worse one 1 ÷ 17. */
export const TRUST_POWER = 4;

/**
 * How far the learned rates' figure has earned trust at a forecast day: its MAPE and the weighted
 * pipeline's over the latest earlier periods with outcomes (all ended before that day).
 */
export interface Trust {
  /** Earlier periods judged (at most ERROR_WINDOWS). */
  n: number;
  learnedMape: number;
  weightedMape: number;
  /**
   * The learned rates' share of the figure shown, the rest the weighted figure's: 0 with fewer
   * than MIN_TRUST_WINDOWS periods judged, else weightedMape⁴ ÷ (learnedMape⁴ + weightedMape⁴),
   * so equal records share half and the one that missed twice as much gets 1 ÷ 17.
   */
  weight: number;
}

export interface SeriesOptions extends LearnOptions {
  kind: PeriodKind;
}

/** One forecast: made at `asOf` (start of that day) for `period`. */
export interface ForecastPoint {
  period: Period;
  asOf: number;
  /** Won in the period before asOf. */
  wonSoFar: number;
  /** Won so far + open deals × typed probability of their stage (entry stage when unknown). */
  weighted: number;
  /** The figure shown as learned: weighted + trust.weight × (fitted − weighted). */
  learned: number;
  /** Won so far + open deals × learned rate + learned new business. */
  fitted: number;
  trust: Trust;
  /** The deals as the forecast saw them on its as-of day (Deals' Stage at the present). */
  states: readonly (DealState | undefined)[];
  newBusiness: number;
  p10: number;
  p50: number;
  p90: number;
  /** Standard deviation of the open deals' outcomes when each wins independently at its rate. */
  dealSd: number;
  errors: ErrorDistribution;
  spread: number;
  model: LearnedModel;
  /** Won in the period from asOf to its end, as far as the data goes. */
  actual: number;
  /** True when the period ended on or before the data's last day, so `actual` is final. */
  complete: boolean;
  /** Deals won or lost from asOf to the period's end: 0 means the period carries no outcome. */
  closes: number;
}

function mapeOf(points: readonly ForecastPoint[], pick: (p: ForecastPoint) => number): number {
  let sum = 0;
  for (const p of points)
    sum += Math.abs(pick(p) - p.wonSoFar - p.actual) / (p.wonSoFar + p.actual);
  return sum / points.length;
}

/** Judges the learned rates' figure on earlier points with outcomes, after the model had learned something. */
export function judgeTrust(earlier: readonly ForecastPoint[]): Trust {
  const judged = earlier
    .filter((q) => q.closes > 0 && q.model.windows.length > 0 && q.wonSoFar + q.actual > 0)
    .slice(-ERROR_WINDOWS);
  const n = judged.length;
  const learnedMape = n ? mapeOf(judged, (q) => q.fitted) : Number.NaN;
  const weightedMape = n ? mapeOf(judged, (q) => q.weighted) : Number.NaN;
  const [l, w] = [learnedMape ** TRUST_POWER, weightedMape ** TRUST_POWER];
  // Both perfect: nothing tells them apart, half each.
  const weight = n < MIN_TRUST_WINDOWS ? 0 : l + w > 0 ? w / (l + w) : 0.5;
  return { n, learnedMape, weightedMape, weight };
}

function wonSince(states: readonly (DealState | undefined)[], from: number): number {
  let sum = 0;
  for (const s of states) if (s?.status === 'won' && s.closedDay >= from) sum += s.amount;
  return sum;
}

function weightedOpen(states: readonly (DealState | undefined)[], options: LearnOptions): number {
  let sum = 0;
  for (const s of states) if (s?.status === 'open') sum += s.amount * typedFor(s.stage, options);
  return sum;
}

/** A month's position in its quarter (0, 1, 2); quarters have one season. */
export function seasonOf(p: Period): number {
  // Stryker disable next-line ConditionalExpression: a quarter starts in January, April, July or October, place 0 as well
  if (p.kind !== 'month') return 0;
  return new Date(p.start * 86_400_000).getUTCMonth() % 3;
}

/** The first day anything in the data is known, or NaN. */
export function firstDataDay(data: IndexedData): number {
  let first = Number.NaN;
  for (const d of data.firstDay) if (Number.isFinite(d) && !(d >= first)) first = d;
  return first;
}

/**
 * Forecasts for every period from the one holding the data's first day through `last`, each made
 * `offset` days into its period (clamped to the period's last day). Forecast i uses only windows
 * j < i (which ended before it) and the states at its own as-of day: nothing later.
 */
export function forecastSeries(
  data: IndexedData,
  options: SeriesOptions,
  last: Period,
  offset = 0,
  /** Deal states by day, shared between series over the same data (they meet at period starts). */
  cache = new Map<number, (DealState | undefined)[]>(),
): ForecastPoint[] {
  const first = firstDataDay(data);
  // Stryker disable next-line ConditionalExpression: a period of a NaN day starts at NaN, so the loop below makes no point either
  if (!Number.isFinite(first)) return [];
  const edges = options.bucketEdges ?? DEFAULT_BUCKET_EDGES;
  const at = (day: number) => {
    let s = cache.get(day);
    // Stryker disable next-line ConditionalExpression: the cache only saves work; states of a day are the same computed again
    if (!s) {
      s = dealsAsOf(data, day);
      cache.set(day, s);
    }
    return s;
  };
  const windows: WindowObs[] = [];
  const points: ForecastPoint[] = [];
  for (let p = periodOf(options.kind, first); p.start <= last.start; p = shiftPeriod(p, 1)) {
    const asOf = Math.min(p.start + offset, p.end);
    const now = presentStates(data, asOf, at(asOf));
    const season = seasonOf(p);
    const model = fitModel(windows, options, season);
    const open = expectedFromOpen(model, now, options);
    const wonSoFar = wonSince(now, p.start);
    const fitted = wonSoFar + open.expected + model.newBusiness;
    const weighted = wonSoFar + weightedOpen(now, options);
    // Every earlier period ended before asOf: the learned rates' figure counts as far as it has
    // beaten the weighted one there, and the range is taken from the errors of the figures shown.
    const trust = judgeTrust(points);
    const learned = weighted + trust.weight * (fitted - weighted);
    const pairs = points
      .filter((q) => q.closes > 0 && q.model.windows.length > 0)
      .slice(-ERROR_WINDOWS)
      .map((q) => ({ actual: q.actual, forecast: q.learned - q.wonSoFar }));
    const errors = errorDistribution(pairs);
    const rest = learned - wonSoFar;
    const dealSd = Math.sqrt(open.variance);
    const spread = combinedSpread(errors, rest, dealSd);
    const complete = Number.isFinite(data.lastDay) && p.end <= data.lastDay;
    // The rest of the period is uncertain; what is already won is not. The range holds its own
    // figure even when past errors put their middle away from it.
    const quantile = (q: number) => wonSoFar + forecastQuantile(rest, errors, spread, q);
    const window = observeWindow(season, asOf, p.end, at(asOf), at(p.end + 1), edges);
    points.push({
      period: p,
      asOf,
      wonSoFar,
      weighted,
      learned,
      fitted,
      trust,
      states: now,
      newBusiness: model.newBusiness,
      p10: Math.min(quantile(0.1), learned),
      p50: quantile(0.5),
      p90: Math.max(quantile(0.9), learned),
      dealSd,
      errors,
      spread,
      model,
      actual: window.won,
      complete,
      closes: window.closes,
    });
    windows.push(window);
  }
  return points;
}

/** Chance that a forecast point reaches `target` for its whole period. */
export function pointChance(point: ForecastPoint, target: number): number {
  return chanceToReach(
    point.learned - point.wonSoFar,
    point.errors,
    point.spread,
    target - point.wonSoFar,
  );
}
