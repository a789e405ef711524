// The functions on a real CRM export (Maven Analytics "CRM Sales Opportunities", 8,800 deals),
// checked against figures this test computes directly from the CSV.
//
// Mapping Maven's deal_stage onto our stages and statuses:
// - Prospecting → stage Prospecting, status Open (not yet engaged).
// - Engaging    → stage Qualification, status Open: the buyer is engaged and being qualified;
//                 Maven has no finer stages, so nothing is placed in Proposal or later while open.
// - Won         → stage Closing, status Won: our rule says a Won deal reached at least Closing.
// - Lost        → stage Qualification, status Lost: every Lost row has an engage_date, so it was
//                 lost after engaging; Maven does not record anything later.
// Amounts: close_value for Won rows; Maven stores 0 for Lost rows and nothing for open ones, so
// those take the product's list price (products.csv; the pipeline spells "GTX Pro" as "GTXPro").
// Probabilities: our stage defaults (Prospecting 10%, Qualification 20%).
// Stage entered: engage_date for Engaging rows (the date Maven says the stage began).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversionRate } from '../../src/core/conversion';
import { coverageRatio } from '../../src/core/coverage';
import { daysInStage } from '../../src/core/days-in-stage';
import { weightedForecast } from '../../src/core/forecast';
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import { funnelTable } from '../../src/core/funnel';
import { closedWinRate } from '../../src/core/winrate';

const DATA = join(__dirname, '..', '..', '..', 'shared', 'data', 'maven-crm-sales-opportunities');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(DATA, file), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

const MS_PER_DAY = 86_400_000;
/** A local-time Date for an ISO day, as Sheets hands a date cell to a custom function. */
const localDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
/** Day count between ISO days computed in UTC, independently of the code under test. */
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

const pipeline = readCsv('sales_pipeline.csv');
const price = new Map(readCsv('products.csv').map((p) => [p.product, Number(p.sales_price)]));
const listPrice = (product: string) => price.get(product === 'GTXPro' ? 'GTX Pro' : product)!;

const STAGE = {
  Prospecting: 'Prospecting',
  Engaging: 'Qualification',
  Won: 'Closing',
  Lost: 'Qualification',
};
const STATUS = { Prospecting: 'Open', Engaging: 'Open', Won: 'Won', Lost: 'Lost' };
type MavenStage = keyof typeof STAGE;

const rows = pipeline.map((r) => {
  const ms = r.deal_stage as MavenStage;
  return {
    maven: ms,
    stage: STAGE[ms],
    status: STATUS[ms],
    amount: ms === 'Won' ? Number(r.close_value) : listPrice(r.product),
    probability: ms === 'Prospecting' ? 0.1 : ms === 'Engaging' ? 0.2 : '',
    close: r.close_date,
    engage: r.engage_date,
  };
});
const col = (values: unknown[]) => values.map((v) => [v]) as never;
const amounts = col(rows.map((r) => r.amount));
const statuses = col(rows.map((r) => r.status));
const stages = col(rows.map((r) => r.stage));
const probabilities = col(rows.map((r) => r.probability));
const count = (stage: MavenStage) => pipeline.filter((r) => r.deal_stage === stage).length;

