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
