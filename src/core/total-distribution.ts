// The distribution of the total that open deals bring in when each wins independently with its
// probability: exact for a few deals, on a fine grid (with a normal part for tiny deals) otherwise.

/** A discrete distribution: values ascending with their probabilities. */
export interface TotalDistribution {
  values: Float64Array;
  probs: Float64Array;
  /** Each value stands for [value - halfWidth, value + halfWidth] (0 when exact). */
  halfWidth: number;
}

/** Deals up to this count are enumerated exactly (2^16 outcomes). */
export const EXACT_MAX_DEALS = 16;
/** Grid buckets over the total amount of the uncertain deals, at least… */
export const GRID_BUCKETS = 4096;
/** …and at most, when the total is narrow compared with the amount (many deals). */
const MAX_GRID_BUCKETS = 65_536;
/** Aim for at least this many buckets across one standard deviation of the total. */
const BUCKETS_PER_SD = 50;
/** Rough number of multiply-adds the grid may cost before it stops refining. */
const COST_BUDGET = 40_000_000;
/** Deals smaller than this many buckets are "tiny" and summed by a normal approximation… */
const TINY_BUCKETS = 4;
/** …when there are at least this many of them (otherwise they go on the grid like the others). */
const TINY_MIN_COUNT = 64;

/**
 * Distribution of constant + Σ amount_i × Bernoulli(probability_i).
 * `amounts` > 0 and `probabilities` strictly between 0 and 1 (callers fold the rest into `constant`).
 * `method` forces one method (tests compare the grid against exact enumeration).
 */
export function totalDistribution(
  amounts: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  constant: number,
  method: 'auto' | 'exact' | 'grid' = 'auto',
): TotalDistribution {
  const exact = method === 'exact' || (method === 'auto' && amounts.length <= EXACT_MAX_DEALS);
  return exact
    ? exactDistribution(amounts, probabilities, constant)
    : gridDistribution(amounts, probabilities, constant);
}

/** Every win/lose outcome enumerated; equal totals merged. For small inputs (2^n outcomes). */
export function exactDistribution(
  amounts: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  constant: number,
): TotalDistribution {
  let values = [constant];
  let probs = [1];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const p = probabilities[i];
    // Stryker disable next-line ArrayDeclaration: the length given up front only saves growing the list
    const nextValues = new Array<number>(values.length * 2);
    // Stryker disable next-line ArrayDeclaration: the length given up front only saves growing the list
    const nextProbs = new Array<number>(values.length * 2);
    for (let j = 0; j < values.length; j++) {
      nextValues[2 * j] = values[j];
      nextProbs[2 * j] = probs[j] * (1 - p);
      nextValues[2 * j + 1] = values[j] + a;
      nextProbs[2 * j + 1] = probs[j] * p;
    }
    values = nextValues;
    probs = nextProbs;
  }
  const order = values.map((_, i) => i).sort((x, y) => values[x] - values[y]);
  const outValues: number[] = [];
  const outProbs: number[] = [];
  for (const i of order) {
    const last = outValues.length - 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: before the first value the read is undefined, which merges nothing; a difference of exactly 0 at a total of 0 needs a deal of 0, which callers leave out
    if (last >= 0 && Math.abs(values[i] - outValues[last]) <= 1e-9 * Math.abs(values[i])) {
      outProbs[last] += probs[i];
    } else {
      outValues.push(values[i]);
      outProbs.push(probs[i]);
    }
  }
  return { values: Float64Array.from(outValues), probs: Float64Array.from(outProbs), halfWidth: 0 };
}

/**
 * The total on a grid of GRID_BUCKETS buckets over the uncertain amount. Each deal's amount is
 * rounded to a whole number of buckets, choosing up or down so that the expected total stays
 * exact, and convolved in (cost: buckets × deals on the grid). When there are many tiny deals
 * (under TINY_BUCKETS buckets each), their sum is a normal with their exact mean and variance,
 * discretized onto the grid: that keeps 100,000 deals fast and avoids adding up their rounding.
 */
