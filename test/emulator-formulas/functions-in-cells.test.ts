// The forecast functions typed into cells of a Deals sheet in the emulator, over named ranges,
// including every example formula of the README's Functions section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator';

/** Noon in Seoul: the same calendar day in the sheet's zone and in any test process zone. */
const day = (iso: string) => new Date(`${iso}T12:00:00+09:00`);

// Deal, Stage, Status, Amount, Probability, Expected close, Stage entered, Closed on
const DEALS = [
  [
    'Deal',
    'Stage',
    'Status',
    'Amount',
    'Probability',
    'Expected close',
    'Stage entered',
    'Closed on',
  ],
  ['A', 'Prospecting', 'Open', 1000, 0.1, day('2026-04-10'), day('2026-03-01'), ''],
  ['B', '제안 및 견적', '진행', 2000, 0.4, day('2026-06-30'), day('2026-03-20'), ''],
  ['C', 'Negotiation', 'Lost', 3000, 0.6, day('2026-05-01'), day('2026-02-01'), day('2026-03-05')],
  ['D', 'Closing', 'Won', 4000, '', day('2026-04-01'), day('2026-03-02'), day('2026-03-28')],
  ['E', '관계 유지 및 재구매 유도', '성사', 5000, 1, '', day('2026-01-15'), ''],
  ['F', 'Qualification', 'Open', 6000, 0.2, day('2026-09-01'), day('2026-03-30'), ''],
];
const COLUMNS: [string, number][] = [
  ['deals_stage', 2],
  ['deals_status', 3],
  ['deals_amount', 4],
  ['deals_probability', 5],
  ['deals_expected_close', 6],
  ['deals_stage_entered', 7],
  ['deals_closed_on', 8],
];

