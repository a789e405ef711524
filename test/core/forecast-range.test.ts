// FORECAST_RANGE and TARGET_PROBABILITY against exact enumeration and a seeded simulation.

import fc from 'fast-check';
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import {
  exactDistribution,
  gridDistribution,
  probabilityAtLeast,
  quantile,
} from '../../src/core/total-distribution';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

/** Every one of the 2^n outcomes, written out independently of the code under test. */
function enumerate(amounts: number[], probs: number[]): { value: number; p: number }[] {
  const out: { value: number; p: number }[] = [];
  for (let mask = 0; mask < 1 << amounts.length; mask++) {
    let value = 0;
    let p = 1;
    for (let i = 0; i < amounts.length; i++) {
      const won = (mask >> i) & 1;
      value += won ? amounts[i] : 0;
      p *= won ? probs[i] : 1 - probs[i];
    }
    out.push({ value, p });
  }
  return out.sort((a, b) => a.value - b.value);
}

/** Smallest x with P(total ≤ x) ≥ p, over the enumerated outcomes. */
function exactPercentile(outcomes: { value: number; p: number }[], p: number): number {
  let cumulative = 0;
  for (let i = 0; i < outcomes.length; i++) {
    cumulative += outcomes[i].p;
    const last = i + 1 === outcomes.length || outcomes[i + 1].value > outcomes[i].value;
    if (last && cumulative >= p - 1e-9) return outcomes[i].value;
  }
  return outcomes[outcomes.length - 1].value;
}

function exactAtLeast(outcomes: { value: number; p: number }[], target: number): number {
  return outcomes.filter((o) => o.value >= target - 1e-9).reduce((s, o) => s + o.p, 0);
}

