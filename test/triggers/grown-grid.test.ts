// Deals added below the grid set-up saw: after the daily job (or at once, through the edit handler)
// every dashboard figure counts them, and they get dropdowns and stall colours like the rows above.
import type { Emulator } from '../../emulator';
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import { DEAL_COLUMNS } from '../../src/core/schema';
import { DEFAULT_STAGES } from '../../src/core/stages';
import { dashboardLayout } from '../../src/sheets/dashboard-layout';
import { midnight } from '../alerts/alert-fixture';
import { emulator, installEditTrigger } from '../workbook/emulator-setup';

const ZONE = 'Asia/Seoul';
const ESCALATED = '#f4cccc';
const PLAIN = '#ffffff';
const col = (key: string) => DEAL_COLUMNS.findIndex((c) => c.key === key);
const letter = (key: string) => String.fromCharCode(65 + col(key));
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

interface TestDeal {
  stage: (typeof DEFAULT_STAGES)[number];
  status: 'Open' | 'Won' | 'Lost';
  amount: number;
  close: string;
  entered: string;
}

/**
 * Deal number i (row i + 2): every stage and status, closing from January to May 2026; every
 * third deal has sat in its stage since 5 January (stalled by 3 March unless retained or closed).
 */
function deal(i: number): TestDeal {
  return {
    stage: DEFAULT_STAGES[i % DEFAULT_STAGES.length],
    status: i % 5 === 0 ? 'Won' : i % 7 === 0 ? 'Lost' : 'Open',
    amount: 1_000_000 + 1_000 * i,
    close: isoOfDay(dayNumber('2026-01-01') + ((i * 7) % 150)),
    entered: i % 3 === 0 ? '2026-01-05' : '2026-02-27',
  };
}

/** A Deals row in schema order; `date` turns an ISO day into what is written (a Date or typed text). */
function dealRow(i: number, date: (iso: string) => unknown): unknown[] {
  const d = deal(i);
  const byKey: Record<string, unknown> = {
    deal: `Deal ${i}`,
    company: `Company ${i % 40}`,
    owner: `rep${i % 10}@acme.co.kr`,
    stage: d.stage.en,
    status: d.status,
    amount: d.amount,
    probability: d.stage.probability,
    expectedClose: date(d.close),
    created: date(d.entered),
    stageEntered: date(d.entered),
  };
  return DEAL_COLUMNS.map((c) => byKey[c.key] ?? '');
}

const rows = (from: number, to: number, date: (iso: string) => unknown) =>
  Array.from({ length: to - from }, (_, k) => dealRow(from + k, date));
const typed = (iso: string) => iso;

/** The dashboard figures a manager reads, computed here from deals 0..count-1. */
function expectedFigures(count: number, target: number) {
  const deals = Array.from({ length: count }, (_, i) => deal(i));
  const sum = (list: TestDeal[], value: (d: TestDeal) => number = (d) => d.amount) =>
    list.reduce((s, d) => s + value(d), 0);
  const within = (d: TestDeal, from: string, to: string) =>
    dayNumber(d.close) >= dayNumber(from) && dayNumber(d.close) <= dayNumber(to);
  const won = deals.filter((d) => d.status === 'Won');
  const lost = deals.filter((d) => d.status === 'Lost');
  const open = deals.filter((d) => d.status === 'Open');
  const wonInPeriod = sum(won.filter((d) => within(d, '2026-01-01', '2026-03-31')));
  const remaining = Math.max(0, target - wonInPeriod);
  const months = [
    ['2026-03-01', '2026-03-31'],
    ['2026-04-01', '2026-04-30'],
    ['2026-05-01', '2026-05-31'],
  ].map(
    ([from, to]) =>
      sum(won.filter((d) => within(d, from, to))) +
      sum(
        open.filter((d) => within(d, from, to)),
        (d) => d.amount * d.stage.probability,
      ),
  );
  const column = (value: (d: TestDeal) => number | string) => deals.map((d) => [value(d)]);
  const amounts = column((d) => d.amount);
  const probabilities = column((d) => d.stage.probability);
  const statuses = column((d) => d.status);
  return {
    wonInPeriod,
    remaining,
    coverage: sum(open) / remaining,
    winRate: [won.length / (won.length + lost.length), sum(won) / (sum(won) + sum(lost))],
    months,
    reachedFirstStage: count,
    chance: targetProbability(amounts, probabilities, remaining, statuses),
    range: forecastRange(amounts, probabilities, undefined, statuses)[0],
  };
}

