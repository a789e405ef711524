// Bench: `npm start` end to end (read, set-up, daily job, dashboard, write) on CSV exports of 10,000
// and 50,000 deals, each in its own process: wall time, peak memory (RSS), and each phase's wall and
// CPU time (CPU time is what to compare on a shared machine, where wall time waits for a core), and
// the memory in use as each phase ends.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePipeline } from '../scripts/sample-pipeline';
import { START_NODE_FLAGS } from '../scripts/start-heap';
import type { BenchRecord } from './record';
import type { PhaseTime } from './start-run';

const TODAY = '2026-11-27';

/** A cell as a CRM export writes it: dates as ISO days, everything as text. */
function csvCell(v: unknown): string {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function measure(n: number): Promise<BenchRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  try {
    const file = join(dir, 'deals.csv');
    const { deals } = samplePipeline(TODAY, n, 'example.com', 'en');
    writeFileSync(file, deals.map((r) => r.map(csvCell).join(',')).join('\n'));
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        ...START_NODE_FLAGS,
        '--import',
        'tsx',
        join(__dirname, 'start-run.ts'),
        file,
        '--today',
        TODAY,
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`npm start on ${n} deals failed: ${child.stderr}`);
    const { rssMb, phases } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      rssMb: number;
      phases: PhaseTime[];
    };
    const cpuMs = phases.reduce((sum, p) => sum + p.cpuMs, 0);
    return [
      { name: 'start.ms', n, value: ms, unit: 'ms' },
      { name: 'start.rss_mb', n, value: rssMb, unit: 'MB' },
      { name: 'start.cpu_ms', n, value: cpuMs, unit: 'ms' },
      ...phases.flatMap((p): BenchRecord[] => [
        { name: `start.${p.phase}.ms`, n, value: p.ms, unit: 'ms' },
        { name: `start.${p.phase}.cpu_ms`, n, value: p.cpuMs, unit: 'ms' },
        { name: `start.${p.phase}.rss_mb`, n, value: p.rssMb, unit: 'MB' },
        { name: `start.${p.phase}.heap_mb`, n, value: p.heapMb, unit: 'MB' },
      ]),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRecord[]> {
  const out: BenchRecord[] = [];
  for (const n of [10_000, 50_000]) out.push(...(await measure(n)));
  return out;
}
