// The eight spreadsheet functions through dist/Code.js, with arguments built in the bundle's realm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, inRealm, loadBundle } from './load-bundle';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const ctx = loadBundle();

/** Calls a bundle function and returns its Error's message (errors come from the bundle's realm). */
function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(Object.prototype.toString.call(e)).toBe('[object Error]');
    return (e as Error).message;
  }
  throw new Error('expected the call to throw');
}

// A small Deals table as Sheets would pass its columns: rows of one cell, "" for blanks, Dates.
const stages = inRealm(
  ctx,
  '[["Prospecting"], ["제안 및 견적"], ["Negotiation"], ["Closing"], ["Retention"], [""]]',
);
const statuses = inRealm(ctx, '[["Open"], ["진행"], ["Lost"], ["Won"], ["성사"], [""]]');
const amounts = inRealm(ctx, '[[1000], [2000], [3000], [4000], [5000], [""]]');
const probabilities = inRealm(ctx, '[[0.1], [0.4], [0.6], [0.8], [1], [""]]');
const closes = inRealm(
  ctx,
  '[[new Date(2026, 3, 10)], [new Date(2026, 5, 30)], [new Date(2026, 4, 1)], [new Date(2026, 3, 1)], [""], [""]]',
);
const entered = inRealm(
  ctx,
  '[[new Date(2026, 2, 1)], [new Date(2026, 2, 20)], [new Date(2026, 1, 1)], [new Date(2026, 2, 2)], [""], [""]]',
);
const start = inRealm(ctx, 'new Date(2026, 3, 1)');
const end = inRealm(ctx, 'new Date(2026, 5, 30)');
const reportDate = inRealm(ctx, 'new Date(2026, 2, 31)');

