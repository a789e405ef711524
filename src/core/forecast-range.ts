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
import { inBoth } from './i18n';
import {
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

/** The percentiles argument: fractions 0 < p < 1 from one cell, a row or a column. */
function readPercentiles(fn: string, value: CellArg): number[] {
  if (isOmitted(value)) return DEFAULT_PERCENTILES.slice();
  return readColumn(fn, 'percentiles', value).map((cell, i): number => {
    const row = Array.isArray(value) && value.length > 1 ? i + 1 : undefined;
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
 */
export function forecastRange(
  amounts: CellArg,
  probabilities: CellArg,
  percentiles?: CellArg,
  statuses?: CellArg,
): number[][] {
  const fn = 'FORECAST_RANGE';
  const wanted = readPercentiles(fn, percentiles);
  const distribution = openTotalDistribution(fn, amounts, probabilities, statuses);
  return [wanted.map((p) => quantile(distribution, p))];
}

/** The chance (0..1) that Open deals bring in at least target, in the FORECAST_RANGE model. */
export function targetProbability(
  amounts: CellArg,
  probabilities: CellArg,
  target: CellArg,
  statuses?: CellArg,
): number {
  const fn = 'TARGET_PROBABILITY';
  const goal = readPositive(fn, 'target', target);
  const distribution = openTotalDistribution(fn, amounts, probabilities, statuses);
  return probabilityAtLeast(distribution, goal);
}