describe('forecast functions typed into cells', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await Emulator.create({ timeZone: 'Asia/Seoul', now: '2026-03-31T09:00:00+09:00' });
    emu.setValues('Deals', 'A1', DEALS);
    emu.setValues('Settings', 'A1', [
      ['report_date', day('2026-03-31')],
      ['target_amount', 5000],
      ['period_start', day('2026-04-01')],
      ['period_end', day('2026-06-30')],
    ]);
    const wb = emu.workbook;
    const deals = wb.sheetByName('Deals')!;
    const settings = wb.sheetByName('Settings')!;
    // Named ranges as the workbook defines them: a column of data rows each, and Settings cells.
    for (const [name, col] of COLUMNS)
      wb.setName(name, deals, { row: 2, col, numRows: 6, numCols: 1 });
    ['report_date', 'target_amount', 'period_start', 'period_end'].forEach((name, i) => {
      wb.setName(name, settings, { row: i + 1, col: 2, numRows: 1, numCols: 1 });
    });
    emu.setValues('Dashboard', 'A1', [['']]);
  });

  const value = (a1: string) => {
    expect(emu.cellError('Dashboard', a1)).toBeUndefined();
    return emu.getValues('Dashboard', a1)[0][0];
  };

  it('CONVERSION and WINRATE over the named ranges', () => {
    emu.typeFormula('Dashboard', 'A1', '=CONVERSION(deals_stage, "Proposal", "Won", deals_status)');
    // reached Proposal: B, C (lost in Negotiation), D (won), E (won) → 2 won of 4
    expect(value('A1')).toBe(0.5);
    emu.typeFormula('Dashboard', 'A2', '=WINRATE(deals_status, deals_amount)');
    expect(value('A2')).toBeCloseTo(9000 / 12000);
  });

  it('FUNNEL spills a header and six stages', () => {
    emu.typeFormula('Dashboard', 'H1', '=FUNNEL(deals_stage, deals_status)');
    const table = emu.getValues('Dashboard', 'H1:K7');
    expect(table[0][0]).toBe('Stage · 단계');
    expect(table.slice(1).map((r) => r[1])).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('FORECAST_WEIGHTED over the period in the Settings cells', () => {
    emu.typeFormula(
      'Dashboard',
      'A3',
      '=FORECAST_WEIGHTED(deals_amount, deals_probability, deals_expected_close, period_start, period_end, deals_status)',
    );
    // A 1000×0.1 + B 2000×0.4 + D 4000 won (blank probability is fine on a won deal)
    expect(value('A3')).toBeCloseTo(4900);
    // With Closed on, D counts where it was won: 28 March, before the period.
    emu.typeFormula(
      'Dashboard',
      'B3',
      '=FORECAST_WEIGHTED(deals_amount, deals_probability, deals_expected_close, period_start, period_end, deals_status, deals_closed_on)',
    );
    expect(value('B3')).toBeCloseTo(900);
  });

  it('DAYS_IN_STAGE spills a column counted to report_date', () => {
    emu.typeFormula(
      'Dashboard',
      'M1',
      '=DAYS_IN_STAGE(deals_stage_entered, report_date, deals_status)',
    );
    expect(emu.getValues('Dashboard', 'M1:M6').map((r) => r[0])).toEqual([30, 11, '', '', '', 1]);
  });

  it('FORECAST_RANGE spills one row; TARGET_PROBABILITY gives a chance', () => {
    emu.typeFormula(
      'Dashboard',
      'A20',
      '=FORECAST_RANGE(deals_amount, deals_probability, , deals_status)',
    );
    // open: 1000 @ 10%, 2000 @ 40%, 6000 @ 20%
    expect(emu.cellError('Dashboard', 'A20')).toBeUndefined();
    const [p10, p50, p90] = emu.getValues('Dashboard', 'A20:C20')[0] as number[];
    // P(total ≤ 2000) = 76.8%, P(total ≤ 6000) = 90.8%
    expect([p10, p50, p90]).toEqual([0, 2000, 6000]);
    emu.typeFormula(
      'Dashboard',
      'A4',
      '=TARGET_PROBABILITY(deals_amount, deals_probability, target_amount, deals_status)',
    );
    // at least 5000 needs F (6000): 20%
    expect(value('A4')).toBeCloseTo(0.2);
  });

  it('recalculates when a deal changes', () => {
    emu.typeFormula('Dashboard', 'A5', '=WINRATE(deals_status)');
    expect(value('A5')).toBeCloseTo(2 / 3);
    emu.userEdit('Deals', 'C4', 'Won');
    expect(value('A5')).toBe(1);
    emu.userEdit('Deals', 'C4', 'Lost');
  });

  it('shows #ERROR! naming the function, argument and row', () => {
    emu.userEdit('Deals', 'E3', '40');
    emu.typeFormula(
      'Dashboard',
      'A6',
      '=TARGET_PROBABILITY(deals_amount, deals_probability, target_amount, deals_status)',
    );
    expect(emu.getDisplayValues('Dashboard', 'A6')).toEqual([['#ERROR!']]);
    expect(emu.cellError('Dashboard', 'A6')).toMatch(
      /^TARGET_PROBABILITY: probabilities row 2 is 40 — write 40% \(0\.4\)/,
    );
    emu.userEdit('Deals', 'E3', '0.4');
    expect(emu.cellError('Dashboard', 'A6')).toBeUndefined();
    emu.typeFormula('Dashboard', 'A7', '=CONVERSION(deals_stage, "Demo")');
    expect(emu.cellError('Dashboard', 'A7')).toMatch(
      /^CONVERSION: from_stage is "Demo" — write one of/,
    );
    emu.typeFormula('Dashboard', 'A8', '=WINRATE(deals_status, D2:D3)');
    expect(emu.cellError('Dashboard', 'A8')).toMatch(
      /^WINRATE: amounts has 2 rows but statuses has 6/,
    );
  });

  it('evaluates every example formula in the README without an error', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Functions'));
    const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const all = block.split('\n').filter((l) => l.startsWith('='));
    // The emulator's formula engine cannot pass array literals such as {0.25, 0.5, 0.75} to a
    // custom function yet (Sheets can); percentiles from a range are tested above instead.
    const formulas = all.filter((f) => !f.includes('{'));
    expect(formulas.length).toBeGreaterThanOrEqual(8);
    const used = new Set(formulas.map((f) => /^=([A-Z_]+)\(/.exec(f)?.[1]));
    for (const fn of [
      'COVERAGE',
      'CONVERSION',
      'FUNNEL',
      'FORECAST_WEIGHTED',
      'WINRATE',
      'DAYS_IN_STAGE',
      'FORECAST_RANGE',
      'TARGET_PROBABILITY',
    ]) {
      expect(used).toContain(fn);
    }
    formulas.forEach((formula, i) => {
      // One sheet per formula so spilled results never collide.
      const sheet = `Example${i + 1}`;
      emu.setValues(sheet, 'A1', [['']]);
      emu.typeFormula(sheet, 'A1', formula);
      expect({ formula, error: emu.cellError(sheet, 'A1') }).toEqual({ formula, error: undefined });
      expect(emu.getValues(sheet, 'A1')[0][0]).not.toBe('');
    });
  });
});