describe('the forecast functions in dist/Code.js', () => {
  it.each([
    ['CONVERSION', 'stages, from_stage, to_stage, statuses, stage_order'],
    ['FUNNEL', 'stages, statuses, stage_order'],
    [
      'FORECAST_WEIGHTED',
      'amounts, probabilities, close_dates, period_start, period_end, statuses, closed_on',
    ],
    ['WINRATE', 'statuses, amounts'],
    ['DAYS_IN_STAGE', 'stage_entered, as_of, statuses'],
    ['FORECAST_RANGE', 'amounts, probabilities, percentiles, statuses, errors'],
    ['TARGET_PROBABILITY', 'amounts, probabilities, target, statuses, errors'],
  ])('%s keeps its parameter names and an example in its JSDoc', (name, params) => {
    expect(code).toContain(`function ${name}(${params})`);
    const doc = new RegExp(`\\/\\*\\*((?:(?!\\*\\/)[\\s\\S])*)\\*\\/\\nfunction ${name}\\(`).exec(
      code,
    );
    expect(doc?.[1]).toMatch(new RegExp(`Example: =${name}\\(`));
    expect(doc?.[1]).toMatch(/@customfunction/);
  });

  it('does not define FORECAST, which Sheets keeps for its own function', () => {
    expect(ctx.FORECAST).toBeUndefined();
  });

  it('CONVERSION: Proposal → Won over mixed-language labels', () => {
    // reached Proposal: 제안 및 견적, Negotiation (lost), Closing (won), Retention (won) = 4; won = 2
    expect(ctx.CONVERSION(stages, 'Proposal', 'Won', statuses)).toBe(0.5);
    expect(ctx.CONVERSION(stages, '잠재 고객 발굴', '', statuses)).toBe(4 / 5);
  });

  it('CONVERSION takes stage_order from a range', () => {
    const order = inRealm(ctx, '[["Prospecting"], ["Negotiation"], ["Closing"]]');
    const s = inRealm(ctx, '[["Prospecting"], ["Negotiation"], ["Closing"]]');
    expect(ctx.CONVERSION(s, 'Prospecting', undefined, undefined, order)).toBeCloseTo(2 / 3);
  });

  it('FUNNEL spills a header and six stage rows', () => {
    const table = ctx.FUNNEL(stages, statuses);
    expect(table).toHaveLength(7);
    expect(table[0][0]).toBe('Stage · 단계');
    expect(table.slice(1).map((r: unknown[]) => r[1])).toEqual([5, 4, 4, 3, 2, 1]);
    expect(table[6][2]).toBe('');
  });

  it('FORECAST_WEIGHTED: won in period at full amount, open × probability, lost skipped', () => {
    // 1000×0.1 (Apr 10) + 2000×0.4 (Jun 30, inclusive) + 4000 won (Apr 1); lost skipped
    expect(ctx.FORECAST_WEIGHTED(amounts, probabilities, closes, start, end, statuses)).toBeCloseTo(
      4900,
    );
  });

  it('WINRATE by count and by amount', () => {
    expect(ctx.WINRATE(statuses)).toBeCloseTo(2 / 3);
    expect(ctx.WINRATE(statuses, amounts)).toBeCloseTo(9000 / 12000);
  });

  it('DAYS_IN_STAGE spills a column down to the last open deal (trailing closed and empty rows left out)', () => {
    expect(ctx.DAYS_IN_STAGE(entered, reportDate, statuses)).toEqual([[30], [11]]);
  });

  it('FORECAST_RANGE spills one row and TARGET_PROBABILITY gives a chance', () => {
    // open: 1000 @ 10%, 2000 @ 40% → totals 0 (54%), 1000 (6%), 2000 (36%), 3000 (4%)
    expect(ctx.FORECAST_RANGE(amounts, probabilities, undefined, statuses)).toEqual([[0, 0, 2000]]);
    expect(
      ctx.FORECAST_RANGE(amounts, probabilities, inRealm(ctx, '[[0.55, 0.97]]'), statuses),
    ).toEqual([[1000, 3000]]);
    expect(ctx.TARGET_PROBABILITY(amounts, probabilities, 2000, statuses)).toBeCloseTo(0.4);
    // With past errors (here fewer than 6: the stated default) the range widens around each total.
    const errors = inRealm(ctx, '[[1.1], [0.9]]');
    const [p10, p50, p90] = ctx.FORECAST_RANGE(
      amounts,
      probabilities,
      undefined,
      statuses,
      errors,
    )[0];
    // Nothing won stays nothing (54% of outcomes), so P10 and P50 stay 0; the top widens.
    expect([p10, p50]).toEqual([0, 0]);
    expect(p90).toBeGreaterThan(2000);
    expect(ctx.TARGET_PROBABILITY(amounts, probabilities, 2000, statuses, errors)).toBeLessThan(
      0.4,
    );
  });

  it('errors name the function, the argument, the row and the fix', () => {
    const bad = inRealm(ctx, '[[0.1], [40], [0.6], [0.8], [1], [""]]');
    expect(errorOf(() => ctx.FORECAST_RANGE(amounts, bad, undefined, statuses))).toMatch(
      /^FORECAST_RANGE: probabilities row 2 is 40 — write 40% \(0\.4\) · FORECAST_RANGE: probabilities 2행/,
    );
    expect(
      errorOf(() => ctx.CONVERSION(inRealm(ctx, '[["Proposal"], ["Demo"]]'), 'Proposal')),
    ).toMatch(/^CONVERSION: stages row 2 is "Demo" — write one of Prospecting/);
    expect(errorOf(() => ctx.WINRATE(statuses, inRealm(ctx, '[[1], [2]]')))).toMatch(
      /^WINRATE: amounts has 2 rows but statuses has 6/,
    );
    expect(errorOf(() => ctx.TARGET_PROBABILITY(amounts, probabilities, 0))).toMatch(
      /^TARGET_PROBABILITY: target is 0 — it must be greater than 0/,
    );
    expect(errorOf(() => ctx.DAYS_IN_STAGE(entered, ''))).toMatch(/^DAYS_IN_STAGE: as_of is blank/);
    expect(
      errorOf(() => ctx.FORECAST_WEIGHTED(amounts, probabilities, closes, end, start, statuses)),
    ).toMatch(/^FORECAST_WEIGHTED: period_end is before period_start/);
  });

  it('runs each function over 100,000 rows in the bundle', () => {
    const n = 100_000;
    const big = (expr: string) => inRealm(ctx, `Array.from({ length: ${n} }, (_, i) => [${expr}])`);
    const a = big('1000 + (i * 7919) % 50000');
    const p = big('[0.1, 0.2, 0.4, 0.6, 0.8][i % 5]');
    const s = big('["Open", "Won", "Lost", "Open"][i % 4]');
    const st = big(
      '["Prospecting", "Qualification", "Proposal", "Negotiation", "Closing", "Retention"][i % 6]',
    );
    const d = big('new Date(2026, 0, 1 + (i % 365))');
    expect(ctx.FUNNEL(st, s)[1][1]).toBe(n);
    const [p10, p50, p90] = ctx.FORECAST_RANGE(a, p, undefined, s)[0];
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    expect(ctx.DAYS_IN_STAGE(d, reportDate, s)).toHaveLength(n);
    expect(ctx.FORECAST_WEIGHTED(a, p, d, start, end, s)).toBeGreaterThan(0);
  });
});
