// Three rules of the forecast on imports: the Deals sheet's Stage counts only at the present, the
// learned figure is weighed by its own record, and a range always holds its own figure.
import fc from 'fast-check';
import {
  cutAt,
  dealsAsOf,
  type ForecastData,
  type ForecastDeal,
  indexData,
  presentStates,
} from '../../../src/core/forecast/as-of';
import { runBacktest } from '../../../src/core/forecast/backtest';
import { cellKey, fitModel, openRates } from '../../../src/core/forecast/learned';
import { trustText } from '../../../src/core/forecast/model-sheet';
import { parseMonth, periodOf } from '../../../src/core/forecast/periods';
import { rateTable } from '../../../src/core/forecast/rate-table';
import {
  type ForecastPoint,
  forecastSeries,
  judgeTrust,
  MIN_TRUST_WINDOWS,
  type SeriesOptions,
} from '../../../src/core/forecast/series';
import { currentForecast, currentForecastPoint } from '../../../src/core/forecast/workbook-data';
import { DEFAULT_STAGES } from '../../../src/core/stages';
import { day, monthlyTeam } from './monthly-team';

const OPTIONS: SeriesOptions = {
  kind: 'month',
  typed: DEFAULT_STAGES.map((s) => s.probability),
  entryStage: 0,
};

/**
 * An import: every deal has its Stage in Deals but no stage History (only its status and
 * Closed on). Deals created each month from January 2024; every third one still open, in a
 * late stage; the others won or lost within the month after.
 */
function importedTeam(months: number): ForecastData {
  const deals: ForecastDeal[] = [];
  for (let i = 0; i < months * 6; i++) {
    const created = day('2024-01-01') + i * 5;
    const outcome = i % 3;
    deals.push({
      id: `I-${i}`,
      stage: outcome === 0 ? 3 : 4,
      status: outcome === 0 ? 'open' : outcome === 1 ? 'won' : 'lost',
      amount: 100 + (i % 7) * 10,
      created,
      closedOn: outcome === 0 ? undefined : created + 20,
    });
  }
  return { deals, history: [] };
}

describe('presentStates', () => {
  const data = indexData(importedTeam(3));

  it('gives open imported deals their Deals Stage from the data’s last day on, never before', () => {
    const last = data.lastDay;
    const stagesOn = (t: number) =>
      presentStates(data, t, dealsAsOf(data, t))
        .filter((s) => s?.status === 'open')
        .map((s) => s?.stage);
    expect(new Set(stagesOn(last - 1))).toEqual(new Set([-1]));
    // On the last day itself a deal that closes that day was still open, its Stage now an outcome's.
    expect(new Set(stagesOn(last))).toEqual(new Set([-1, 3]));
    expect(new Set(stagesOn(last + 1))).toEqual(new Set([3]));
    expect(new Set(stagesOn(last + 400))).toEqual(new Set([3]));
  });

  it('leaves closed deals, deals not yet known and stages History tells as they are', () => {
    const t = data.lastDay + 1;
    const states = dealsAsOf(data, t);
    const present = presentStates(data, t, states);
    present.forEach((s, i) => {
      if (states[i]?.status !== 'open') expect(s).toBe(states[i]);
    });
    const told = indexData({
      deals: [{ id: 'A', stage: 4, status: 'open', amount: 5, created: 1 }],
      history: [{ dealId: 'A', day: 2, to: 1, status: 'open' }],
    });
    expect(presentStates(told, 9, dealsAsOf(told, 9))[0]?.stage).toBe(1);
  });
});

describe('no look-ahead on an import', () => {
  it('on a month’s first day, the forecast from a workbook cut then equals the backtest row', () => {
    const team = importedTeam(14);
    const backtest = runBacktest(team, OPTIONS);
    for (const month of ['2024-09', '2024-12']) {
      const t = parseMonth(month) as number;
      const row = backtest.periods.find((r) => r.period === month);
      const cut = cutAt(team, t);
      // The cut workbook's Stage column holds no stage: an import tells none before its last day.
      expect(cut.deals.filter((d) => d.status === 'open').every((d) => d.stage === -1)).toBe(true);
      const today = currentForecastPoint(cut, DEFAULT_STAGES, t);
      expect(today && currentForecast(today)).toEqual({
        period: month,
        as_of: `${month}-01`,
        weighted: row?.weighted,
        learned: row?.learned,
        p10: row?.p10,
        p90: row?.p90,
      });
      // Keeping today's Stage in the cut would be the look-ahead: the figures would differ.
      const leaky = {
        ...cut,
        deals: cut.deals.map((d, i) => ({ ...d, stage: team.deals[i].stage })),
      };
      expect(currentForecastPoint(leaky, DEFAULT_STAGES, t)?.weighted).not.toBe(row?.weighted);
    }
  });
});

