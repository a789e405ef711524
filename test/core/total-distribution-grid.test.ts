// The forecast distribution's grid: bucket counts, which deals go on it and which are summed as a
// normal, checked on totals whose amounts are whole buckets (so the grid itself is exact).
import fc from 'fast-check';
import {
  exactDistribution,
  GRID_BUCKETS,
  gridDistribution,
  normalCdf,
  quantile,
  type TotalDistribution,
} from '../../src/core/total-distribution';
import { exactTotalPmf } from './exact-total';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (d: TotalDistribution) => d.values.reduce((s, v, j) => s + v * d.probs[j], 0);
const repeat = <T>(n: number, value: T): T[] => Array(n).fill(value);
/** How many buckets the grid used over the total amount. */
const bucketsOver = (total: number, d: TotalDistribution) => total / (2 * d.halfWidth);

/** The grid equals exact enumeration: the same totals with the same chances. */
function expectExact(d: TotalDistribution, amounts: number[], probs: number[]): void {
  const exact = exactTotalPmf(amounts, probs);
  const totals = [...exact.keys()].filter((x) => exact[x] > 0);
  expect([...d.values]).toEqual(totals);
  d.probs.forEach((p, j) => {
    expect(Math.abs(p - exact[totals[j]])).toBeLessThanOrEqual(1e-12);
  });
}

describe('a grid whose buckets fit the amounts exactly', () => {
  it('100 and 300 at 50% give 0, 100, 300 and 400, a quarter each, and no empty bucket', () => {
    const d = gridDistribution([100, 300], [0.5, 0.5], 0);
    expect([...d.values]).toEqual([0, 100, 300, 400]);
    expect([...d.probs]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(d.halfWidth).toBe(400 / GRID_BUCKETS / 2);
  });

  it('adds the sure amount to every total', () => {
    const d = gridDistribution([100, 300], [0.5, 0.5], 1000);
    expect([...d.values]).toEqual([1000, 1100, 1300, 1400]);
  });

  it('puts 63 deals of one bucket on the grid one by one', () => {
    // 4,033 + 63 = 4,096: one bucket per unit.
    const amounts = [4033, ...repeat(63, 1)];
    const probs = [0.5, ...repeat(63, 0.25)];
    expectExact(gridDistribution(amounts, probs, 0), amounts, probs);
  });

  it('puts 64 deals of exactly 4 buckets on the grid (only smaller ones count as tiny)', () => {
    const amounts = [3840, ...repeat(64, 4)];
    const probs = [0.5, ...repeat(64, 0.25)];
    expectExact(gridDistribution(amounts, probs, 0), amounts, probs);
  });

  it('equals exact enumeration for any deals of whole buckets beside one that fills the grid', () => {
    const deal = fc.record({
      amount: fc.integer({ min: 1, max: 300 }),
      p: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 10 }), deal, (deals, filler) => {
        const amounts = [
          GRID_BUCKETS - sum(deals.map((d) => d.amount)),
          ...deals.map((d) => d.amount),
        ];
        const probs = [filler.p, ...deals.map((d) => d.p)];
        expectExact(gridDistribution(amounts, probs, 0), amounts, probs);
      }),
      { seed: 16, numRuns: 12 },
    );
  });

  it('keeps every deal smaller than a bucket, rounding so that the expected total stays', () => {
    // Ten deals of half a bucket at 50%: rounded alternately up and down, never all to 0.
    const amounts = [4091, ...repeat(10, 0.5)];
    const probs = [0.5, ...repeat(10, 0.5)];
    const d = gridDistribution(amounts, probs, 0);
    expect(sum([...d.probs])).toBeCloseTo(1, 12);
    expect(mean(d)).toBeCloseTo(4091 / 2 + 2.5, 9);
  });
});

