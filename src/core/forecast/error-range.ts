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

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
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