/** A point with just what judgeTrust reads. */
function judged(fitted: number, weighted: number, actual: number, closes = 1, learned = 1) {
  return {
    fitted,
    weighted,
    actual,
    wonSoFar: 0,
    closes,
    model: { windows: Array.from({ length: learned }, () => ({ start: 0, end: 1 })) },
  } as unknown as ForecastPoint;
}

describe('judgeTrust', () => {
  it('gives the learned rates no weight before any earlier forecast of theirs can be judged', () => {
    expect(MIN_TRUST_WINDOWS).toBe(1);
    expect(judgeTrust([]).weight).toBe(0);
    // Months without an outcome, before anything was learned, or that won nothing are not judged.
    const unjudged = [judged(90, 50, 100, 0), judged(90, 50, 100, 1, 0), judged(90, 50, 0)];
    expect(judgeTrust(unjudged)).toEqual({
      n: 0,
      learnedMape: Number.NaN,
      weightedMape: Number.NaN,
      weight: 0,
    });
  });

  it('weighs by MAPE⁴: equal records half each, twice the miss 1 ÷ 17, the latest 12 months only', () => {
    const equal = judgeTrust([judged(110, 90, 100), judged(90, 110, 100)]);
    expect(equal).toEqual({ n: 2, learnedMape: 0.1, weightedMape: 0.1, weight: 0.5 });
    const worse = judgeTrust([judged(140, 120, 100), judged(60, 80, 100)]);
    expect(worse.learnedMape).toBeCloseTo(0.4, 12);
    expect(worse.weightedMape).toBeCloseTo(0.2, 12);
    expect(worse.weight).toBeCloseTo(1 / 17, 12);
    const better = judgeTrust([judged(120, 140, 100)]);
    expect(better.weight).toBeCloseTo(16 / 17, 12);
    expect(judgeTrust([judged(100, 100, 100)]).weight).toBe(0.5);
    // Thirteen months: the first (learned far off) falls out of the record.
    const old = [judged(500, 100, 100), ...Array.from({ length: 12 }, () => judged(100, 150, 100))];
    expect(judgeTrust(old)).toMatchObject({ n: 12, learnedMape: 0, weight: 1 });
  });

  it('shows the weighted figure in the first learned month, then the blend its record earns', () => {
    const series = forecastSeries(
      indexData(monthlyTeam(6, (i) => [100, 160, 70, 130][i % 4])),
      OPTIONS,
      periodOf('month', day('2024-06-01')),
    );
    for (const p of series)
      expect(p.learned).toBeCloseTo(p.weighted + p.trust.weight * (p.fitted - p.weighted), 9);
    const firstLearned = series.findIndex((p) => p.model.windows.length > 0);
    expect(series[firstLearned].fitted).not.toBe(series[firstLearned].weighted);
    expect(series[firstLearned].learned).toBe(series[firstLearned].weighted);
    expect(series[firstLearned + 1].trust.n).toBe(1);
  });
});

