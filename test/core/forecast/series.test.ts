// Forecast series on a tiny team: as-of days, won so far, weighted, the range from past errors, chance.
import type { DealState } from '../../../src/core/forecast/as-of';
import { indexData } from '../../../src/core/forecast/as-of';
import { normalQuantile } from '../../../src/core/forecast/error-range';
import { periodOf } from '../../../src/core/forecast/periods';
import {
  ERROR_WINDOWS,
  firstDataDay,
  forecastSeries,
  pointChance,
  type SeriesOptions,
  seasonOf,
} from '../../../src/core/forecast/series';
import { day, monthlyTeam } from './monthly-team';

const OPTIONS: SeriesOptions = { kind: 'month', typed: [0.1, 0.2, 0.4, 0.6, 0.8], entryStage: 0 };
const month = (iso: string) => periodOf('month', day(iso));
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe('seasonOf and firstDataDay', () => {
  it('gives a month its place in the quarter; a quarter has one season', () => {
    expect(
      ['2024-01-09', '2024-02-09', '2024-03-09', '2024-04-09', '2024-12-31'].map((d) =>
        seasonOf(month(d)),
      ),
    ).toEqual([0, 1, 2, 0, 2]);
    expect(seasonOf(periodOf('quarter', day('2024-03-09')))).toBe(0);
  });

  it('is the earliest day a deal is known, NaN with none', () => {
    const data = indexData(
      monthlyTeam(2, undefined, [
        { id: 'A', stage: 0, status: 'open', amount: 1, created: day('2023-12-30') },
      ]),
    );
    expect(iso(firstDataDay(data))).toBe('2023-12-30');
    expect(
      firstDataDay(
        indexData({ deals: [{ id: 'A', stage: 0, status: 'open', amount: 1 }], history: [] }),
      ),
    ).toBe(Number.NaN);
  });
});

describe('forecastSeries', () => {
  it('has no points without dated data', () => {
    const undated = indexData({
      deals: [{ id: 'A', stage: 0, status: 'open', amount: 1 }],
      history: [],
    });
    expect(forecastSeries(undated, OPTIONS, month('2024-05-01'))).toEqual([]);
  });

  it('makes one point per month from the first data month, offset days in, never past the month’s end', () => {
    const data = indexData(monthlyTeam(3));
    const at = (offset: number) =>
      forecastSeries(data, OPTIONS, month('2024-03-01'), offset).map((p) => [
        p.period.label,
        iso(p.asOf),
      ]);
    expect(at(0)).toEqual([
      ['2024-01', '2024-01-01'],
      ['2024-02', '2024-02-01'],
      ['2024-03', '2024-03-01'],
    ]);
    expect(at(28)[1]).toEqual(['2024-02', '2024-02-29']);
    expect(at(29)[1]).toEqual(['2024-02', '2024-02-29']);
    expect(at(40)[0]).toEqual(['2024-01', '2024-01-31']);
  });

  it('counts what was won before the as-of day as won so far, the rest of the month as actual', () => {
    const data = indexData(monthlyTeam(3, (i) => 100 * (i + 1)));
    // The 20th: the month's deal was won on the 20th (so not yet), the 21st: already won.
    const on20 = forecastSeries(data, OPTIONS, month('2024-02-01'), 19)[1];
    const on21 = forecastSeries(data, OPTIONS, month('2024-02-01'), 20)[1];
    expect([on20.wonSoFar, on20.actual, on21.wonSoFar, on21.actual]).toEqual([0, 200, 200, 0]);
    expect([on21.weighted, on21.learned, on21.p10, on21.p50, on21.p90]).toEqual([
      200, 200, 200, 200, 200,
    ]);
  });

  it('weighs open deals by the typed probability of their stage, the entry stage’s when History has none', () => {
    const data = indexData(
      monthlyTeam(
        2,
        undefined,
        [
          { id: 'BIG', stage: 2, status: 'open', amount: 1000, created: day('2024-01-02') },
          { id: 'IMP', stage: 3, status: 'open', amount: 500, created: day('2024-01-03') },
          {
            id: 'OUT',
            stage: 1,
            status: 'lost',
            amount: 900,
            created: day('2024-01-02'),
            closedOn: day('2024-01-10'),
          },
        ],
        [{ dealId: 'BIG', day: day('2024-01-02'), to: 2, status: 'open', amount: 1000 }],
      ),
    );
    const [jan, feb] = forecastSeries(data, OPTIONS, month('2024-02-01'));
    expect(jan.weighted).toBe(0); // nothing known yet on January 1
    expect(feb.weighted).toBeCloseTo(1000 * 0.4 + 500 * 0.1, 9);
    // Nothing learned in January about them: their learned chance shrinks toward the same typed ones.
    expect(feb.learned).toBeGreaterThan(feb.model.newBusiness);
  });

  it('marks a month complete once the data reaches its last day', () => {
    const data = indexData(monthlyTeam(2));
    expect(forecastSeries(data, OPTIONS, month('2024-02-01')).map((p) => p.complete)).toEqual([
      true,
      false,
    ]);
    const toEnd = indexData(
      monthlyTeam(2, undefined, [
        { id: 'E', stage: 0, status: 'open', amount: 0, created: day('2024-02-29') },
      ]),
    );
    expect(forecastSeries(toEnd, OPTIONS, month('2024-02-01')).map((p) => p.complete)).toEqual([
      true,
      true,
    ]);
  });

  it('shares deal states through the cache it is given, by as-of day and the day after each month', () => {
    const cache = new Map<number, (DealState | undefined)[]>();
    const data = indexData(monthlyTeam(2));
    const points = forecastSeries(data, OPTIONS, month('2024-02-01'), 0, cache);
    expect([...cache.keys()].map(iso).sort()).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    expect(forecastSeries(data, OPTIONS, month('2024-02-01'), 0, cache)).toEqual(points);
  });
});