/** The dashboard's figures as the sheet shows them after a refresh. */
function dashboardFigures(emu: Emulator) {
  emu.run('menuRefreshDashboard');
  const cells = dashboardLayout('en', DEFAULT_STAGES, [], 'KRW').cells;
  const at = (a1: string) => emu.getValues('Dashboard', a1)[0];
  const funnelRow = Number(cells.funnel.slice(1));
  return {
    wonInPeriod: at(cells.won)[0],
    remaining: at(cells.remaining)[0],
    coverage: at(cells.coverage)[0],
    winRate: at(`${cells.winRate}:C${cells.winRate.slice(1)}`),
    months: [0, 1, 2].map((m) => at(`C${cells.forecastFirstRow + m}`)[0]),
    reachedFirstStage: at(`B${funnelRow + 1}`)[0],
    chance: at(cells.targetProbability)[0],
    range: at(`${cells.range}:D${cells.range.slice(1)}`),
  };
}

function expectFigures(emu: Emulator, count: number) {
  const shown = dashboardFigures(emu);
  const want = expectedFigures(count, TARGET);
  expect(shown.wonInPeriod).toBe(want.wonInPeriod);
  expect(shown.remaining).toBe(want.remaining);
  expect(shown.coverage).toBeCloseTo(want.coverage, 9);
  expect(shown.winRate[0]).toBeCloseTo(want.winRate[0], 9);
  expect(shown.winRate[1]).toBeCloseTo(want.winRate[1], 9);
  shown.months.forEach((m, k) => {
    expect(m).toBeCloseTo(want.months[k], 3);
  });
  expect(shown.reachedFirstStage).toBe(want.reachedFirstStage);
  expect(shown.chance).toBeCloseTo(want.chance, 9);
  shown.range.forEach((p, k) => {
    expect(p).toBeCloseTo(want.range[k], 3);
  });
}

const TARGET = 5_000_000_000;

/** Set up on a 1,000-row Deals grid holding `initial` deals, with this quarter's target in Settings. */
async function setUpPipeline(initial: number): Promise<Emulator> {
  const emu = await emulator({ locale: 'en_US' });
  emu.setValues('Deals', 'A1', [
    DEAL_COLUMNS.map((c) => c.en),
    ...rows(0, initial, (iso) => midnight(iso, ZONE)),
  ]);
  expect(emu.sheet('Deals').maxRows).toBe(1000);
  emu.run('menuSetUp');
  // The quarter's target sits below the 200 rows the Settings tables used to be named over.
  emu.setValues('Settings', 'J260', [
    [midnight('2026-01-01', ZONE), midnight('2026-03-31', ZONE), TARGET],
  ]);
  return emu;
}

/** The Deals ranges' last row, and whether a Deals cell has a dropdown / validation. */
const dealsReach = (emu: Emulator) => {
  const g = emu.workbook.namedRange('deals_amount')!.grid;
  return g.row + g.numRows - 1;
};
const validation = (emu: Emulator, row: number, key: string) =>
  emu.sheet('Deals').cellMeta(row, col(key) + 1)?.validation?.criteria;