export function gridDistribution(
  amounts: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  constant: number,
): TotalDistribution {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) total += amounts[i];
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the grid of no deals is the same single value; this only skips building it
  if (amounts.length === 0) {
    return { values: Float64Array.of(constant), probs: Float64Array.of(1), halfWidth: 0 };
  }
  const width = total / gridBuckets(amounts, probabilities, total);
  let tinyCount = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is not tiny
  for (let i = 0; i < amounts.length; i++) if (amounts[i] < TINY_BUCKETS * width) tinyCount++;
  const useNormal = tinyCount >= TINY_MIN_COUNT;

  // Grid deals: bucket counts rounded so that Σ p × (rounded − exact) stays near 0.
  const steps: number[] = [];
  const stepProbs: number[] = [];
  let drift = 0;
  let tinyMean = 0;
  let tinyVariance = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const p = probabilities[i];
    const x = a / width;
    if (useNormal && x < TINY_BUCKETS) {
      tinyMean += p * x;
      tinyVariance += p * (1 - p) * x * x;
      continue;
    }
    const down = Math.floor(x);
    const driftDown = drift + p * (down - x);
    const driftUp = drift + p * (down + 1 - x);
    // Stryker disable next-line EqualityOperator: on a tie either way leaves a drift of the same size
    const up = Math.abs(driftUp) < Math.abs(driftDown);
    drift = up ? driftUp : driftDown;
    const step = up ? down + 1 : down;
    if (step === 0) continue;
    steps.push(step);
    stepProbs.push(p);
  }
  let size = 1;
  for (const s of steps) size += s;
  let pmf: Float64Array = new Float64Array(size);
  pmf[0] = 1;
  let top = 0;
  for (let d = 0; d < steps.length; d++) {
    const s = steps[d];
    const p = stepProbs[d];
    const q = 1 - p;
    // In place, from the top down, so each deal is counted once.
    for (let j = top; j >= 0; j--) {
      const v = pmf[j];
      // Stryker disable next-line ConditionalExpression: an empty bucket adds nothing; this only skips it
      if (v === 0) continue;
      pmf[j + s] += v * p;
      pmf[j] = v * q;
    }
    top += s;
  }
  // Stryker disable next-line ConditionalExpression: without tiny deals the normal is a single 1 at 0, which changes nothing
  if (useNormal) pmf = convolve(pmf, normalKernel(tinyMean, tinyVariance));
  return trimmed(pmf, constant, width);
}

/**
 * How many buckets to use: GRID_BUCKETS, doubled while one standard deviation of the total spans
 * fewer than BUCKETS_PER_SD buckets (many deals: the total is narrow next to the amount) and the
 * convolutions stay within COST_BUDGET.
 */
function gridBuckets(
  amounts: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  total: number,
): number {
  let variance = 0;
  for (let i = 0; i < amounts.length; i++) {
    const p = probabilities[i];
    variance += p * (1 - p) * amounts[i] * amounts[i];
  }
  const sd = Math.sqrt(variance);
  let buckets = GRID_BUCKETS;
  // Stryker disable next-line EqualityOperator: a standard deviation of exactly 50 buckets is a coincidence no input aims at
  while (buckets < MAX_GRID_BUCKETS && (sd / total) * buckets < BUCKETS_PER_SD) {
    const next = buckets * 2;
    const width = total / next;
    let onGrid = 0;
    let gridAmount = 0;
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is not on the grid
    for (let i = 0; i < amounts.length; i++) {
      // Stryker disable next-line EqualityOperator: a deal of exactly 4 buckets moves a cost estimate of millions by one row
      if (amounts[i] >= TINY_BUCKETS * width) {
        onGrid++;
        gridAmount += amounts[i];
      }
    }
    // Stryker disable next-line ArithmeticOperator: two buckets more or less in a cost estimate of millions
    const gridLength = gridAmount / width + 1;
    const cost = onGrid * gridLength + gridLength * 16 * (sd / width);
    // Stryker disable next-line EqualityOperator: a cost of exactly the budget is a coincidence no input aims at
    if (cost > COST_BUDGET) break;
    buckets = next;
  }
  return buckets;
}

