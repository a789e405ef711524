// Honest ranges: P10/P50/P90 and the chance of reaching a target from the method's own past errors
// (actual ÷ forecast in earlier windows), with a stated wide default while there are too few.
import { normalCdf } from '../total-distribution';

export { normalCdf };

/** Past windows needed before the range is taken from the method's own errors. */
export const MIN_ERROR_WINDOWS = 6;
/**
 * Log-scale spread used until there are MIN_ERROR_WINDOWS past errors: 0.35 puts P10–P90 at
 * about 0.64×–1.57× the forecast, the size of the 20–50% monthly misses seen on real exports.
 */
export const DEFAULT_LOG_SPREAD = 0.35;
/** Ratios below this (a window that won next to nothing) are read as this, so logs stay finite. */
const MIN_RATIO = 0.05;

/** How actual compares with forecast: log(actual ÷ forecast) ~ centre ± spread, as a t/normal law. */
export interface ErrorDistribution {
  /** Mean of log(actual ÷ forecast); 0 for the default. */
  center: number;
  /** Spread of log(actual ÷ forecast), already widened for the small sample. */
  spread: number;
  /** Past windows it was taken from (0 = the stated default). */
  n: number;
}

/** Standard normal quantile: normalCdf inverted by bisection (within 1e-7 of the table values). */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Student t 90% quantile by degrees of freedom 1..30 (beyond: the normal 1.2816). */
const T90 = [
  3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.35, 1.345,
  1.341, 1.337, 1.333, 1.33, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314, 1.313,
  1.311, 1.31,
];

/**
 * The error distribution from past (actual, forecast) pairs: with fewer than MIN_ERROR_WINDOWS
 * usable pairs, the stated default; else the mean and standard deviation of log(actual ÷ forecast),
 * widened for predicting one new window (×√(1 + 1/n)) and for a small sample (t instead of normal).
 */
export function errorDistribution(
  pairs: readonly { actual: number; forecast: number }[],
): ErrorDistribution {
  const logs = pairs
    .filter((p) => p.forecast > 0 && Number.isFinite(p.actual))
    .map((p) => Math.log(Math.max(p.actual / p.forecast, MIN_RATIO)));
  return errorDistributionFromLogs(logs);
}

/** As errorDistribution, from log(actual ÷ forecast) values. */
export function errorDistributionFromLogs(logs: readonly number[]): ErrorDistribution {
  const n = logs.length;
  if (n < MIN_ERROR_WINDOWS) return { center: 0, spread: DEFAULT_LOG_SPREAD, n: 0 };
  const mean = logs.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const t90 = n - 1 <= T90.length ? T90[n - 2] : 1.2816;
  const spread = (sd * Math.sqrt(1 + 1 / n) * t90) / 1.2816;
  return { center: mean, spread, n };
}

/**
 * The spread to use for a forecast: the wider of the past errors' spread and the deal-level
 * spread (standard deviation of the open deals' outcomes ÷ forecast), so a pipeline of a few big
 * deals is never given a narrower range than its own deals allow.
 */
export function combinedSpread(dist: ErrorDistribution, forecast: number, dealSd: number): number {
  const dealSpread = forecast > 0 ? dealSd / forecast : 0;
  return Math.max(dist.spread, dealSpread);
}

/** The p-quantile (0..1) of the forecast under the distribution and spread. */
export function forecastQuantile(
  forecast: number,
  dist: ErrorDistribution,
  spread: number,
  p: number,
): number {
  if (forecast <= 0) return 0;
  return forecast * Math.exp(dist.center + spread * normalQuantile(p));
}

/** Chance that the outcome reaches `target` under the distribution and spread. */
export function chanceToReach(
  forecast: number,
  dist: ErrorDistribution,
  spread: number,
  target: number,
): number {
  if (target <= 0) return 1;
  if (forecast <= 0) return 0;
  if (spread <= 0) return forecast * Math.exp(dist.center) >= target ? 1 : 0;
  return 1 - normalCdf((Math.log(target / forecast) - dist.center) / spread);
}