describe('deals added below the grid set-up saw', () => {
  it('are in every dashboard figure, with dropdowns and stall colours, after the daily job', async () => {
    const emu = await setUpPipeline(300);
    // Set-up left the 1,000-row grid as it was (700 spare rows) and named it to its end.
    expect(emu.sheet('Deals').maxRows).toBe(1000);
    expect(dealsReach(emu)).toBe(1000);

    // The grid fills up (an import, say), then a person pastes 500 more deals past its last row
    // (Sheets grows the grid to fit the paste).
    emu.setValues(
      'Deals',
      'A302',
      rows(300, 999, (iso) => midnight(iso, ZONE)),
    );
    emu.userEdit('Deals', 'A1001', rows(999, 1499, typed));
    expect(emu.sheet('Deals').maxRows).toBe(1500);
    // Deal 1002 (row 1004) has been in Prospecting since 5 January: escalated, but out of every range.
    expect(emu.effectiveBackground('Deals', 'A1004')).toBe(PLAIN);
    expect(validation(emu, 1004, 'stage')).toBeUndefined();
    emu.typeFormula('Dashboard', 'L1', '=SUM(deals_amount)');
    const total = (count: number) =>
      Array.from({ length: count }, (_, i) => deal(i).amount).reduce((a, b) => a + b, 0);
    expect(emu.getValues('Dashboard', 'L1')[0][0]).toBe(total(999));

    emu.advanceClock('2026-03-03T08:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });

    // The grid keeps 1,000 spare rows below the last deal and every range reaches its end.
    expect(emu.sheet('Deals').maxRows).toBe(2500);
    expect(dealsReach(emu)).toBe(2500);
    expectFigures(emu, 1499);
    expect(emu.getValues('Dashboard', 'L1')[0][0]).toBe(total(1499));
    for (const row of [1004, 1500, 2500]) {
      expect(validation(emu, row, 'stage')).toBe('VALUE_IN_RANGE');
      expect(validation(emu, row, 'status')).toBe('VALUE_IN_LIST');
    }
    expect(() => emu.userEdit('Deals', `${letter('amount')}1450`, '-5')).toThrow(
      'violates the data validation',
    );
    expect(emu.effectiveBackground('Deals', 'A1004')).toBe(ESCALATED);
    expect(emu.effectiveBackground('Deals', 'O1004')).toBe(ESCALATED);
    // Deal 1003 entered its stage on 27 February: not stalled.
    expect(emu.effectiveBackground('Deals', 'A1005')).toBe(PLAIN);
    const bandings = emu.sheet('Deals').bandings.map((b) => b.grid.row + b.grid.numRows - 1);
    expect(bandings).toEqual([2500]);
    // The new deals got Deal IDs and their History rows like any other.
    expect(emu.getValues('Deals', 'A1500')[0][0]).toMatch(/^D-\d+$/);
  });

  it('are covered at once when pasted past the last row with the edit trigger installed', async () => {
    const emu = await setUpPipeline(10);
    installEditTrigger(emu);
    emu.advanceClock('2026-03-03T08:00:00+09:00');
    // Report date 3 March, as the daily job would have set it.
    emu.run('runDailyJob', { mode: 'time-trigger' });
    const fired = emu.userEdit('Deals', 'A1001', rows(999, 1005, typed));
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    // The paste grew the grid to 1,006 rows; the handler added spare rows and re-pointed the ranges.
    expect(emu.sheet('Deals').maxRows).toBe(2006);
    expect(dealsReach(emu)).toBe(2006);
    expect(validation(emu, 1003, 'stage')).toBe('VALUE_IN_RANGE');
    // The paste counts as the pasted deals entering their stages today; a deal whose Stage entered
    // is corrected to 5 January shows as escalated.
    expect(emu.effectiveBackground('Deals', 'A1004')).toBe(PLAIN);
    emu.userEdit('Deals', `${letter('stageEntered')}1004`, '2026-01-05');
    expect(emu.effectiveBackground('Deals', 'A1004')).toBe(ESCALATED);
    emu.typeFormula('Dashboard', 'L1', '=SUM(deals_amount)');
    const amounts = [...Array.from({ length: 10 }, (_, i) => i), 999, 1000, 1001, 1002, 1003, 1004];
    expect(emu.getValues('Dashboard', 'L1')[0][0]).toBe(
      amounts.reduce((s, i) => s + deal(i).amount, 0),
    );
  });

  it('a target pasted past the end of the Settings grid counts after the daily job', async () => {
    const emu = await setUpPipeline(10);
    const targetCell = () => {
      const at = emu.workbook.namedRange('target_amount')!;
      return emu.getValues(
        at.sheet.name,
        `${String.fromCharCode(64 + at.grid.col)}${at.grid.row}`,
      )[0][0];
    };
    expect(targetCell()).toBe(TARGET);
    const settingsRows = emu.sheet('Settings').maxRows;
    emu.userEdit('Settings', `J${settingsRows + 1}`, [['2026-02-01', '2026-03-31', '2000000000']]);
    expect(targetCell()).toBe(TARGET);

    emu.advanceClock('2026-03-03T08:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });
    expect(targetCell()).toBe(TARGET + 2_000_000_000);
    const targets = emu.workbook.namedRange('targets_amount')!.grid;
    expect(targets.row + targets.numRows - 1).toBe(emu.sheet('Settings').maxRows);
    expect(emu.sheet('Settings').maxRows).toBe(settingsRows + 1 + 1000);
  });

  it('Refresh dashboard counts deals pasted past the grid before any daily job has run', async () => {
    const emu = await setUpPipeline(10);
    emu.userEdit('Deals', 'A1001', rows(999, 1005, typed));
    const cells = dashboardLayout('en', DEFAULT_STAGES, [], 'KRW').cells;
    emu.run('menuRefreshDashboard');
    const funnelRow = Number(cells.funnel.slice(1));
    expect(emu.getValues('Dashboard', `B${funnelRow + 1}`)[0][0]).toBe(16);
    expect(dealsReach(emu)).toBe(emu.sheet('Deals').maxRows);
  });
});