describe('64 or more tiny deals (under 4 buckets each) are summed as a normal', () => {
  // Amounts in won, a bucket being 1,000 won: 64 deals of 2 buckets at 25% have a mean of 32
  // buckets and a variance of 64 × 0.25 × 0.75 × 2² = 48.
  const unit = 1000;
  const amounts = [3968 * unit, ...repeat(64, 2 * unit)];
  const probs = [0.5, ...repeat(64, 0.25)];
  // Made inside each test, so that mutation testing sees which tests reach the code.
  const grid = () => gridDistribution(amounts, probs, 0);
  const chanceIn = (d: TotalDistribution, scale: number) => (buckets: number) =>
    d.probs[[...d.values].indexOf(buckets * scale)] ?? 0;

  it('symmetric around their mean, unlike the skewed exact count', () => {
    const chance = chanceIn(grid(), unit);
    for (let k = 1; k <= 8; k++) expect(chance(32 - k)).toBeCloseTo(chance(32 + k), 12);
    const exact = exactTotalPmf([3968, ...repeat(64, 2)], probs);
    expect(Math.abs(exact[24] - exact[40])).toBeGreaterThan(0.001);
  });

  it('with their exact mean and variance, and the large deal’s half of the chance on each side', () => {
    const d = grid();
    const low = [...d.values].map((v, j) => [v / unit, d.probs[j]]).filter(([v]) => v < 3968);
    const below = sum(low.map(([, p]) => p));
    expect(below).toBeCloseTo(0.5, 12);
    const lowMean = sum(low.map(([v, p]) => v * p)) / below;
    const lowVariance = sum(low.map(([v, p]) => (v - lowMean) ** 2 * p)) / below;
    expect(lowMean).toBeCloseTo(32, 5);
    // A normal spread over whole buckets adds a twelfth of a bucket squared.
    expect(Math.abs(lowVariance - (48 + 1 / 12))).toBeLessThan(0.01);
    expect(mean(d) / unit).toBeCloseTo(1984 + 32, 5);
  });

  it('63 tiny deals and one of exactly 4 buckets all go on the grid, exactly', () => {
    const few = [4029, 4, ...repeat(63, 1)];
    const fewProbs = [0.5, 0.3, ...repeat(63, 0.25)];
    expectExact(gridDistribution(few, fewProbs, 0), few, fewProbs);
  });

  it('a deal of exactly 4 buckets beside 64 tiny ones stays a step of its own on the grid', () => {
    // Without it: 64 deals of one bucket at 25% (a normal) beside a large deal at 50%.
    const base = chanceIn(
      gridDistribution([4032, ...repeat(64, 1)], [0.5, ...repeat(64, 0.25)], 0),
      1,
    );
    const withStep = chanceIn(
      gridDistribution([4028, 4, ...repeat(64, 1)], [0.5, 0.3, ...repeat(64, 0.25)], 0),
      1,
    );
    for (let j = 0; j <= 48; j++) {
      expect(withStep(j)).toBeCloseTo(0.7 * base(j) + 0.3 * base(j - 4), 12);
    }
  });

  it('between two buckets, keeping the mean, when the normal is narrower than half a bucket', () => {
    // 64 deals of one bucket at 0.1%: mean 0.064 buckets, standard deviation about 0.25.
    const rare = gridDistribution([4032, ...repeat(64, 1)], [0.5, ...repeat(64, 0.001)], 0);
    expect([...rare.values]).toEqual([0, 1, 4032, 4033]);
    [0.5 * 0.936, 0.5 * 0.064, 0.5 * 0.936, 0.5 * 0.064].forEach((p, j) => {
      expect(rare.probs[j]).toBeCloseTo(p, 12);
    });
  });

  it('64 all but certain deals of a quarter bucket: 15.84 buckets, split between 15 and 16', () => {
    const sure = gridDistribution([4080, ...repeat(64, 0.25)], [0.5, ...repeat(64, 0.99)], 0);
    expect([...sure.values]).toEqual([15, 16, 4095, 4096]);
    [0.5 * 0.16, 0.5 * 0.84, 0.5 * 0.16, 0.5 * 0.84].forEach((p, j) => {
      expect(sure.probs[j]).toBeCloseTo(p, 12);
    });
  });

  it('near 0, the normal’s lower tail is counted at 0 rather than lost', () => {
    // 64 deals of 2.5 buckets at 0.5%: mean 0.8 buckets; bucket 0 holds all below ½.
    const near = gridDistribution([3936, ...repeat(64, 2.5)], [0.5, ...repeat(64, 0.005)], 0);
    const sd = Math.sqrt(64 * 0.005 * 0.995 * 2.5 ** 2);
    expect(near.values[0]).toBe(0);
    expect(near.probs[0]).toBeCloseTo(0.5 * normalCdf((0.5 - 0.8) / sd), 9);
    expect(mean(near)).toBeCloseTo(1968 + 0.8, 0);
    expect(sum([...near.probs])).toBeCloseTo(1, 12);
  });
});

