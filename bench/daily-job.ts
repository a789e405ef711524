// Bench: service calls of one daily-job run at 100 and 50,000 deals, through the emulator running dist/Code.js.
import { alertEmulator, type DealSpec } from '../test/alerts/alert-fixture';
import type { BenchRecord } from './record';

const OWNERS = 20;
const STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closing'];

/** `n` open deals over 20 owners; about half have been in their stage long enough to stall. */
function deals(n: number): DealSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `D-${String(i + 1).padStart(6, '0')}`,
    owner: `rep${i % OWNERS}@acme.co.kr`,
    stage: STAGES[i % STAGES.length],
    amount: 1_000_000 + i,
    stageEntered: i % 2 ? '2026-01-05' : '2026-03-10',
  }));
}

/** One daily run on the second day (History already reconciled), counting reads, writes and emails. */
async function measure(n: number): Promise<BenchRecord[]> {
  const emu = await alertEmulator({
    now: '2026-03-11T08:00:00+09:00',
    deals: deals(n),
    mailQuota: 1500,
  });
  emu.run('runDailyJob', { mode: 'time-trigger' }); // first run: reconciles all of History
  const firstRun = emu.calls.dataCalls;
  emu.calls.reset();
  emu.clock.set('2026-03-12T08:00:00+09:00');
  emu.run('runDailyJob', { mode: 'time-trigger' });
  return [
    { name: 'daily-job.service-calls', n, value: emu.calls.dataCalls, unit: 'reads+writes' },
    { name: 'daily-job.service-calls.first-run', n, value: firstRun, unit: 'reads+writes' },
    { name: 'daily-job.emails', n, value: emu.calls.counts.mail, unit: 'emails' },
    { name: 'daily-job.other-calls', n, value: emu.calls.counts.other, unit: 'calls' },
  ];
}

export async function run(): Promise<BenchRecord[]> {
  return [...(await measure(100)), ...(await measure(50_000))];
}
