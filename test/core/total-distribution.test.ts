// The forecast distribution on every path (exact, grid, finer grid, normal part) against exact sums.
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import {
  EXACT_MAX_DEALS,
  exactDistribution,
  GRID_BUCKETS,
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

/** n deals with whole amounts from..to and probabilities pFrom..pTo, spread by fixed strides. */
function spread(n: number, from: number, to: number, pFrom: number, pTo: number): Case {
  const amounts = Array.from({ length: n }, (_, i) => from + ((i * 7919) % (to - from + 1)));
  const probs = Array.from(
    { length: n },
    (_, i) => pFrom + ((pTo - pFrom) * ((i * 37) % 101)) / 100,
  );
  return { amounts, probs };
}

/** One large deal beside many small ones. */
function beside(big: number, p: number, small: Case): Case {
  return { amounts: [big, ...small.amounts], probs: [p, ...small.probs] };
}

// Each path the distribution takes above 16 deals, at a few sizes, against exact sums.
const paths: [string, Case][] = [
  ['the grid (17 deals)', spread(EXACT_MAX_DEALS + 1, 1, 2000, 0.01, 0.99)],
  ['the grid (24 deals)', spread(24, 1, 2000, 0.05, 0.95)],
  ['a finer grid (40 unlikely deals)', spread(40, 50, 100, 0.001, 0.004)],
  [
    'the normal part (70 tiny deals beside a large one)',
    beside(15_000, 0.5, spread(70, 1, 8, 0.05, 0.95)),
  ],
  [
    'a normal narrower than a bucket (64 rare tiny deals)',
    beside(12_000, 0.5, spread(64, 3, 8, 0.0005, 0.0015)),
  ],
];

describe.each(paths)('on %s', (_name, { amounts, probs }) => {
  const exact = exactTotalPmf(amounts, probs);
  const total = sum(amounts);

  it('each percentile is within 0.1% of the open amount of an exact one (level ±0.5 points)', () => {
    const tolerance = 0.001 * total;
    const levels = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
    const got = forecastRange(col(amounts), col(probs), [levels] as never)[0];
    levels.forEach((p, i) => {
      expect(got[i]).toBeGreaterThanOrEqual(exactQuantile(exact, p - 0.005) - tolerance);
      expect(got[i]).toBeLessThanOrEqual(exactQuantile(exact, p + 0.005) + tolerance);
    });
  });

  it.each([0.05, 0.3, 0.5, 0.7, 0.95])(
    'the chance of reaching %p of the open amount is within 0.01 of the exact one',
    (fraction) => {
      const target = fraction * total;
      const edge =
        exactAtLeast(exact, target - 0.001 * total) - exactAtLeast(exact, target + 0.001 * total);
      const got = targetProbability(col(amounts), col(probs), target);
      expect(Math.abs(got - exactAtLeast(exact, target))).toBeLessThanOrEqual(0.01 + edge);
    },
  );

  it('keeps the expected total within half a bucket, with probabilities adding up to 1', () => {
    const d = totalDistribution(amounts, probs, 250);
    const expected = 250 + sum(amounts.map((a, i) => a * probs[i]));
    expect(d.halfWidth).toBeGreaterThan(0);
    expect(Math.abs(mean(d) - expected)).toBeLessThanOrEqual(d.halfWidth + 1e-9 * expected);
    expect(sum([...d.probs])).toBeCloseTo(1, 9);
    expect(d.values[0]).toBeGreaterThanOrEqual(250);
    const ascending = d.values.every((v, j) => j === 0 || v > d.values[j - 1]);
    expect(ascending).toBe(true);
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
  // Totals 0, 100, 300, 400, each with 25%. Made inside each test, so that mutation testing sees
  // which tests reach the code (what runs while a file loads reaches every test).
  const quarters = () => exactDistribution([100, 300], [0.5, 0.5], 0);

  it.each([
    [0.01, 0],
    [0.25, 0],
    [0.2501, 100],
    [0.5, 100],
    [0.75, 300],
    [0.76, 400],
    [1, 400],
  ])('the %p percentile is %p', (p, expected) => {
    expect(quantile(quarters(), p)).toBe(expected);
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
    expect(probabilityAtLeast(quarters(), target)).toBeCloseTo(expected, 12);
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
      values: Float64Array.of(1, 2, 3, 4),
      probs: Float64Array.of(0, 0, 0.5, 0.5000001),
      halfWidth: 0,
    };
    expect(probabilityAtLeast(over, 3)).toBe(1);
  });

  // Deals of 100, 200 and 400 at 20%, 30% and 40%: the eight chances add up to 0.9999999999999999.
  const rounded = () => exactDistribution([100, 200, 400], [0.2, 0.3, 0.4], 0);

  it('is exactly 100% for a target every outcome reaches, and exactly 0% for one none reaches', () => {
    expect(probabilityAtLeast(rounded(), 0)).toBe(1);
    expect(probabilityAtLeast(rounded(), -50)).toBe(1);
    expect(probabilityAtLeast(rounded(), 700.01)).toBe(0);
    expect(probabilityAtLeast(rounded(), 700)).toBeCloseTo(0.2 * 0.3 * 0.4, 15);
    expect(probabilityAtLeast(rounded(), 100)).toBeCloseTo(1 - 0.8 * 0.7 * 0.6, 15);
  });

  it('gives one deal at 30% exactly a 30% chance of reaching its amount', () => {
    expect(probabilityAtLeast(exactDistribution([10], [0.3], 0), 10)).toBe(0.3);
    expect(probabilityAtLeast(exactDistribution([10], [0.3], 0), 0)).toBe(1);
  });

  it('says 100% when sure deals alone cover the target, whatever the others', () => {
    const amounts = [[100], [200], [400], [500]] as never;
    const probabilities = [[0.2], [0.3], [0.4], [1]] as never;
    expect(targetProbability(amounts, probabilities, 500)).toBe(1);
    expect(targetProbability(amounts, probabilities, 1200)).toBeCloseTo(0.2 * 0.3 * 0.4, 15);
    expect(targetProbability(amounts, probabilities, 1201)).toBe(0);
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

  it('is exactly 0 at −∞ and 1 at +∞ (the normal part’s bucket 0 takes the whole lower tail)', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    for (const z of [0.1, 0.5, 1.5, 2.5, 5])
      expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 12);
  });
});
