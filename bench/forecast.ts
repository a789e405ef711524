// Bench: the backtest of 12 monthly periods over about 30,000 deals and 100,000 History rows.
import { runBacktest } from '../src/core/forecast/backtest';
import { parseMonth } from '../src/core/forecast/periods';
import { DEFAULT_STAGES } from '../src/core/stages';
import { simulateTeam, TEAM } from '../test/core/forecast/simulated-team';
import type { BenchRecord } from './record';

export async function run(): Promise<BenchRecord[]> {
  // 18 months of a simulated team: 6 earlier windows, then 12 backtested months.
  const start = parseMonth('2024-01') as number;
  const days = (parseMonth('2025-07') as number) - start;
  const team = simulateTeam(11, start, days, { ...TEAM, arrivals: 60 });
  const began = performance.now();
  const result = runBacktest(team, {
    kind: 'month',
    typed: DEFAULT_STAGES.map((s) => s.probability),
    entryStage: 0,
  });
  const ms = performance.now() - began;
  if (result.periods.length !== 12)
    throw new Error(`expected 12 backtested months, got ${result.periods.length}`);
  return [
    {
      name: 'forecast.backtest.deals',
      n: team.deals.length,
      value: team.deals.length,
      unit: 'deals',
    },
    {
      name: 'forecast.backtest.history-rows',
      n: team.deals.length,
      value: team.history.length,
      unit: 'rows',
    },
    { name: 'forecast.backtest.ms', n: team.deals.length, value: ms, unit: 'ms' },
  ];
}
