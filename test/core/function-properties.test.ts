// Invariants of the spreadsheet functions over random deal tables (fast-check, fixed seeds).
import fc from 'fast-check';
import { conversionRate } from '../../src/core/conversion';
import { coverageRatio } from '../../src/core/coverage';
import { weightedForecast } from '../../src/core/forecast';
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import { funnelTable } from '../../src/core/funnel';
import { DEFAULT_STAGES } from '../../src/core/stages';
import { closedWinRate } from '../../src/core/winrate';

const col = (values: unknown[]) => values.map((v) => [v]) as never;

const deal = fc.record({
  stage: fc.constantFrom(...DEFAULT_STAGES.flatMap((s) => [s.en, s.ko])),
  status: fc.constantFrom('Open', 'Won', 'Lost', '', '진행', '성사', '실패'),
  amount: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1_000_000 })),
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  closeDay: fc.integer({ min: 0, max: 364 }),
});
const deals = fc.array(deal, { minLength: 1, maxLength: 60 });
const runs = { seed: 20260401, numRuns: 80 };

describe('function invariants', () => {
  it('COVERAGE scales linearly with the amounts', () => {
    fc.assert(
      fc.property(deals, fc.integer({ min: 1, max: 1000 }), (ds, k) => {
        const statuses = col(ds.map((d) => d.status));
        const base = coverageRatio(col(ds.map((d) => d.amount)), 1000, statuses);
        const scaled = coverageRatio(
          col(ds.map((d) => (d.amount === '' ? '' : d.amount * k))),
          1000,
          statuses,
        );
        expect(scaled).toBeCloseTo(base * k, 6);
      }),
      runs,
    );
  });

  it('CONVERSION is within 0..1 for every pair of stages in order, and to Won', () => {
    fc.assert(
      fc.property(deals, fc.nat(5), fc.nat(5), (ds, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const stages = col(ds.map((d) => d.stage));
        const statuses = col(ds.map((d) => d.status));
        const funnel = funnelTable(stages, statuses);
        if (funnel[from + 1][1] === 0) return; // nothing reached from: an error, tested elsewhere
        for (const target of [DEFAULT_STAGES[to].en, 'Won']) {
          const rate = conversionRate(stages, DEFAULT_STAGES[from].ko, target, statuses);
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it('FUNNEL reached counts never increase, and the first stage counts every row', () => {
    fc.assert(
      fc.property(deals, (ds) => {
        const table = funnelTable(col(ds.map((d) => d.stage)), col(ds.map((d) => d.status)));
        const reached = table.slice(1).map((r) => r[1] as number);
        expect(reached[0]).toBe(ds.length);
        for (let i = 1; i < reached.length; i++)
          expect(reached[i]).toBeLessThanOrEqual(reached[i - 1]);
      }),
      runs,
    );
  });

  it('FORECAST_WEIGHTED is between 0 and the sum of the amounts', () => {
    fc.assert(
      fc.property(
        deals,
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 364 }),
        (ds, x, y) => {
          const day = (n: number) => new Date(2026, 0, 1 + n);
          const sum = ds.reduce((s, d) => s + (d.amount === '' ? 0 : d.amount), 0);
          const value = weightedForecast(
            col(ds.map((d) => d.amount)),
            col(ds.map((d) => d.probability)),
            col(ds.map((d) => day(d.closeDay))),
            day(Math.min(x, y)),
            day(Math.max(x, y)),
            col(ds.map((d) => d.status)),
          );
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(sum + 1e-6);
        },
      ),
      runs,
    );
  });

  it('WINRATE is within 0..1 when something is closed', () => {
    fc.assert(
      fc.property(deals, (ds) => {
        const statuses = col(ds.map((d) => d.status));
        if (!ds.some((d) => /won|lost|성사|실패/i.test(d.status))) return;
        const rate = closedWinRate(statuses);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('FORECAST_RANGE percentiles are ordered and within 0..open amount; TARGET_PROBABILITY falls as the target rises', () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 40 }), (ds) => {
        const amounts = col(ds.map((d) => d.amount));
        const probabilities = col(ds.map((d) => d.probability));
        const statuses = col(ds.map((d) => d.status));
        const open = ds
          .filter((d) => /^(open|진행|)$/i.test(d.status))
          .reduce((s, d) => s + (d.amount === '' ? 0 : d.amount), 0);
        const [p10, p50, p90] = forecastRange(amounts, probabilities, undefined, statuses)[0];
        expect(p10).toBeGreaterThanOrEqual(0);
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(open * 1.01 + 1e-6);
        const low = targetProbability(amounts, probabilities, Math.max(1, open * 0.3), statuses);
        const high = targetProbability(amounts, probabilities, Math.max(1, open * 0.7), statuses);
        expect(high).toBeLessThanOrEqual(low + 1e-12);
      }),
      { ...runs, numRuns: 30 },
    );
  });
});
