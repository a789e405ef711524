// Child process of the start bench: one `npm start` run on a file, then its peak memory and the wall and
// CPU time of each phase (from npm start's progress lines) as JSON on stdout.
import { runStart } from '../scripts/start';
import { parseStartArgs } from '../scripts/start-args';

/** npm start's progress lines, by how they begin, and the phase each one opens. */
const PHASES: [string, string][] = [
  ['reading', 'read'],
  ['setting up', 'set-up'],
  ['running the daily job', 'daily-job'],
  ['refreshing the dashboard', 'dashboard'],
  ['writing', 'write'],
];

export interface PhaseTime {
  phase: string;
  ms: number;
  cpuMs: number;
  /** Resident memory and V8 heap in use when the phase ended, MB. */
  rssMb: number;
  heapMb: number;
}

async function main(): Promise<void> {
  const log = process.stdout.write.bind(process.stdout);
  const phases: PhaseTime[] = [];
  let open: { phase: string; at: number; cpu: NodeJS.CpuUsage } | undefined;
  const close = () => {
    if (!open) return;
    const cpu = process.cpuUsage(open.cpu);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const mem = process.memoryUsage();
    phases.push({
      phase: open.phase,
      ms: performance.now() - open.at,
      cpuMs,
      rssMb: mem.rss / 2 ** 20,
      heapMb: mem.heapUsed / 2 ** 20,
    });
  };
  // npm start's progress lines would mix with the JSON answer: they only mark where phases begin.
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const line = String(chunk).replace(/^• /, '');
    const phase = PHASES.find(([start]) => line.startsWith(start))?.[1];
    if (phase) {
      close();
      open = { phase, at: performance.now(), cpu: process.cpuUsage() };
    }
    return true;
  }) as typeof process.stdout.write;
  await runStart(parseStartArgs(process.argv.slice(2)));
  close();
  log(`${JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, phases })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