const smallCase = fc
  .array(
    fc.record({
      amount: fc.integer({ min: 1, max: 100_000 }),
      p: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((deals) => ({ amounts: deals.map((d) => d.amount), probs: deals.map((d) => d.p) }));

describe('forecastRange', () => {
  it('gives the exact percentiles on a hand-checked case', () => {
    // 100 @ 50%, 300 @ 50%: totals 0, 100, 300, 400 each with 25%
    // P90: P(total ≤ 300) is only 75%, so the smallest total reaching 90% is 400
    expect(forecastRange(col(100, 300), col(0.5, 0.5))).toEqual([[0, 100, 400]]);
    expect(forecastRange(col(100, 300), col(0.5, 0.5), [[0.3, 0.8]] as never)).toEqual([
      [100, 400],
    ]);
  });

  it('counts only Open rows; probability 100% is a sure amount and 0% adds nothing', () => {
    const out = forecastRange(
      col(100, 200, 50, 70, ''),
      col(1, 0.5, 0.9, 0, ''),
      undefined,
      col('Open', 'Open', 'Won', '', 'Open'),
    );
    expect(out).toEqual([[100, 100, 300]]);
  });

  it('returns zeros when everything is closed or the range is empty', () => {
    expect(forecastRange(col(100, 200), col(0.5, 0.5), 0.5, col('Won', 'Lost'))).toEqual([[0]]);
    expect(forecastRange(col('', ''), col('', ''))).toEqual([[0, 0, 0]]);
  });

  it('accepts a single cell for each argument', () => {
    expect(forecastRange(1000, 0.5, 0.9)).toEqual([[1000]]);
  });

  it.each([
    [10, /FORECAST_RANGE: percentiles is 10 — write 10% \(0\.1\)/],
    [0, /percentiles is 0 — write a percentile between 0% and 100%/],
    [[[0.1], ['x']], /percentiles row 2 is "x"/],
  ])('rejects percentiles %p', (percentiles, message) => {
    expect(() => forecastRange(col(1), col(0.5), percentiles as never)).toThrow(message);
  });

  it('needs a probability on open deals with an amount, naming the row', () => {
    expect(() => forecastRange(col(10, 20), col(0.5, ''))).toThrow(
      /FORECAST_RANGE: probabilities row 2 is blank on an open deal/,
    );
    expect(() => forecastRange(col(10, 20), col(0.5, 50))).toThrow(
      /probabilities row 2 is 50 — write 50% \(0\.5\)/,
    );
    expect(() => forecastRange(col(10, 20), col(0.5))).toThrow(
      /probabilities has 1 rows but amounts has 2/,
    );
  });

  it('matches exact enumeration on random cases of up to 10 deals (the method it uses there)', () => {
    fc.assert(
      fc.property(smallCase, ({ amounts, probs }) => {
        const outcomes = enumerate(amounts, probs);
        const ps = [0.1, 0.25, 0.5, 0.75, 0.9];
        const got = forecastRange(col(...amounts), col(...probs), [ps] as never)[0];
        ps.forEach((p, i) => {
          expect(got[i]).toBeCloseTo(exactPercentile(outcomes, p), 6);
        });
      }),
      { seed: 4, numRuns: 25 },
    );
  });

  it('on the grid (used above 16 deals) stays within 1% of the open amount of exact percentiles', () => {
    fc.assert(
      fc.property(smallCase, ({ amounts, probs }) => {
        const total = amounts.reduce((a, b) => a + b, 0);
        const outcomes = enumerate(amounts, probs);
        const grid = gridDistribution(amounts, probs, 0);
        for (const p of [0.1, 0.5, 0.9]) {
          // Percentiles jump between outcomes; compare where the exact answer is not on a knife edge.
          const low = exactPercentile(outcomes, p - 1e-6);
          const high = exactPercentile(outcomes, p + 1e-6);
          if (low !== high) continue;
          expect(Math.abs(quantile(grid, p) - low)).toBeLessThanOrEqual(0.01 * total);
        }
      }),
      { seed: 7, numRuns: 25 },
    );
  });

  it('keeps percentiles in order', () => {
    fc.assert(
      fc.property(
        smallCase,
        fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 2, maxLength: 6 }),
        ({ amounts, probs }, ps) => {
          const sorted = [...ps].sort((a, b) => a - b);
          const got = forecastRange(col(...amounts), col(...probs), [sorted] as never)[0];
          for (let i = 1; i < got.length; i++) expect(got[i]).toBeGreaterThanOrEqual(got[i - 1]);
        },
      ),
      { seed: 11, numRuns: 20 },
    );
  });

  it('gives equal outputs for equal inputs', () => {
    const amounts = col(...Array.from({ length: 60 }, (_, i) => 1000 + ((i * 7919) % 5000)));
    const probs = col(...Array.from({ length: 60 }, (_, i) => ((i % 9) + 1) / 10));
    expect(forecastRange(amounts, probs)).toEqual(forecastRange(amounts, probs));
  });
});

describe('targetProbability', () => {
  it('gives the exact chance on a hand-checked case', () => {
    // totals 0, 100, 300, 400 each with 25%
    expect(targetProbability(col(100, 300), col(0.5, 0.5), 100)).toBeCloseTo(0.75);
    expect(targetProbability(col(100, 300), col(0.5, 0.5), 301)).toBeCloseTo(0.25);
    expect(targetProbability(col(100, 300), col(0.5, 0.5), 400)).toBeCloseTo(0.25);
    expect(targetProbability(col(100, 300), col(0.5, 0.5), 401)).toBe(0);
  });

  it('is 1 when sure deals cover the target, 0 when nothing is open', () => {
    expect(targetProbability(col(500, 100), col(1, 0.5), 500)).toBe(1);
    expect(targetProbability(col(500), col(0.5), 10, col('Won'))).toBe(0);
  });

  it.each([
    [0, /TARGET_PROBABILITY: target is 0 — it must be greater than 0/],
    [-10, /target is -10 — it must be greater than 0/],
    ['lots', /target is "lots" — write a number greater than 0/],
  ])('rejects target %p', (target, message) => {
    expect(() => targetProbability(col(1), col(0.5), target as never)).toThrow(message);
  });

  it('matches exact enumeration within 0.02 on random cases, on the grid too', () => {
    fc.assert(
      fc.property(
        smallCase,
        fc.double({ min: 0.01, max: 1.1, noNaN: true }),
        ({ amounts, probs }, fraction) => {
          const total = amounts.reduce((a, b) => a + b, 0);
          const target = Math.max(1, fraction * total);
          const outcomes = enumerate(amounts, probs);
          const exact = exactAtLeast(outcomes, target);
          expect(
            Math.abs(targetProbability(col(...amounts), col(...probs), target) - exact),
          ).toBeLessThanOrEqual(1e-9);
          // The grid may only differ by outcomes within a hair of the target.
          const edge =
            exactAtLeast(outcomes, target - 0.01 * total) -
            exactAtLeast(outcomes, target + 0.01 * total);
          const grid = probabilityAtLeast(gridDistribution(amounts, probs, 0), target);
          expect(Math.abs(grid - exact)).toBeLessThanOrEqual(Math.max(0.02, edge));
        },
      ),
      { seed: 5, numRuns: 25 },
    );
  });

  it('uses the same model as FORECAST_RANGE: P(total ≥ P50) is at least 50%', () => {
    const exact = exactDistribution([10, 20, 30], [0.3, 0.6, 0.5], 0);
    const p50 = quantile(exact, 0.5);
    expect(probabilityAtLeast(exact, p50)).toBeGreaterThanOrEqual(0.5);
    expect(targetProbability(col(10, 20, 30), col(0.3, 0.6, 0.5), p50)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('FORECAST_RANGE and TARGET_PROBABILITY with the error distribution', () => {
  const col = (values: unknown[]) => values.map((v) => [v]) as never;
  const sure = col([100]);
  const certain = col([1]);

  it('widen a certain total by the stated default when there are fewer than 6 past ratios', () => {
    const [p10, p50, p90] = forecastRange(
      sure,
      certain,
      undefined,
      undefined,
      col([1.1, '', 0.9]),
    )[0];
    expect(p10).toBeCloseTo(100 * Math.exp(-0.35 * 1.2815516), 3);
    expect(p50).toBeCloseTo(100, 3);
    expect(p90).toBeCloseTo(100 * Math.exp(0.35 * 1.2815516), 3);
    expect(targetProbability(sure, certain, 100, undefined, col([1.1]))).toBeCloseTo(0.5, 6);
  });

  it('scale by past misses that were all alike', () => {
    const ratios = col([0.8, 0.8, 0.8, 0.8, 0.8, 0.8]);
    expect(forecastRange(sure, certain, undefined, undefined, ratios)[0][1]).toBeCloseTo(80, 6);
    expect(targetProbability(sure, certain, 81, undefined, ratios)).toBe(0);
  });

  it('hold the actual about as often as they say when the method misses like its past', () => {
    // Ten deals of 100 at 50%; past misses log-normal with spread 0.3 around 0.9.
    const amounts = col(new Array(10).fill(100));
    const probs = col(new Array(10).fill(0.5));
    const past = Array.from(
      { length: 40 },
      (_, i) => 0.9 * Math.exp(0.3 * normalQuantileOf((i + 0.5) / 40)),
    );
    const [p10, , p90] = forecastRange(amounts, probs, undefined, undefined, col(past))[0];
    const [i10, , i90] = forecastRange(amounts, probs)[0];
    expect(p10).toBeLessThan(i10);
    expect(p90).toBeGreaterThan(i90);
    expect(targetProbability(amounts, probs, p90, undefined, col(past))).toBeCloseTo(0.1, 2);
  });

  it('name the row of a ratio that is not a positive number', () => {
    expect(() => forecastRange(sure, certain, undefined, undefined, col([1, 'abc']))).toThrow(
      /FORECAST_RANGE: errors row 2 is "?abc"? — write a past ratio of actual ÷ forecast above 0/,
    );
    expect(() => targetProbability(sure, certain, 50, undefined, col([0]))).toThrow(
      /TARGET_PROBABILITY: errors row 1/,
    );
  });
});

/** Standard normal quantile by bisection on the error function (independent of the code under test). */
function normalQuantileOf(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    const cdf = 0.5 * (1 + erf(mid / Math.SQRT2));
    if (cdf < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function erf(x: number): number {
  // Series for |x| < 3, enough for these checks.
  let sum = 0;
  let term = x;
  for (let n = 0; n < 200; n++) {
    sum += term / (2 * n + 1);
    term *= (-x * x) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
