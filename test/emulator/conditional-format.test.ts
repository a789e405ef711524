// Conditional formatting evaluated: which background a cell shows after the sheet's rules.
import { Emulator } from '../../emulator';

async function sheetWithRules() {
  const emu = await Emulator.create({ bundle: false, now: '2026-03-02T09:00:00+09:00' });
  emu.setValues('Data', 'A1', [
    ['Name', 'Score', 'Limit'],
    ['a', 5, 4],
    ['b', 3, 4],
    ['', 9, 10],
  ]);
  const app = emu.global.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = emu.spreadsheet.getSheetByName('Data')!;
  return { emu, app, sheet };
}

describe('conditional formatting (effectiveBackground)', () => {
  it('evaluates a custom formula relative to the top-left of the rule range, row by row', async () => {
    const { emu, app, sheet } = await sheetWithRules();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>$C2')
      .setBackground('#fff2cc')
      .setRanges([sheet.getRange('A2:C4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(['A2', 'C2', 'A3', 'C3', 'A4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual(
      ['#fff2cc', '#fff2cc', '#ffffff', '#ffffff', '#ffffff'],
    );
    // Outside the rule's range nothing changes; a later edit is picked up.
    expect(emu.effectiveBackground('Data', 'A1')).toBe('#ffffff');
    emu.userEdit('Data', 'B3', '7');
    expect(emu.effectiveBackground('Data', 'B3')).toBe('#fff2cc');
  });

  it('shifts relative columns too, keeps $ parts, and counts a non-zero number as true', async () => {
    const { emu, app, sheet } = await sheetWithRules();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=MOD(ROW(),2)')
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A2:A4')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=B2>$C$2')
        .setBackground('#00ff00')
        .setRanges([sheet.getRange('B2:C4')])
        .build(),
    ]);
    expect(['A2', 'A3', 'A4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual([
      '#ffffff',
      '#eeeeee',
      '#ffffff',
    ]);
    // B2 (5>4) and C4 (10>4) hold, B3 (3>4) does not; C2 compares C2 with $C$2.
    expect(['B2', 'B3', 'C2', 'C4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual([
      '#00ff00',
      '#ffffff',
      '#ffffff',
      '#00ff00',
    ]);
  });

  it('applies only the first rule that holds, over the cell background; boolean conditions too', async () => {
    const { emu, app, sheet } = await sheetWithRules();
    sheet.getRange('A2:A4').setBackground('#cccccc');
    const on = (range: string) => app.newConditionalFormatRule().setRanges([sheet.getRange(range)]);
    sheet.setConditionalFormatRules([
      on('B2:B4').whenNumberGreaterThan(8).setBackground('#ff0000').build(),
      on('B2:B4').whenNumberGreaterThan(4).setBackground('#ffff00').build(),
      on('A2:A4').whenCellNotEmpty().setBackground('#0000ff').build(),
      on('A2:A4').whenTextContains('B').setFontColor('#ff0000').build(),
    ]);
    expect(['B2', 'B3', 'B4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual([
      '#ffff00',
      '#ffffff',
      '#ff0000',
    ]);
    // A3 is not empty: the earlier rule wins, the text rule never applies there.
    expect(['A2', 'A4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual([
      '#0000ff',
      '#cccccc',
    ]);
    expect(emu.conditionalFormat('Data', 'A3')).toEqual({ background: '#0000ff' });
    expect(emu.conditionalFormat('Data', 'C3')).toBeUndefined();
  });

  it('reads INDIRECT with a constant reference as that reference (rules reaching another sheet)', async () => {
    const { emu, app, sheet } = await sheetWithRules();
    emu.setValues('Limits', 'A1', [[4]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2>INDIRECT("\'Limits\'!A1")')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:C4')])
        .build(),
    ]);
    expect(['A2', 'A3', 'A4'].map((a1) => emu.effectiveBackground('Data', a1))).toEqual([
      '#f4cccc',
      '#ffffff',
      '#f4cccc',
    ]);
    emu.setValues('Limits', 'A1', [[8]]);
    expect(emu.effectiveBackground('Data', 'A2')).toBe('#ffffff');
  });
});

describe('rule ranges follow inserted and deleted rows and columns', () => {
  it('grows a range when rows are inserted inside it, moves it below, shrinks and drops it', async () => {
    const { emu, app, sheet } = await sheetWithRules();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A2:C4')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#dddddd')
        .setRanges([sheet.getRange('E10:E11')])
        .build(),
    ]);
    const ranges = () =>
      sheet.getConditionalFormatRules().map((r) =>
        r
          .getRanges()
          .map((x) => x.getA1Notation())
          .join(','),
      );
    sheet.insertRowsAfter(2, 2);
    expect(ranges()).toEqual(['A2:C6', 'E12:E13']);
    sheet.getRange('A3').setValue('new');
    expect(emu.effectiveBackground('Data', 'A3')).toBe('#eeeeee');
    sheet.insertColumnsBefore(1, 1);
    expect(ranges()).toEqual(['B2:D6', 'F12:F13']);
    sheet.deleteRows(1, 3);
    expect(ranges()).toEqual(['B1:D3', 'F9:F10']);
    sheet.deleteRows(8, 5);
    expect(ranges()).toEqual(['B1:D3']);
  });
});

describe('stalled-row colours of the built add-on', () => {
  it('shows the warning colour on a stalled open deal and none on a fresh one, by report_date', async () => {
    const emu = await Emulator.create({
      locale: 'en_US',
      now: '2026-03-02T09:00:00+09:00',
      owner: 'lead@acme.co',
      activeUser: 'lead@acme.co',
    });
    const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
    emu.setValues('Deals', 'A1', [
      ['Deal', 'Stage', 'Status', 'Amount', 'Stage entered'],
      ['Stalled', 'Proposal', 'Open', 1000, day('2026-02-15')],
      ['Fresh', 'Proposal', 'Open', 1000, day('2026-02-25')],
      ['Long stalled', 'Proposal', 'Open', 1000, day('2026-01-20')],
      ['Closed', 'Proposal', 'Won', 1000, day('2026-01-20')],
    ]);
    emu.run('menuSetUp');
    expect(emu.getValues('Settings', 'H2')).toEqual([['report_date']]);
    emu.setValues('Settings', 'G2', [[day('2026-03-02')]]);

    // Proposal stalls after 10 days: 15 days is a warning, 41 days (twice that) escalated.
    expect(emu.effectiveBackground('Deals', 'A2')).toBe('#fff2cc');
    expect(emu.effectiveBackground('Deals', 'E2')).toBe('#fff2cc');
    expect(emu.effectiveBackground('Deals', 'A3')).toBe('#ffffff');
    expect(emu.effectiveBackground('Deals', 'A4')).toBe('#f4cccc');
    expect(emu.effectiveBackground('Deals', 'A5')).toBe('#ffffff');

    // An earlier report date: the first deal is no longer stalled.
    emu.setValues('Settings', 'G2', [[day('2026-02-20')]]);
    expect(emu.effectiveBackground('Deals', 'A2')).toBe('#ffffff');
  });
});
