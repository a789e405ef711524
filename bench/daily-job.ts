// Bench: service calls of daily-job runs at 100 and 50,000 deals, plain, set up, and after deals were added past the grid.
import { alertEmulator, type DealSpec, dealRow } from '../test/alerts/alert-fixture';
import type { BenchRecord } from './record';

const OWNERS = 20;
const STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closing'];

/** `n` open deals over 20 owners; about half (in alternate blocks of 20) have been in their stage long enough to stall. */
function deals(n: number): DealSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `D-${String(i + 1).padStart(6, '0')}`,
    owner: `rep${i % OWNERS}@acme.co.kr`,
    stage: STAGES[i % STAGES.length],
    amount: 1_000_000 + i,
    stageEntered: Math.floor(i / OWNERS) % 2 ? '2026-01-05' : '2026-03-10',
  }));
}

/**
 * The first daily run (reconciles all of History, emails every owner) and the next day's run
 * (History up to date, cooldown holds most deals), counting reads + writes and emails.
 */
async function measure(n: number): Promise<BenchRecord[]> {
  const emu = await alertEmulator({
    now: '2026-03-11T08:00:00+09:00',
    deals: deals(n),
    mailQuota: 1500,
  });
  emu.calls.reset();
  emu.run('runDailyJob', { mode: 'time-trigger' });
  const first = emu.calls.snapshot();
  emu.calls.reset();
  emu.clock.set('2026-03-12T08:00:00+09:00');
  emu.run('runDailyJob', { mode: 'time-trigger' });
  const next = emu.calls.snapshot();
  return [
    { name: 'daily-job.service-calls', n, value: first.read + first.write, unit: 'reads+writes' },
    { name: 'daily-job.emails', n, value: first.mail, unit: 'emails' },
    { name: 'daily-job.other-calls', n, value: first.other, unit: 'calls' },
    {
      name: 'daily-job.next-day.service-calls',
      n,
      value: next.read + next.write,
      unit: 'reads+writes',
    },
    { name: 'daily-job.next-day.emails', n, value: next.mail, unit: 'emails' },
  ];
}

/**
 * A set-up workbook: an ordinary day's run, then the run after another tool appended 500 deals past
 * the end of the Deals grid (the job grows the grid and re-points every range once).
 */
async function measureGrownGrid(n: number): Promise<BenchRecord[]> {
  const emu = await alertEmulator({
    now: '2026-03-11T08:00:00+09:00',
    deals: deals(n),
    mailQuota: 1500,
  });
  emu.run('menuSetUp');
  emu.run('runDailyJob', { mode: 'time-trigger' });
  emu.clock.set('2026-03-12T08:00:00+09:00');
  emu.calls.reset();
  emu.run('runDailyJob', { mode: 'time-trigger' });
  const ordinary = emu.calls.snapshot();
  const grid = emu.sheet('Deals').maxRows;
  const added = deals(n + 500)
    .slice(n)
    .map((d) => dealRow(d, emu.workbook.timeZone));
  emu.setValues('Deals', `A${grid + 1}`, added);
  emu.clock.set('2026-03-13T08:00:00+09:00');
  emu.calls.reset();
  emu.run('runDailyJob', { mode: 'time-trigger' });
  const grown = emu.calls.snapshot();
  return [
    {
      name: 'daily-job.set-up.service-calls',
      n,
      value: ordinary.read + ordinary.write,
      unit: 'reads+writes',
    },
    {
      name: 'daily-job.grown-grid.service-calls',
      n,
      value: grown.read + grown.write,
      unit: 'reads+writes',
    },
  ];
}

export async function run(): Promise<BenchRecord[]> {
  const out: BenchRecord[] = [];
  for (const n of [100, 50_000]) out.push(...(await measure(n)));
  for (const n of [100, 50_000]) out.push(...(await measureGrownGrid(n)));
  return out;
}