describe('the range from the learned forecast’s own past errors', () => {
  // Month i wins 100, 160, 70 or 130: the learned new business misses by a different share each month.
  const amounts = (i: number) => [100, 160, 70, 130][i % 4];
  // Computed inside each test (not when the file loads) so mutation testing sees which test runs it.
  const series = () =>
    forecastSeries(indexData(monthlyTeam(16, amounts)), OPTIONS, month('2025-04-01'));

  it('uses the default until 6 earlier months had a learned forecast shown, then the latest 12 at most', () => {
    // February's learned rates had no earlier forecast to be judged on: its figure is the weighted 0.
    expect(series().map((p) => p.errors.n)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 6, 7, 8, 9, 10, 11, 12, 12,
    ]);
    expect(ERROR_WINDOWS).toBe(12);
  });

  it('centres on the mean log of actual ÷ forecast over those months', () => {
    const series16 = series();
    const last = series16[15];
    const logs = series16.slice(3, 15).map((q) => Math.log(q.actual / (q.learned - q.wonSoFar)));
    expect(last.errors.center).toBeCloseTo(logs.reduce((a, b) => a + b, 0) / logs.length, 12);
  });

  it('puts P10, P50 and P90 at the error law’s quantiles of the forecast, the wider spread used', () => {
    for (const p of series().slice(2)) {
      const rest = p.learned - p.wonSoFar;
      expect(p.spread).toBe(Math.max(p.errors.spread, p.dealSd / rest));
      expect(p.p50).toBeCloseTo(p.wonSoFar + rest * Math.exp(p.errors.center), 9);
      expect(p.p10).toBeCloseTo(
        Math.min(
          p.learned,
          p.wonSoFar + rest * Math.exp(p.errors.center + p.spread * normalQuantile(0.1)),
        ),
        9,
      );
      expect(p.p90).toBeCloseTo(
        Math.max(
          p.learned,
          p.wonSoFar + rest * Math.exp(p.errors.center + p.spread * normalQuantile(0.9)),
        ),
        9,
      );
    }
  });

  it('gives the chance of reaching a target for the whole month, what is already won included', () => {
    // A big deal open in Proposal all along, never won: its learned chance is shrunk, not zero.
    const big = {
      id: 'BIG',
      stage: 2,
      status: 'open' as const,
      amount: 1000,
      created: day('2024-01-02'),
    };
    const bigRow = {
      dealId: 'BIG',
      day: day('2024-01-02'),
      to: 2,
      status: 'open' as const,
      amount: 1000,
    };
    const data = indexData(monthlyTeam(16, amounts, [big], [bigRow]));
    const mid = forecastSeries(data, OPTIONS, month('2025-04-01'), 24)[15];
    expect(mid.learned).toBeGreaterThan(mid.wonSoFar);
    expect(mid.wonSoFar).toBe(130);
    expect(pointChance(mid, 130)).toBe(1);
    expect(pointChance(mid, 100)).toBe(1);
    expect(pointChance(mid, mid.p50)).toBeCloseTo(0.5, 6);
    expect(pointChance(mid, mid.p90)).toBeCloseTo(0.1, 6);
  });
});

