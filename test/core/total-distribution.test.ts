// The forecast distribution on every path (exact, grid, finer grid, normal part) against exact sums.
import fc from 'fast-check';
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import {
  EXACT_MAX_DEALS,
  exactDistribution,
  GRID_BUCKETS,
  gridDistribution,
  normalCdf,
  probabilityAtLeast,
  quantile,
  type TotalDistribution,
  totalDistribution,
} from '../../src/core/total-distribution';
import { exactAtLeast, exactQuantile, exactTotalPmf } from './exact-total';

const col = (values: readonly number[]) => values.map((v) => [v]) as never;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (d: TotalDistribution) => d.values.reduce((s, v, j) => s + v * d.probs[j], 0);

interface Case {
  amounts: number[];
  probs: number[];
}

const deals = (
  count: fc.Arbitrary<number>,
  amount: fc.Arbitrary<number>,
  p: fc.Arbitrary<number>,
): fc.Arbitrary<Case> =>
  count
    .chain((n) =>
      fc.tuple(fc.array(amount, { minLength: n, maxLength: n }), fc.array(p, { minLength: n })),
    )
    .map(([amounts, probs]) => ({
      amounts,
      probs: amounts.map((_, i) => probs[i % probs.length]),
    }));

const probability = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** 17–24 deals of any size: the grid of GRID_BUCKETS buckets. */
const gridCase = deals(
  fc.integer({ min: EXACT_MAX_DEALS + 1, max: 24 }),
  fc.integer({ min: 1, max: 2000 }),
  probability(0.01, 0.99),
);
/** Many unlikely deals: the total is narrow next to the amount, so the grid gets finer. */
const narrowCase = deals(
  fc.integer({ min: 30, max: 50 }),
  fc.integer({ min: 50, max: 100 }),
  probability(0.001, 0.004),
);
/** One large deal and 64+ deals under 4 buckets each: those are summed as a normal. */
const tinyCase = fc
  .tuple(
    fc.integer({ min: 10_000, max: 20_000 }),
    probability(0.3, 0.7),
    deals(
      fc.integer({ min: 64, max: 90 }),
      fc.integer({ min: 1, max: 8 }),
      probability(0.05, 0.95),
    ),
  )
  .map(([big, p, tiny]) => ({ amounts: [big, ...tiny.amounts], probs: [p, ...tiny.probs] }));
/** Tiny deals that almost never win: their normal is narrower than a bucket. */
const rareTinyCase = fc
  .tuple(
    fc.integer({ min: 10_000, max: 20_000 }),
    deals(
      fc.integer({ min: 64, max: 80 }),
      fc.integer({ min: 3, max: 8 }),
      probability(0.0005, 0.0015),
    ),
  )
  .map(([big, tiny]) => ({ amounts: [big, ...tiny.amounts], probs: [0.5, ...tiny.probs] }));

const paths: [string, fc.Arbitrary<Case>][] = [
  ['the grid (17–24 deals)', gridCase],
  ['a finer grid (many unlikely deals)', narrowCase],
  ['the normal part (64+ tiny deals beside a large one)', tinyCase],
  ['a normal narrower than a bucket (rare tiny deals)', rareTinyCase],
];
const runs = { seed: 16, numRuns: 5 };

describe.each(paths)('on %s', (_name, cases) => {
  it('each percentile is within 0.1% of the open amount of an exact one (level ±0.5 points)', () => {
    fc.assert(
      fc.property(cases, ({ amounts, probs }) => {
        const exact = exactTotalPmf(amounts, probs);
        const tolerance = 0.001 * sum(amounts);
        const levels = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
        const got = forecastRange(col(amounts), col(probs), [levels] as never)[0];
        levels.forEach((p, i) => {
          expect(got[i]).toBeGreaterThanOrEqual(exactQuantile(exact, p - 0.005) - tolerance);
          expect(got[i]).toBeLessThanOrEqual(exactQuantile(exact, p + 0.005) + tolerance);
        });
      }),
      runs,
    );
  });

  it('the chance of reaching a target is within 0.01 of the exact one, away from an outcome', () => {
    fc.assert(
      fc.property(cases, probability(0.05, 0.95), ({ amounts, probs }, fraction) => {
        const exact = exactTotalPmf(amounts, probs);
        const total = sum(amounts);
        const target = fraction * total;
        const edge =
          exactAtLeast(exact, target - 0.001 * total) - exactAtLeast(exact, target + 0.001 * total);
        const got = targetProbability(col(amounts), col(probs), target);
        expect(Math.abs(got - exactAtLeast(exact, target))).toBeLessThanOrEqual(0.01 + edge);
      }),
      runs,
    );
  });

  it('keeps the expected total within half a bucket, with probabilities adding up to 1', () => {
    fc.assert(
      fc.property(cases, ({ amounts, probs }) => {
        const d = totalDistribution(amounts, probs, 250);
        const expected = 250 + sum(amounts.map((a, i) => a * probs[i]));
        expect(d.halfWidth).toBeGreaterThan(0);
        expect(Math.abs(mean(d) - expected)).toBeLessThanOrEqual(d.halfWidth + 1e-9 * expected);
        expect(sum([...d.probs])).toBeCloseTo(1, 9);
        expect(d.values[0]).toBeGreaterThanOrEqual(250);
        const ascending = d.values.every((v, j) => j === 0 || v > d.values[j - 1]);
        expect(ascending).toBe(true);
      }),
      runs,
    );
  });
});

