// The forecast a newcomer sees after `npm start` on a CRM export: today's open deals in the stage the
// Deals sheet shows, which figure the Learned column holds and why, and data that ends long ago.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStart, type StartSummary } from '../../scripts/start';
import { parseStartArgs } from '../../scripts/start-args';
import { readWorkbook } from './read-workbook';

const FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'preppin-data-2022w23-salesforce-opportunities',
  'Opportunity.csv',
);

/** The CSV's rows as records (this export has no quoted fields). */
function records(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  const names = header.replace(/^\uFEFF/, '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

/** 14/03/2022 (day first, as this export writes) as 2022-03-14. */
const iso = (dmy: string) => `${dmy.slice(6, 10)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}`;

async function start(
  today: string,
): Promise<{ s: StartSummary; sheets: Map<string, unknown[][]> }> {
  const out = join(mkdtempSync(join(tmpdir(), 'export-forecast-')), 'out');
  const s = await runStart(parseStartArgs([FILE, '--today', today, '--out', out]));
  return { s, sheets: await readWorkbook(join(out, 'workbook.xlsx')) };
}

/** The rows of a Forecast model rate table: from the header after `title` to the shrink row. */
function rateTable(model: unknown[][], title: string): unknown[][] {
  const at = model.findIndex((r) => String(r[0]).startsWith(title));
  const end = model.findIndex((r, i) => i > at && String(r[0]).startsWith('Rates are shrunk'));
  return model.slice(at + 2, end);
}

const rows = records();
const closed = (r: Record<string, string>) => r.StageName.startsWith('Closed');
const lastDate = rows
  .flatMap((r) => [iso(r.CreatedDate), ...(closed(r) ? [iso(r.CloseDate)] : [])])
  .sort()
  .at(-1) as string;

describe('Salesforce Opportunity.csv on its last day', () => {
  let s: StartSummary;
  let model: unknown[][];
  let dashboard: unknown[][];
  beforeAll(async () => {
    const run = await start('2022-12-31');
    s = run.s;
    model = run.sheets.get('Forecast model') ?? [];
    dashboard = run.sheets.get('Dashboard') ?? [];
  }, 300_000);

  it('shows every open deal in the stage its Stage cell shows, in both rate tables', () => {
    const expected = new Map<string, number>();
    for (const r of rows.filter((r) => !closed(r) && Number(r.Amount) > 0))
      expected.set(r.StageName, (expected.get(r.StageName) ?? 0) + Number(r.Amount));
    expect(expected.size).toBeGreaterThan(2);
    for (const title of [
      'Learned chance to win in the rest of the month',
      'Learned chance to win in the rest of the quarter',
    ]) {
      const shown = new Map<string, number>();
      for (const r of rateTable(model, title))
        shown.set(String(r[0]), (shown.get(String(r[0])) ?? 0) + Number(r[7]));
      expect(shown.get('(stage unknown)')).toBeUndefined();
      expect([...shown].filter(([, a]) => a > 0).sort()).toEqual([...expected].sort());
    }
  });

  it('rebuilds the figures shown with the formulas beside them, and says what Learned is made of', () => {
    for (const row of [model[6], model[7]]) {
      const [, , , weighted, learned, , p10, , p90, learnedFormula, weightedFormula, weight, why] =
        row as number[];
      expect(learnedFormula).toBeCloseTo(learned, 6);
      expect(weightedFormula).toBeCloseTo(weighted, 6);
      expect(weight).toBeGreaterThanOrEqual(0);
      expect(weight).toBeLessThanOrEqual(1);
      const verdict =
        /^Learned = (\d+)% learned rates \+ the rest weighted: over (\d+) earlier (months|quarters) the learned rates missed by (\d+)% \(MAPE\), the weighted by (\d+)%$/.exec(
          String(why),
        );
      if (weight === 0 && !verdict)
        expect(why).toBe(
          'Learned = weighted: no earlier forecast yet to judge the learned rates on',
        );
      else expect(Number(verdict?.[1])).toBe(Math.round(weight * 100));
      expect(p10).toBeLessThanOrEqual(learned);
      expect(p90).toBeGreaterThanOrEqual(learned);
    }
    // This export's learned rates missed far more than its typed probabilities: a small weight.
    expect(model[7][11]).toBeLessThan(0.2);
    // The Dashboard shows the same words beside the month's and the quarter's figures.
    const head = dashboard.findIndex((r) => r[0] === 'Period' && r[8] === 'What Learned is');
    expect([dashboard[head + 1][8], dashboard[head + 2][8]]).toEqual([model[6][12], model[7][12]]);
  });

  it('says where the data ends, and no more when the report day is within a month of it', () => {
    expect(s.data).toEqual({ ends: lastDate });
  });
});

describe('Salesforce Opportunity.csv years after its data ends', () => {
  let s: StartSummary;
  let model: unknown[][];
  beforeAll(async () => {
    const run = await start('2026-11-20');
    s = run.s;
    model = run.sheets.get('Forecast model') ?? [];
  }, 300_000);

  it('says the figures are as of the report day, and which --today shows them as of the data’s end', () => {
    const next = new Date(Date.parse(lastDate) + 86_400_000).toISOString().slice(0, 10);
    expect(s.data).toEqual({
      ends: lastDate,
      note: `The data ends on ${lastDate}, more than a month before the report day 2026-11-20: the figures are as of 2026-11-20, with nothing won or changed since ${lastDate}. To see them as of the data's end, run with --today ${next}.`,
    });
    expect(s.forecast?.as_of).toBe('2026-11-20');
  });

  it('backtests only months that carry outcomes, and each range holds its own figure', () => {
    const head = model.findIndex((r) => r[0] === 'Period' && r[2] === 'Actual');
    const periods = model.slice(head + 1).filter((r) => r[0] !== '' && r[0] !== undefined);
    expect(periods.length).toBeGreaterThan(2);
    expect(periods.every((r) => String(r[0]) <= lastDate.slice(0, 7))).toBe(true);
    for (const r of [model[6], model[7], ...periods]) {
      const [learned, p10, p90] =
        r === model[6] || r === model[7] ? [r[4], r[6], r[8]] : [r[4], r[5], r[6]];
      expect(Number(p10)).toBeLessThanOrEqual(Number(learned));
      expect(Number(p90)).toBeGreaterThanOrEqual(Number(learned));
    }
  });
});
