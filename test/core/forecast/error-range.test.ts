// The forecast range from the method's own past errors: default below 6 windows, t widening, quantiles, chance.
import {
  chanceToReach,
  combinedSpread,
  DEFAULT_LOG_SPREAD,
  type ErrorDistribution,
  errorDistribution,
  errorDistributionFromLogs,
  forecastQuantile,
  normalQuantile,
} from '../../../src/core/forecast/error-range';

const DEFAULT: ErrorDistribution = { center: 0, spread: DEFAULT_LOG_SPREAD, n: 0 };
/** Logs alternating −0.1, +0.1 (standard deviation about 0.1). */
const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 0.1 : -0.1));

describe('errorDistributionFromLogs', () => {
  it('uses the stated wide default with 0, 1 or 5 past windows', () => {
    for (const n of [0, 1, 5]) expect(errorDistributionFromLogs(alternating(n))).toEqual(DEFAULT);
  });

  it('from exactly 6 windows: mean, and the spread widened for one new window and a t law', () => {
    // mean 0.1; sd √0.06 = 0.24495; × √(1 + 1/6) × t90(5 df) 1.476 ÷ 1.2816 = 0.30471
    const dist = errorDistributionFromLogs([0, 0, 0, 0, 0, 0.6]);
    expect(dist.n).toBe(6);
    expect(dist.center).toBeCloseTo(0.1, 10);
    expect(dist.spread).toBeCloseTo(0.3047073, 6);
  });

  it('takes the t quantile up to 30 degrees of freedom (31 windows), the normal one from 32', () => {
    // 31 logs: sd 0.101653 × √(32/31) × 1.31 ÷ 1.2816; 32 logs: sd 0.101600 × √(33/32) × 1.
    const at31 = errorDistributionFromLogs(alternating(31));
    expect([at31.n, at31.center]).toEqual([31, -0.1 / 31]);
    expect(at31.spread).toBeCloseTo(0.1055133, 6);
    const at32 = errorDistributionFromLogs(alternating(32));
    expect([at32.n, at32.center]).toEqual([32, 0]);
    expect(at32.spread).toBeCloseTo(0.1031754, 6);
  });
});

describe('errorDistribution', () => {
  it('reads actual ÷ forecast, skips windows forecast at 0 or less or without an actual, floors at 0.05', () => {
    const dist = errorDistribution([
      { actual: 0, forecast: 100 }, // won nothing: read as 0.05×
      { actual: 100, forecast: 100 },
      { actual: 200, forecast: 100 },
      { actual: 50, forecast: 100 },
      { actual: 100, forecast: 0 }, // skipped
      { actual: Number.NaN, forecast: 100 }, // skipped
      { actual: 150, forecast: 100 },
      { actual: 100, forecast: -5 }, // skipped
      { actual: 100, forecast: 50 },
    ]);
    expect(dist.n).toBe(6);
    // (ln 0.05 + 0 + ln 2 − ln 2 + ln 1.5 + ln 2) ÷ 6
    expect(dist.center).toBeCloseTo(-0.3161867, 6);
    expect(dist.spread).toBeCloseTo(1.7574973, 6);
  });

  it('has the default while fewer than 6 windows are usable', () => {
    const five = Array.from({ length: 5 }, () => ({ actual: 200, forecast: 100 }));
    expect(errorDistribution([...five, { actual: 200, forecast: 0 }])).toEqual(DEFAULT);
  });
});

describe('normalQuantile', () => {
  it('matches the standard normal table in the centre and both tails', () => {
    const table: [number, number][] = [
      [0.5, 0],
      [0.1, -1.2815516],
      [0.9, 1.2815516],
      [0.975, 1.959964],
      [0.01, -2.3263479],
      [0.99, 2.3263479],
      [0.001, -3.0902323],
    ];
    for (const [p, z] of table) expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it('is minus and plus infinity at 0 and 1 and beyond', () => {
    expect([normalQuantile(0), normalQuantile(-0.5)]).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    expect([normalQuantile(1), normalQuantile(1.5)]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });
});

describe('combinedSpread', () => {
  it('takes the wider of the past errors and the deals’ own spread', () => {
    const dist = { center: 0, spread: 0.2, n: 8 };
    expect(combinedSpread(dist, 1000, 100)).toBe(0.2); // deals: 0.1
    expect(combinedSpread(dist, 1000, 300)).toBe(0.3);
    expect(combinedSpread(dist, 0, 300)).toBe(0.2); // nothing forecast: the deals add nothing
    expect(combinedSpread({ ...dist, spread: 0 }, -10, 300)).toBe(0);
  });
});

describe('forecastQuantile', () => {
  it('scales the forecast by exp(centre + spread × z)', () => {
    expect(forecastQuantile(100, DEFAULT, 0.35, 0.9)).toBeCloseTo(156.6028893, 6);
    expect(forecastQuantile(100, DEFAULT, 0.35, 0.1)).toBeCloseTo(100 / 1.566028893, 6);
    expect(forecastQuantile(100, { center: 0.1, spread: 0.35, n: 6 }, 0.2, 0.1)).toBeCloseTo(
      85.5293741,
      6,
    );
    expect(forecastQuantile(100, { center: 0.1, spread: 0.35, n: 6 }, 0.2, 0.5)).toBeCloseTo(
      100 * Math.exp(0.1),
      8,
    );
  });

  it('is 0 when nothing is forecast', () => {
    expect(forecastQuantile(0, DEFAULT, 0.35, 0.9)).toBe(0);
    expect(forecastQuantile(-50, DEFAULT, 0.35, 0.9)).toBe(0);
  });
});

describe('chanceToReach', () => {
  it('is certain for a target of 0 or less, impossible with nothing forecast', () => {
    expect([chanceToReach(0, DEFAULT, 0.35, 0), chanceToReach(0, DEFAULT, 0.35, -5)]).toEqual([
      1, 1,
    ]);
    expect([chanceToReach(0, DEFAULT, 0.35, 1), chanceToReach(-3, DEFAULT, 0.35, 1)]).toEqual([
      0, 0,
    ]);
  });

  it('without spread: 1 when the centred forecast reaches the target exactly or more, else 0', () => {
    expect(chanceToReach(100, DEFAULT, 0, 100)).toBe(1);
    expect(chanceToReach(100, DEFAULT, 0, 100.01)).toBe(0);
    expect(chanceToReach(100, { center: Math.log(1.1), spread: 0, n: 6 }, 0, 109)).toBe(1);
    expect(chanceToReach(100, DEFAULT, -0.1, 99)).toBe(1);
  });

  it('half at the centre, less above it, more below it', () => {
    expect(chanceToReach(100, DEFAULT, 0.35, 100)).toBeCloseTo(0.5, 7);
    expect(chanceToReach(100, DEFAULT, 0.35, 150)).toBeCloseTo(0.1233358, 6);
    expect(chanceToReach(100, { center: 0.1, spread: 0.35, n: 6 }, 0.35, 100)).toBeCloseTo(
      0.6124515,
      6,
    );
  });
});