/** A normal(mean, variance) in buckets discretized onto whole buckets ≥ 0, summing to 1. */
function normalKernel(mean: number, variance: number): Float64Array {
  const sd = Math.sqrt(variance);
  // Stryker disable next-line EqualityOperator: at exactly half a bucket both ways put the same share on each side
  if (sd < 0.5) {
    // Too narrow to spread: split between the two neighbouring buckets, keeping the mean.
    const low = Math.floor(mean);
    const k = new Float64Array(low + 2);
    k[low] = 1 - (mean - low);
    k[low + 1] = mean - low;
    return k;
  }
  const first = Math.max(0, Math.floor(mean - 8 * sd));
  const last = Math.ceil(mean + 8 * sd);
  const k = new Float64Array(last + 1);
  // The buckets hold all but 1e-15 of the normal (bucket 0 also its tail below 0: Φ(−∞) is 0).
  // Stryker disable next-line EqualityOperator: the last bucket, 8 standard deviations out, holds under 1e-15
  for (let j = first; j <= last; j++) {
    const lo = j === 0 ? -Infinity : (j - 0.5 - mean) / sd;
    k[j] = normalCdf((j + 0.5 - mean) / sd) - normalCdf(lo);
  }
  return k;
}

/** Linear convolution of two non-negative sequences, skipping zeros. */
function convolve(a: Float64Array, b: Float64Array): Float64Array {
  // Stryker disable next-line ArithmeticOperator: a longer output only ends in empty buckets, which are dropped
  const out = new Float64Array(a.length + b.length - 1);
  let bFirst = 0;
  // Stryker disable next-line all: skipping the kernel's leading zeros only saves work
  while (bFirst < b.length && b[bFirst] === 0) bFirst++;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    // Stryker disable next-line ConditionalExpression: an empty bucket adds nothing; this only skips it
    if (v === 0) continue;
    // Stryker disable next-line EqualityOperator: one step past the kernel writes past the output, which a typed array ignores
    for (let j = bFirst; j < b.length; j++) out[i + j] += v * b[j];
  }
  return out;
}

/** Grid pmf to a distribution, dropping buckets with no probability. */
function trimmed(pmf: Float64Array, constant: number, width: number): TotalDistribution {
  let n = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is not above 0
  for (let j = 0; j < pmf.length; j++) if (pmf[j] > 0) n++;
  const values = new Float64Array(n);
  const probs = new Float64Array(n);
  let k = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is not above 0
  for (let j = 0; j < pmf.length; j++) {
    if (pmf[j] > 0) {
      values[k] = constant + j * width;
      probs[k] = pmf[j];
      k++;
    }
  }
  return { values, probs, halfWidth: width / 2 };
}

/** Standard normal CDF via a Chebyshev erfc (relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  // Stryker disable next-line EqualityOperator: at 0 both give erfc(0) = 1 within the approximation's error
  const erfc = x >= 0 ? y : 2 - y;
  return 0.5 * erfc;
}

/** Tolerance for comparing sums of money computed in different orders. */
function slack(d: TotalDistribution): number {
  return 1e-9 * Math.max(1, Math.abs(d.values[d.values.length - 1]));
}

/** The p-quantile: the smallest value x with P(total ≤ x) ≥ p (0 < p ≤ 1). */
export function quantile(d: TotalDistribution, p: number): number {
  let cumulative = 0;
  // Stryker disable next-line EqualityOperator: one step past the end adds undefined, and NaN reaches no level
  for (let j = 0; j < d.values.length; j++) {
    cumulative += d.probs[j];
    // Stryker disable next-line EqualityOperator: a running sum exactly a billionth below the level is a coincidence no input aims at
    if (cumulative >= p - 1e-9) return d.values[j];
  }
  return d.values[d.values.length - 1];
}

/**
 * P(total ≥ target). A grid bucket counts when the amounts it stands for reach the target.
 * The chances are added on the side with fewer outcomes, the other side taken as the rest of 1:
 * a target every outcome reaches is exactly 1 and one no outcome reaches exactly 0, where a sum of
 * thousands of chances would be a few billionths of a billionth off.
 */
export function probabilityAtLeast(d: TotalDistribution, target: number): number {
  const threshold = target - d.halfWidth - slack(d);
  const n = d.values.length;
  let first = n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: below the first value the read is undefined, which never reaches the threshold; a value exactly at the threshold, a billionth below the target, is a coincidence no input aims at
  while (first > 0 && d.values[first - 1] >= threshold) first--;
  let p = 0;
  if (n - first <= first) {
    for (let j = first; j < n; j++) p += d.probs[j];
    return Math.min(1, p);
  }
  for (let j = 0; j < first; j++) p += d.probs[j];
  return Math.max(0, 1 - p);
}
