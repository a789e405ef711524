// Benchmarks of the eight spreadsheet functions as built in dist/Code.js, ms per call in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type BenchRecord, timeMedian } from './record';
import { column, sampleDeals } from './sample-deals';

export const SIZES = [1_000, 10_000, 100_000];

/** dist/Code.js evaluated in a fresh context, as Apps Script evaluates it. */
function loadBundle(): Record<string, (...args: unknown[]) => unknown> {
  const file = join(__dirname, '..', 'dist', 'Code.js');
  const context = vm.createContext({});
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: 'Code.js' });
  return context as never;
}

export async function run(): Promise<BenchRecord[]> {
  const fns = loadBundle();
  const records: BenchRecord[] = [];
  for (const n of SIZES) {
    const d = sampleDeals(n);
    const amounts = column(d.amount);
    const statuses = column(d.status);
    const stages = column(d.stage);
    const probabilities = column(d.probability);
    const closes = column(d.close);
    const entered = column(d.stageEntered);
    const start = new Date(2026, 3, 1);
    const end = new Date(2026, 5, 30);
    const calls: [string, () => unknown][] = [
      ['COVERAGE', () => fns.COVERAGE(amounts, 1e9, statuses)],
      ['CONVERSION', () => fns.CONVERSION(stages, 'Proposal', 'Won', statuses)],
      ['FUNNEL', () => fns.FUNNEL(stages, statuses)],
      [
        'FORECAST_WEIGHTED',
        () => fns.FORECAST_WEIGHTED(amounts, probabilities, closes, start, end, statuses),
      ],
      ['WINRATE', () => fns.WINRATE(statuses, amounts)],
      ['DAYS_IN_STAGE', () => fns.DAYS_IN_STAGE(entered, new Date(2026, 11, 31), statuses)],
      ['FORECAST_RANGE', () => fns.FORECAST_RANGE(amounts, probabilities, undefined, statuses)],
      ['TARGET_PROBABILITY', () => fns.TARGET_PROBABILITY(amounts, probabilities, 1e9, statuses)],
    ];
    for (const [name, call] of calls) {
      records.push({ name: `${name}.ms`, n, value: timeMedian(call), unit: 'ms' });
    }
  }
  return records;
}
