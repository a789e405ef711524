// FORECAST_RANGE and TARGET_PROBABILITY: what open deals may bring in when each wins independently.
import {
  type CellArg,
  fail,
  isOmitted,
  readAmount,
  readColumn,
  readPositive,
  readProbability,
  readStatuses,
  requireSameLength,
  show,
} from './args';
import { blankProbability } from './forecast';
import { type ErrorDistribution, errorDistributionFromLogs } from './forecast/error-range';
import { inBoth } from './i18n';
import {
  normalCdf,
  probabilityAtLeast,
  quantile,
  type TotalDistribution,
  totalDistribution,
} from './total-distribution';

/** Percentiles FORECAST_RANGE returns when none are given: P10, P50, P90. */
export const DEFAULT_PERCENTILES: readonly number[] = [0.1, 0.5, 0.9];

/**
 * Open deals read from amounts, probabilities and optional statuses: those that may or may not
 * win (0 < p < 1) and the sure part (p = 1). Rows with amount 0 or probability 0 add nothing.
 */
function readOpenDeals(
  fn: string,
  amounts: CellArg,
  probabilities: CellArg,
  statuses: CellArg,
): { amounts: Float64Array; probabilities: Float64Array; sure: number } {
  const amountCells = readColumn(fn, 'amounts', amounts);
  const probabilityCells = readColumn(fn, 'probabilities', probabilities);
  const status = readStatuses(fn, 'statuses', statuses);
  requireSameLength(
    fn,
    ['amounts', amountCells],
    ['probabilities', probabilityCells],
    ['statuses', status],
  );
  const a = new Float64Array(amountCells.length);
  const p = new Float64Array(amountCells.length);
  let n = 0;
  let sure = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads a blank cell, which adds nothing
  for (let i = 0; i < amountCells.length; i++) {
    const row = i + 1;
    const amount = readAmount(fn, 'amounts', amountCells[i], row);
    const probability = readProbability(fn, 'probabilities', probabilityCells[i], row);
    if (status && status[i] !== 'open') continue;
    if (amount === 0) continue;
    if (probability === undefined) blankProbability(fn, row);
    if (probability === 0) continue;
    if (probability === 1) {
      sure += amount;
      continue;
    }
    a[n] = amount;
    p[n] = probability;
    n++;
  }
  return { amounts: a.subarray(0, n), probabilities: p.subarray(0, n), sure };
}

function openTotalDistribution(
  fn: string,
  amounts: CellArg,
  probabilities: CellArg,
  statuses: CellArg,
): TotalDistribution {
  const deals = readOpenDeals(fn, amounts, probabilities, statuses);
  return totalDistribution(deals.amounts, deals.probabilities, deals.sure);
}

/**
 * The optional error distribution: past ratios actual ÷ forecast (the Forecast model sheet's
 * "Actual ÷ learned" column). Blank cells are skipped; anything else must be a number above 0.
 */
function readErrors(fn: string, value: CellArg): ErrorDistribution | undefined {
  if (isOmitted(value)) return undefined;
  const logs: number[] = [];
  readColumn(fn, 'errors', value).forEach((cell, i) => {
    if (cell === '' || cell === null || cell === undefined) return;
    if (typeof cell === 'number' && cell > 0 && Number.isFinite(cell)) {
      logs.push(Math.log(Math.max(cell, 0.05)));
      return;
    }
    fail(fn, 'errors', i + 1, inBoth('cellNotErrorRatio', { value: show(cell) }));
  });
  return errorDistributionFromLogs(logs);
}