describe('forecasts made inside the month', () => {
  // Each month: a deal won on the 10th, and one created on the 5th and won on the 25th (open on the 15th).
  const amounts = (i: number) => [100, 160, 70, 130][i % 4];
  const team = (months: number) => {
    const base = monthlyTeam(months, amounts);
    const late = monthlyTeam(months, (i) => 2 * amounts(i));
    return {
      deals: [
        ...base.deals.map((d) => ({ ...d, closedOn: (d.created as number) + 5 })),
        ...late.deals.map((d) => ({ ...d, id: `L${d.id}`, closedOn: (d.created as number) + 20 })),
      ],
      history: [
        ...base.history.map((e) => (e.status === 'won' ? { ...e, day: e.day - 10 } : e)),
        ...late.history.map((e) => ({
          ...e,
          dealId: `L${e.dealId}`,
          day: e.status === 'won' ? e.day + 5 : e.day,
        })),
      ],
    };
  };
  const series = () => forecastSeries(indexData(team(16)), OPTIONS, month('2025-04-01'), 14);

  it('counts the won so far apart from the rest of the month', () => {
    const p = series()[15];
    expect([p.wonSoFar, p.actual]).toEqual([130, 260]);
    expect(p.learned).toBeGreaterThan(p.wonSoFar);
  });

  it('leaves out the first month, forecast before anything was learned, from the past errors', () => {
    const s = series();
    expect(s[0].learned).toBeGreaterThan(s[0].wonSoFar);
    expect(s[0].model.windows).toEqual([]);
    expect(s.map((p) => p.errors.n)).toEqual([0, 0, 0, 0, 0, 0, 0, 6, 7, 8, 9, 10, 11, 12, 12, 12]);
  });

  it('takes errors and spread on the part of the month still open, what is won so far left out', () => {
    const s = series();
    const logs = s.slice(3, 15).map((q) => Math.log(q.actual / (q.learned - q.wonSoFar)));
    expect(s[15].errors.center).toBeCloseTo(logs.reduce((a, b) => a + b, 0) / logs.length, 12);
    for (const p of s.slice(1)) {
      const rest = p.learned - p.wonSoFar;
      expect(p.spread).toBe(Math.max(p.errors.spread, p.dealSd / rest));
      expect(p.p10).toBeCloseTo(
        p.wonSoFar + rest * Math.exp(p.errors.center + p.spread * normalQuantile(0.1)),
        9,
      );
    }
  });

  it('counts a deal won on the month’s first day as won so far', () => {
    const data = indexData({
      deals: [
        {
          id: 'A',
          stage: 0,
          status: 'won',
          amount: 70,
          created: day('2024-01-20'),
          closedOn: day('2024-02-01'),
        },
      ],
      history: [],
    });
    const feb = forecastSeries(data, OPTIONS, month('2024-02-01'), 9)[1];
    expect([iso(feb.asOf), feb.wonSoFar, feb.actual]).toEqual(['2024-02-10', 70, 0]);
  });
});