describe('the functions on the Maven CRM pipeline', () => {
  it('has the rows its SOURCE.md describes', () => {
    expect(rows).toHaveLength(8800);
    expect([count('Prospecting'), count('Engaging'), count('Won'), count('Lost')]).toEqual([
      500, 1589, 4238, 2473,
    ]);
  });

  it('WINRATE by count and by value', () => {
    expect(closedWinRate(statuses)).toBeCloseTo(4238 / (4238 + 2473), 12);
    let won = 0;
    let lost = 0;
    for (const r of pipeline) {
      if (r.deal_stage === 'Won') won += Number(r.close_value);
      if (r.deal_stage === 'Lost') lost += listPrice(r.product);
    }
    expect(closedWinRate(statuses, amounts)).toBeCloseTo(won / (won + lost), 12);
  });

  it('COVERAGE of a target by the open pipeline at list prices', () => {
    const open = pipeline
      .filter((r) => r.deal_stage === 'Prospecting' || r.deal_stage === 'Engaging')
      .reduce((s, r) => s + listPrice(r.product), 0);
    expect(coverageRatio(amounts, 1_000_000, statuses)).toBeCloseTo(open / 1_000_000, 9);
  });

  it('CONVERSION and FUNNEL: every deal prospected, all but Prospecting engaged, Won reached Closing', () => {
    const all = pipeline.length;
    const engaged = all - count('Prospecting');
    expect(conversionRate(stages, 'Prospecting', undefined, statuses)).toBeCloseTo(
      engaged / all,
      12,
    );
    expect(conversionRate(stages, '고객 자격 평가', 'Won', statuses)).toBeCloseTo(
      count('Won') / engaged,
      12,
    );
    const table = funnelTable(stages, statuses);
    expect(table.slice(1).map((r) => r[1])).toEqual([all, engaged, 4238, 4238, 4238, 0]);
    expect(table[2][2]).toBeCloseTo(4238 / engaged, 12);
  });

  it('FORECAST_WEIGHTED for Q2 2017 is the value won in Q2 (open deals have no close date)', () => {
    const q2 = pipeline
      .filter(
        (r) =>
          r.deal_stage === 'Won' && r.close_date >= '2017-04-01' && r.close_date <= '2017-06-30',
      )
      .reduce((s, r) => s + Number(r.close_value), 0);
    const closes = col(rows.map((r) => (r.close ? localDate(r.close) : '')));
    expect(
      weightedForecast(
        amounts,
        probabilities,
        closes,
        localDate('2017-04-01'),
        localDate('2017-06-30'),
        statuses,
      ),
    ).toBeCloseTo(q2, 6);
  });

  it('DAYS_IN_STAGE counts days since engage_date for engaging deals at year end', () => {
    const entered = col(rows.map((r) => (r.maven === 'Engaging' ? localDate(r.engage) : '')));
    const days = daysInStage(entered, localDate('2017-12-31'), statuses).map((r) => r[0]);
    const expected = pipeline.map((r) =>
      r.deal_stage === 'Engaging' ? utcDay('2017-12-31') - utcDay(r.engage_date) : '',
    );
    // The column ends at the last engaging deal.
    const last = expected.map((d) => d !== '').lastIndexOf(true);
    expect(last).toBeGreaterThan(1000);
    expect(days).toEqual(expected.slice(0, last + 1));
  });

  it('FORECAST_RANGE and TARGET_PROBABILITY agree with a seeded simulation of the open deals', () => {
    const open = rows.filter((r) => r.status === 'Open');
    const totalOpen = open.reduce((s, r) => s + r.amount, 0);
    let a = 12345;
    const rand = () => {
      a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
      return a / 4294967296;
    };
    const sims = 3000;
    const totals = new Float64Array(sims);
    for (let s = 0; s < sims; s++) {
      let sum = 0;
      for (const r of open) if (rand() < (r.probability as number)) sum += r.amount;
      totals[s] = sum;
    }
    totals.sort();
    const [p10, p50, p90] = forecastRange(amounts, probabilities, undefined, statuses)[0];
    expect(Math.abs(p10 - totals[Math.ceil(0.1 * sims) - 1])).toBeLessThan(0.01 * totalOpen);
    expect(Math.abs(p50 - totals[Math.ceil(0.5 * sims) - 1])).toBeLessThan(0.01 * totalOpen);
    expect(Math.abs(p90 - totals[Math.ceil(0.9 * sims) - 1])).toBeLessThan(0.01 * totalOpen);
    const median = totals[sims / 2];
    const chance = targetProbability(amounts, probabilities, median, statuses);
    expect(Math.abs(chance - 0.5)).toBeLessThan(0.04);
  });
});