describe('which method', () => {
  const amounts = (n: number) => Array.from({ length: n }, (_, i) => 100 + i);
  const half = (n: number) => Array.from({ length: n }, () => 0.5);

  it('enumerates exactly up to 16 uncertain deals and uses the grid from 17', () => {
    expect(totalDistribution(amounts(EXACT_MAX_DEALS), half(EXACT_MAX_DEALS), 0).halfWidth).toBe(0);
    const grid = totalDistribution(amounts(EXACT_MAX_DEALS + 1), half(EXACT_MAX_DEALS + 1), 0);
    expect(grid.halfWidth * 2 * GRID_BUCKETS).toBeCloseTo(sum(amounts(EXACT_MAX_DEALS + 1)), 6);
    expect(totalDistribution(amounts(3), half(3), 0, 'grid').halfWidth).toBeGreaterThan(0);
    expect(totalDistribution(amounts(5), half(5), 0, 'exact').halfWidth).toBe(0);
  });

  it('uses a finer grid when the total is narrow next to the amount', () => {
    const n = 40;
    const d = gridDistribution(Array(n).fill(100), Array(n).fill(0.002), 0);
    expect((n * 100) / (2 * d.halfWidth)).toBeGreaterThan(GRID_BUCKETS);
    const wide = gridDistribution(Array(n).fill(100), Array(n).fill(0.5), 0);
    expect((n * 100) / (2 * wide.halfWidth)).toBeCloseTo(GRID_BUCKETS, 6);
  });

  it('gives the constant alone when there is nothing uncertain', () => {
    for (const method of ['exact', 'grid', 'auto'] as const) {
      const d = totalDistribution([], [], 700, method);
      expect([...d.values]).toEqual([700]);
      expect([...d.probs]).toEqual([1]);
      expect(quantile(d, 0.9)).toBe(700);
      expect(probabilityAtLeast(d, 700)).toBe(1);
      expect(probabilityAtLeast(d, 701)).toBe(0);
    }
  });
});

describe('exactDistribution', () => {
  it('merges equal totals: two deals of 100 at 50% give 0, 100, 200 with 25%, 50%, 25%', () => {
    const d = exactDistribution([100, 100], [0.5, 0.5], 30);
    expect([...d.values]).toEqual([30, 130, 230]);
    expect([...d.probs]).toEqual([0.25, 0.5, 0.25]);
    expect(d.halfWidth).toBe(0);
  });

  it('merges totals that differ only by floating-point rounding', () => {
    const d = exactDistribution([0.1, 0.2, 0.3], [0.5, 0.5, 0.5], 0);
    // 0.1 + 0.2 is 0.30000000000000004: the same total as 0.3, with both outcomes' chance.
    expect([...d.values].map((v) => Number(v.toFixed(9)))).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6,
    ]);
    expect(d.probs[3]).toBeCloseTo(0.25, 12);
  });
});

describe('quantile and probabilityAtLeast', () => {
  // Totals 0, 100, 300, 400, each with 25%.
  const d = exactDistribution([100, 300], [0.5, 0.5], 0);

  it.each([
    [0.01, 0],
    [0.25, 0],
    [0.2501, 100],
    [0.5, 100],
    [0.75, 300],
    [0.76, 400],
    [1, 400],
  ])('the %p percentile is %p', (p, expected) => {
    expect(quantile(d, p)).toBe(expected);
  });

  it.each([
    [0, 1],
    [1, 0.75],
    [100, 0.75],
    [100.5, 0.5],
    [300, 0.5],
    [301, 0.25],
    [400, 0.25],
    [400.01, 0],
  ])('P(total ≥ %p) is %p', (target, expected) => {
    expect(probabilityAtLeast(d, target)).toBeCloseTo(expected, 12);
  });

  it('counts a grid bucket when the amounts it stands for reach the target', () => {
    const bucket: TotalDistribution = {
      values: Float64Array.of(0, 10),
      probs: Float64Array.of(0.5, 0.5),
      halfWidth: 2,
    };
    expect(probabilityAtLeast(bucket, 12)).toBe(0.5); // 10 stands for 8..12
    expect(probabilityAtLeast(bucket, 12.01)).toBe(0);
    expect(probabilityAtLeast(bucket, 2)).toBe(1); // 0 stands for -2..2
    expect(probabilityAtLeast(bucket, 2.01)).toBe(0.5);
  });

  it('never says more than 100%, even when the chances add up past 1', () => {
    const over: TotalDistribution = {
      values: Float64Array.of(1, 2, 3),
      probs: Float64Array.of(0.4, 0.4, 0.4000001),
      halfWidth: 0,
    };
    expect(probabilityAtLeast(over, 1)).toBe(1);
  });

  it('tolerates sums of money added in another order (a billionth of the largest total)', () => {
    const big = exactDistribution([1e9], [0.5], 0);
    expect(probabilityAtLeast(big, 1e9 + 0.5)).toBe(0.5);
    expect(probabilityAtLeast(big, 1e9 + 2)).toBe(0);
  });
});

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.959963984540054, 0.975],
    [-3, 0.0013498980316301],
    [4, 0.9999683287581669],
  ])('Φ(%p) = %p to within 1.2e-7 relative', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThanOrEqual(1.2e-7 * expected);
  });

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    for (const z of [0.1, 0.5, 1.5, 2.5, 5])
      expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 12);
  });
});