describe('every range holds its own figure', () => {
  it('P10 ≤ learned ≤ P90 for any team, including months long after its data ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 14 }),
        fc.integer({ min: 0, max: 24 }),
        (amounts, after) => {
          const team = monthlyTeam(amounts.length, (i) => amounts[i]);
          const last = periodOf('month', day('2024-01-01') + 31 * (amounts.length + after));
          for (const p of forecastSeries(indexData(team), OPTIONS, last)) {
            expect(p.p10).toBeLessThanOrEqual(p.learned + 1e-9);
            expect(p.p90).toBeGreaterThanOrEqual(p.learned - 1e-9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counts no error from months after the data ends, where nothing was won or lost', () => {
    const team = monthlyTeam(10);
    const series = forecastSeries(indexData(team), OPTIONS, periodOf('month', day('2026-06-01')));
    const end = series.findIndex((p) => p.period.label === '2024-11');
    expect(series.slice(end).every((p) => p.closes === 0 && p.actual === 0)).toBe(true);
    const n = series[end].errors.n;
    expect(series.slice(end).map((p) => p.errors.n)).toEqual(series.slice(end).map(() => n));
    expect(series.slice(end).map((p) => p.trust.n)).toEqual(
      series.slice(end).map(() => series[end].trust.n),
    );
  });
});

describe('trustText', () => {
  const point = (kind: 'month' | 'quarter', trust: Partial<ForecastPoint['trust']>) =>
    ({
      period: { kind },
      trust: { n: 0, learnedMape: Number.NaN, weightedMape: Number.NaN, weight: 0, ...trust },
    }) as unknown as ForecastPoint;

  it('says in both languages that nothing could be judged yet', () => {
    expect(trustText(point('month', {}), 'en')).toBe(
      'Learned = weighted: no earlier forecast yet to judge the learned rates on',
    );
    expect(trustText(point('quarter', {}), 'ko')).toBe(
      '학습 = 가중: 학습 확률을 평가할 이전 예측이 아직 없음',
    );
  });

  it('gives the weight and both MAPEs in whole percent, with a month or quarter, or several', () => {
    const judged = { n: 6, learnedMape: 2.814, weightedMape: 1.5303, weight: 0.0749 };
    expect(trustText(point('month', judged), 'en')).toBe(
      'Learned = 7% learned rates + the rest weighted: over 6 earlier months the learned rates missed by 281% (MAPE), the weighted by 153%',
    );
    expect(trustText(point('quarter', { ...judged, n: 1 }), 'en')).toMatch(
      /over 1 earlier quarter the learned/,
    );
    expect(trustText(point('month', { ...judged, n: 1 }), 'en')).toMatch(
      /over 1 earlier month the learned/,
    );
    expect(trustText(point('quarter', { ...judged, n: 2 }), 'en')).toMatch(
      /over 2 earlier quarters the learned/,
    );
    expect(trustText(point('month', judged), 'ko')).toBe(
      '학습 = 학습 확률 7% + 나머지 가중: 이전 6개월 오차(MAPE) 학습 확률 281%, 가중 153%',
    );
    expect(trustText(point('quarter', judged), 'ko')).toMatch(
      /^학습 = 학습 확률 7% .*이전 6개 분기 /,
    );
  });
});

describe('the edges of today’s Stage and the shared-out rates', () => {
  it('takes a Deals Stage of index 0, never a blank one, and never overrides a stage History told', () => {
    const data = indexData({
      deals: [
        { id: 'A', stage: 0, status: 'open', amount: 5, created: 1 },
        { id: 'B', stage: -1, status: 'open', amount: 5, created: 1 },
        { id: 'C', stage: 4, status: 'open', amount: 5, created: 1 },
      ],
      history: [{ dealId: 'C', day: 2, to: 0, status: 'open' }],
    });
    expect(presentStates(data, 9, dealsAsOf(data, 9)).map((s) => s?.stage)).toEqual([0, -1, 0]);
  });

  it('gives every deal the "(stage unknown)" rate when no stage in the bucket has typed odds', () => {
    const model = fitModel(
      [
        {
          season: 0,
          start: 0,
          end: 29,
          cells: new Map([[cellKey(-1, 0), { n: 100, amount: 100, wonAmount: 30 }]]),
          newBusiness: 0,
          won: 0,
          closes: 1,
        },
      ],
      { typed: [0, 0, 0], entryStage: 0 },
    );
    const open = { status: 'open' as const, age: 3, timeInStage: -1, closedDay: Number.NaN };
    const states = [
      { ...open, stage: 1, amount: 50 },
      { ...open, stage: 2, amount: 0 },
    ];
    const rates = openRates(model, states, { typed: [0, 0, 0], entryStage: 0 });
    const unknown = model.cells[0].rate;
    expect(rates[0]).toBeCloseTo(unknown, 12);
    // The Forecast model's table shows that rate for the stage, and no row for a deal worth nothing.
    const table = rateTable(model, states, { typed: [0, 0, 0], entryStage: 0 });
    expect(table.map((r) => [r.stage, r.rate, r.openAmount])).toEqual([
      [-1, unknown, 0],
      [1, rates[0], 50],
    ]);
  });

  it('judges a month by all it won, what was won before the forecast day included', () => {
    const p = { ...judged(150, 120, 50), wonSoFar: 50 } as ForecastPoint;
    expect(judgeTrust([p])).toMatchObject({ learnedMape: 0.5, weightedMape: 0.2 });
  });
});
