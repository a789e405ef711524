// The README's example formulas work on a workbook that "Set up pipeline" made: every named range they
// use exists (deals_*, report_date, period_start, period_end, target_amount, stage_labels).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator';
import { samplePipeline } from '../../scripts/sample-pipeline';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

function exampleFormulas(): string[] {
  const section = README.slice(README.indexOf('## Functions'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((l) => l.startsWith('='));
}

describe('README examples on a set-up workbook', () => {
  let emu: Emulator;

  beforeAll(async () => {
    emu = await Emulator.create({ now: '2026-11-27T08:00:00+09:00', owner: 'lead@example.com' });
    const sample = samplePipeline('2026-11-27', 60);
    emu.spreadsheet.getSheets()[0].setName('딜');
    emu.setValues('딜', 'A1', sample.deals);
    emu.run('menuSetUp');
    emu.setValues('설정', 'J2', sample.targets);
  });

  it('names the current period from the targets table around report_date', () => {
    // Targets run from six months before to five after: the seventh is November 2026.
    const november = samplePipeline('2026-11-27', 60).targets[6];
    emu.setValues('Check', 'A1', [['']]);
    emu.typeFormula('Check', 'A1', '=target_amount');
    emu.typeFormula('Check', 'B1', '=TEXT(period_start, "yyyy-mm-dd")');
    emu.typeFormula('Check', 'C1', '=TEXT(period_end, "yyyy-mm-dd")');
    expect(emu.getValues('Check', 'A1:C1')[0]).toEqual([november?.[2], '2026-11-01', '2026-11-30']);
  });

  it('evaluates every example formula without an error', () => {
    const formulas = exampleFormulas();
    expect(formulas.length).toBeGreaterThanOrEqual(10);
    formulas.forEach((formula, i) => {
      const sheet = `Example${i + 1}`;
      emu.setValues(sheet, 'A1', [['']]);
      emu.typeFormula(sheet, 'A1', formula);
      expect({ formula, error: emu.cellError(sheet, 'A1') }).toEqual({ formula, error: undefined });
      expect(emu.getValues(sheet, 'A1')[0][0]).not.toBe('');
    });
  });

  it('counts a renamed stage in either language in the funnel over stage_labels', () => {
    // The team renames Proposal (제안 및 견적) to Solution design / 솔루션 설계 and deals use both labels.
    const stages = emu.getValues('설정', 'A2:B7');
    const row = stages.findIndex((r) => r[0] === 'Proposal') + 2;
    emu.setValues('설정', `A${row}:B${row}`, [['Solution design', '솔루션 설계']]);
    emu.setValues('Funnel', 'A1', [
      ['Solution design'],
      ['솔루션 설계'],
      ['협상'],
      ['Prospecting'],
    ]);
    emu.typeFormula('Funnel', 'C1', '=FUNNEL(A1:A4, , stage_labels)');
    expect(emu.cellError('Funnel', 'C1')).toBeUndefined();
    const table = emu.getValues('Funnel', 'C2:D7');
    expect(table.map((r) => r[1])).toEqual([4, 3, 3, 1, 0, 0]);
  });
});

describe('DAYS_IN_STAGE where the README puts it', () => {
  // Sheets shows #REF! instead of adding rows when a result runs past the grid (see the emulator's
  // behaviour table); the function's column therefore ends at the last open deal.
  let emu: Emulator;
  const formula = '=DAYS_IN_STAGE(deals_stage_entered, report_date, deals_status)';

  beforeAll(async () => {
    emu = await Emulator.create({ now: '2026-11-27T08:00:00+09:00', owner: 'lead@example.com' });
    emu.spreadsheet.getSheets()[0].setName('딜');
    emu.setValues('딜', 'A1', samplePipeline('2026-11-27', 60).deals);
    emu.run('menuSetUp');
  });

  it('fits in row 2 of a sheet of its own, row N beside row N of the deals', () => {
    emu.setValues('Days', 'A1', [['Days in stage']]);
    emu.typeFormula('Days', 'A2', formula);
    expect(emu.cellError('Days', 'A2')).toBeUndefined();
    const statuses = emu.spreadsheet.getRangeByName('deals_status')!.getValues();
    const entered = emu.spreadsheet.getRangeByName('deals_stage_entered')!.getValues();
    // The named ranges run to the sheet's last row; the result stops at the last open deal.
    expect(statuses.length).toBeGreaterThan(900);
    const open = statuses.map(
      (r, i) => /^(open|진행|)$/i.test(String(r[0])) && entered[i][0] !== '',
    );
    const lastOpen = open.lastIndexOf(true);
    expect(lastOpen).toBeGreaterThan(10);
    const days = emu.getValues('Days', 'A2:A1000').map((r) => r[0]);
    expect(typeof days[lastOpen]).toBe('number');
    expect(days.slice(lastOpen + 1).every((d) => d === '')).toBe(true);
    days.slice(0, lastOpen + 1).forEach((d, i) => {
      expect({ row: i + 2, counted: typeof d === 'number' }).toEqual({
        row: i + 2,
        counted: open[i],
      });
    });
  });

  it('fits lower down too, while the rows left below it are enough', () => {
    // A sheet-long column from row 10 would need 1,007 rows; the trimmed one fits.
    emu.typeFormula('Days', 'B10', formula);
    expect(emu.cellError('Days', 'B10')).toBeUndefined();
    expect(emu.getValues('Days', 'B10:B20').map((r) => r[0])).toEqual(
      emu.getValues('Days', 'A2:A12').map((r) => r[0]),
    );
  });

  it('shows #REF! where the rows left below it are too few', () => {
    emu.typeFormula('Days', 'C990', formula);
    expect(emu.getValues('Days', 'C990')).toEqual([['#REF!']]);
    expect(emu.cellError('Days', 'C990')).toMatch(/please insert more rows \(\d+\)/);
  });
});
