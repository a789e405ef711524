// Bench: the backtest of 12 monthly periods over about 30,000 deals and 100,000 History rows, and
// the daily job's forecast refit (Forecast model and log) over 50,000 deals from sheet values.
import type { Deal } from '../src/core/deals';
import { runBacktest } from '../src/core/forecast/backtest';
import { workbookForecast } from '../src/core/forecast/model-sheet';
import { parseMonth } from '../src/core/forecast/periods';
import { DEFAULT_STAGES } from '../src/core/stages';
import { simulateTeam, TEAM } from '../test/core/forecast/simulated-team';
import type { BenchRecord } from './record';

const MS_PER_DAY = 86_400_000;
const ZONE = 'Asia/Seoul';
/** A date cell for a day number, as a Seoul workbook hands it over (noon, so the day is unambiguous). */
const cell = (day: number) => new Date(day * MS_PER_DAY + 3 * 3_600_000);

/** The refit the daily job adds: Deals rows and History values of a simulated team of ~50,000 deals. */
function refit(): BenchRecord[] {
  const start = parseMonth('2024-01') as number;
  const team = simulateTeam(12, start, 730, { ...TEAM, arrivals: 69 });
  const deals: Deal[] = team.deals.map((d, i) => ({
    row: i + 2,
    dealId: d.id,
    name: d.id,
    company: '',
    owner: '',
    stageText: DEFAULT_STAGES[d.stage]?.en ?? '',
    stage: d.stage,
    status: d.status,
    amount: d.amount,
    probability: undefined,
    expectedClose: undefined,
    created: d.created === undefined ? undefined : cell(d.created),
    stageEntered: undefined,
    closedOn: d.closedOn === undefined ? undefined : cell(d.closedOn),
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
  }));
  const history: unknown[][] = [
    ['Deal ID', 'From stage', 'To stage', 'Status', 'Amount', 'Changed at', 'Changed by', 'Source'],
    ...team.history.map((e) => [
      e.dealId,
      '',
      DEFAULT_STAGES[e.to]?.en ?? '',
      e.status,
      e.amount,
      cell(e.day),
      '',
      'edit',
    ]),
  ];
  const today = start + 730;
  const began = performance.now();
  workbookForecast(deals, history, DEFAULT_STAGES, ZONE, today);
  const ms = performance.now() - began;
  return [{ name: 'forecast.fit.ms', n: deals.length, value: ms, unit: 'ms' }];
}

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
    ...refit(),
  ];
}