describe('how many buckets', () => {
  it('4,096 while one standard deviation of the total spans 50 of them', () => {
    const d = gridDistribution(repeat(40, 100), repeat(40, 0.5), 0);
    expect(bucketsOver(4000, d)).toBe(GRID_BUCKETS);
  });

  it('doubled while the total is narrow next to the amount: 8,192 for 40 deals at 0.2%', () => {
    const d = gridDistribution(repeat(40, 100), repeat(40, 0.002), 0);
    expect(bucketsOver(4000, d)).toBe(8192);
  });

  it('stops doubling before the grid would cost 40 million steps: 16,384 for 50 long shots', () => {
    // 50 deals of 100 at 0.025%: one standard deviation spans 44 of 32,768 buckets, but that grid
    // would cost 1.6 million steps for the deals and 39 million for the spread.
    const d = gridDistribution(repeat(50, 100), repeat(50, 0.00025), 0);
    expect(bucketsOver(5000, d)).toBe(16_384);
    expect(mean(d)).toBeCloseTo(50 * 100 * 0.00025, 9);
  });

  it('counts only the deals on the grid in its cost: 16,384 for 10,000 deals of 1,000 won at 30%', () => {
    // Each deal is under 4 buckets, so all are summed as a normal and the grid costs next to
    // nothing; one standard deviation (45,826 won) spans 50 buckets from 16,384 on.
    const d = gridDistribution(repeat(10_000, 1000), repeat(10_000, 0.3), 0);
    expect(bucketsOver(10_000_000, d)).toBe(16_384);
    expect(mean(d)).toBeCloseTo(3_000_000, 3);
    const sd = Math.sqrt(d.values.reduce((s, v, j) => s + (v - 3_000_000) ** 2 * d.probs[j], 0));
    expect(sd / Math.sqrt(10_000 * 0.3 * 0.7 * 1000 ** 2)).toBeCloseTo(1, 3);
    // Outcomes further than 8 standard deviations (one in 10^15) are left out.
    const deviations = (total: number) => Math.abs(total - 3_000_000) / sd;
    expect(deviations(d.values[0])).toBeLessThan(8.1);
    expect(deviations(d.values[d.values.length - 1])).toBeLessThan(8.1);
  });

  it('at most 65,536, even when the total is narrower still', () => {
    // 5 deals of 100 at one in ten million: 131,072 buckets would still cost little.
    const d = gridDistribution(repeat(5, 100), repeat(5, 1e-7), 0);
    expect(bucketsOver(500, d)).toBe(65_536);
    expect(mean(d)).toBeCloseTo(5 * 100 * 1e-7, 12);
  });
});

describe('edges of exact enumeration and percentiles', () => {
  it('merges the first totals when a deal is a billionth of the sure amount', () => {
    const d = exactDistribution([1e-12], [0.5], 1000);
    expect([...d.values]).toEqual([1000]);
    expect([...d.probs]).toEqual([1]);
  });

  it('gives the largest total when rounding leaves the chances just short of 100%', () => {
    const short: TotalDistribution = {
      values: Float64Array.of(10, 20),
      probs: Float64Array.of(0.5, 0.49),
      halfWidth: 0,
    };
    expect(quantile(short, 1)).toBe(20);
    expect(quantile(short, 0.5)).toBe(10);
  });
});