/** Outcome total T × error ratio R (log R normal): P(T·R ≤ x). */
function cdfWithErrors(d: TotalDistribution, e: ErrorDistribution, x: number): number {
  let p = 0;
  for (let j = 0; j < d.values.length; j++) {
    const v = d.values[j];
    if (v <= 0) {
      // Stryker disable next-line ConditionalExpression: callers never pass x below 0
      p += x >= 0 ? d.probs[j] : 0;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at x = 0 the log is −∞, whose normalCdf is 0
    if (x > 0) p += d.probs[j] * normalCdf((Math.log(x / v) - e.center) / e.spread);
  }
  return Math.min(1, p);
}

/** The p-quantile of T × R by bisection (to a millionth of the top value). */
function quantileWithErrors(d: TotalDistribution, e: ErrorDistribution, p: number): number {
  // Past misses all alike: the ratio is a constant factor.
  if (e.spread <= 0) return quantile(d, p) * Math.exp(e.center);
  const top = d.values.length ? d.values[d.values.length - 1] : 0;
  // All outcomes at 0 or below: the chance at 0 is already 1, so this returns 0 for them too.
  if (cdfWithErrors(d, e, 0) >= p - 1e-9) return 0;
  let lo = 0;
  let hi = top * Math.exp(e.center + 8 * e.spread);
  // Stryker disable next-line all: more bisection steps than the millionth of the top value only add unseen digits
  for (let k = 0; k < 80 && hi - lo > 1e-6 * top; k++) {
    const mid = (lo + hi) / 2;
    // Stryker disable next-line EqualityOperator: the chance is continuous in mid, so ≥ and > pick the same point
    if (cdfWithErrors(d, e, mid) >= p) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The percentiles argument: fractions 0 < p < 1 from one cell, a row or a column. */
function readPercentiles(fn: string, value: CellArg): number[] {
  if (isOmitted(value)) return DEFAULT_PERCENTILES.slice();
  const cells = readColumn(fn, 'percentiles', value);
  return cells.map((cell, i): number => {
    // Where the cell is: its row in a column of percentiles, its column in a row of them.
    const inColumn = Array.isArray(value) && value.length > 1;
    const row = inColumn ? i + 1 : cells.length > 1 ? { column: i + 1 } : undefined;
    if (typeof cell === 'number' && cell > 0 && cell < 1) return cell;
    if (typeof cell === 'number' && cell >= 1 && cell <= 100) {
      const fraction = show(Number((cell / 100).toPrecision(12)));
      fail(fn, 'percentiles', row, inBoth('cellPercentAsNumber', { value: show(cell), fraction }));
    }
    return fail(fn, 'percentiles', row, inBoth('cellNotPercentile', { value: show(cell) }));
  });
}

/**
 * Percentiles of the total that Open deals bring in, each winning independently with its
 * probability, as one row (default P10, P50, P90). The p-percentile is the smallest x with
 * P(total ≤ x) ≥ p. Exact for up to 16 uncertain deals; above that within a small fraction of
 * the total open amount (a grid of 4,096 buckets). Deterministic: no random numbers.
 * Independence makes the range narrow; with `errors` (past ratios actual ÷ forecast) the total is
 * multiplied by a ratio drawn from their log-normal fit (fewer than 6 ratios: a stated wide
 * default), so the range also holds the method's own past misses.
 */
export function forecastRange(
  amounts: CellArg,
  probabilities: CellArg,
  percentiles?: CellArg,
  statuses?: CellArg,
  errors?: CellArg,
): number[][] {
  const fn = 'FORECAST_RANGE';
  const wanted = readPercentiles(fn, percentiles);
  const spread = readErrors(fn, errors);
  const distribution = openTotalDistribution(fn, amounts, probabilities, statuses);
  if (spread) return [wanted.map((p) => quantileWithErrors(distribution, spread, p))];
  return [wanted.map((p) => quantile(distribution, p))];
}

/** The chance (0..1) that Open deals bring in at least target, in the FORECAST_RANGE model (with the same optional errors). */
export function targetProbability(
  amounts: CellArg,
  probabilities: CellArg,
  target: CellArg,
  statuses?: CellArg,
  errors?: CellArg,
): number {
  const fn = 'TARGET_PROBABILITY';
  const goal = readPositive(fn, 'target', target);
  const spread = readErrors(fn, errors);
  const distribution = openTotalDistribution(fn, amounts, probabilities, statuses);
  if (spread && spread.spread <= 0)
    return probabilityAtLeast(distribution, goal / Math.exp(spread.center));
  if (spread) return 1 - cdfWithErrors(distribution, spread, goal * (1 - 1e-12));
  return probabilityAtLeast(distribution, goal);
}
