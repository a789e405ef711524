// Benchmark runner: runs every bench module (or those named: `npm run bench -- start`) and prints a
// table, or one JSON array with --json.
import type { BenchRecord } from '../bench/record';
import { writeDist } from './build';

/** Bench modules, each exporting `run(): Promise<BenchRecord[]>`. Add one line per module. */
const MODULES: [string, () => Promise<{ run(): Promise<BenchRecord[]> }>][] = [
  ['functions', () => import('../bench/functions')],
  ['native-formulas', () => import('../bench/native-formulas')],
  ['daily-job', () => import('../bench/daily-job')],
  ['start', () => import('../bench/start')],
  ['forecast', () => import('../bench/forecast')],
];

function table(records: BenchRecord[]): string {
  const lines = [['name', 'n', 'value', 'unit']];
  for (const r of records) {
    const value =
      r.value >= 100 ? r.value.toFixed(0) : r.value >= 1 ? r.value.toFixed(2) : r.value.toFixed(3);
    lines.push([r.name, r.n.toLocaleString('en-US'), value, r.unit]);
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  return lines
    .map((l) =>
      l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('--'));
  const unknown = only.filter((name) => !MODULES.some(([m]) => m === name));
  if (unknown.length)
    throw new Error(
      `bench: no module ${unknown.join(', ')} (modules: ${MODULES.map(([m]) => m).join(', ')})`,
    );
  // Build quietly first: with --json, stdout carries the JSON array only.
  await writeDist();
  const records: BenchRecord[] = [];
  for (const [name, load] of MODULES) {
    if (only.length && !only.includes(name)) continue;
    if (!json) process.stderr.write(`bench ${name}…\n`);
    records.push(...(await (await load()).run()));
  }
  process.stdout.write(json ? `${JSON.stringify(records)}\n` : `${table(records)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
