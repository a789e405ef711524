// Rows added to a sheet: appended after the grid (or pasted past its end) they leave every range as it
// was; inserted inside a range they grow it; inserted above it they move it.
import { Emulator } from '../../emulator';

const YELLOW = '#fff2cc';

/**
 * A 1,000-row sheet with a header and every kind of range over the data rows 2..1000: a named
 * range, a validation rule, a conditional-format rule (yellow when column A is over 100) and
 * banding over the table.
 */
async function sheetWithRanges() {
  const emu = await Emulator.create({ bundle: false, now: '2026-03-02T09:00:00+09:00' });
  emu.setValues('Deals', 'A1', [['Amount'], [50], [150]]);
  const app = emu.global.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = emu.spreadsheet;
  const sheet = ss.getSheetByName('Deals')!;
  const data = sheet.getRange(2, 1, 999, 1);
  ss.setNamedRange('deals_amount', data);
  data.setDataValidation(
    app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build(),
  );
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2>100')
      .setBackground(YELLOW)
      .setRanges([data])
      .build(),
  ]);
  sheet.getRange(1, 1, 1000, 1).applyRowBanding();
  const model = emu.sheet('Deals');
  /** Where each range is now, as [first row, last row]. */
  const ranges = () => {
    const named = emu.workbook.namedRange('deals_amount')!.grid;
    const rule = model.conditionalRules[0].ranges[0].grid;
    const band = model.bandings[0].grid;
    return {
      named: [named.row, named.row + named.numRows - 1],
      rule: [rule.row, rule.row + rule.numRows - 1],
      banding: [band.row, band.row + band.numRows - 1],
    };
  };
  const validated = (row: number) => model.cellMeta(row, 1)?.validation !== undefined;
  return { emu, sheet, model, ranges, validated };
}

const SET_UP = { named: [2, 1000], rule: [2, 1000], banding: [1, 1000] };

describe('rows appended after the grid', () => {
  it('insertRowsAfter at the last row leaves named, validation, rule and banding ranges as they were', async () => {
    const { emu, sheet, model, ranges, validated } = await sheetWithRanges();
    sheet.insertRowsAfter(1000, 500);
    expect(model.maxRows).toBe(1500);
    expect(ranges()).toEqual(SET_UP);
    expect([validated(1000), validated(1001), validated(1500)]).toEqual([true, false, false]);
    // A deal typed in a new row is outside every range: no colour, no validation, not summed.
    emu.userEdit('Deals', 'A1200', '-5');
    emu.userEdit('Deals', 'A1201', '500');
    expect(emu.effectiveBackground('Deals', 'A1201')).toBe('#ffffff');
    emu.typeFormula('Deals', 'C1', '=SUM(deals_amount)');
    expect(emu.getValues('Deals', 'C1')).toEqual([[200]]);
  });

  it('a paste past the last row grows the grid and leaves every range as it was', async () => {
    const { emu, model, ranges, validated } = await sheetWithRanges();
    emu.userEdit('Deals', 'A999', [[120], [130], [140], [-1]]);
    expect(model.maxRows).toBe(1002);
    expect(ranges()).toEqual(SET_UP);
    expect([validated(1000), validated(1001), validated(1002)]).toEqual([true, false, false]);
    expect(emu.effectiveBackground('Deals', 'A1000')).toBe(YELLOW);
    expect(emu.effectiveBackground('Deals', 'A1001')).toBe('#ffffff');
    emu.typeFormula('Deals', 'C1', '=SUM(deals_amount)');
    expect(emu.getValues('Deals', 'C1')).toEqual([[50 + 150 + 120 + 130]]);
  });

  it('a test write past the grid (setValues) grows it the same way', async () => {
    const { emu, model, ranges, validated } = await sheetWithRanges();
    emu.setValues('Deals', 'A1001', [[300]]);
    expect(model.maxRows).toBe(1001);
    expect(ranges()).toEqual(SET_UP);
    expect(validated(1001)).toBe(false);
  });
});

describe('rows inserted inside or above a range', () => {
  it('rows inserted inside grow every range, and the new rows carry the validation', async () => {
    const { emu, sheet, ranges, validated } = await sheetWithRanges();
    sheet.insertRowsAfter(500, 10);
    expect(ranges()).toEqual({ named: [2, 1010], rule: [2, 1010], banding: [1, 1010] });
    expect([validated(501), validated(510), validated(1010)]).toEqual([true, true, true]);
    expect(() => emu.userEdit('Deals', 'A505', '-5')).toThrow('violates the data validation');
    emu.userEdit('Deals', 'A505', '500');
    expect(emu.effectiveBackground('Deals', 'A505')).toBe(YELLOW);
  });

  it('rows inserted just after the last row of a range inside the grid do not grow it', async () => {
    const { sheet, ranges, validated } = await sheetWithRanges();
    sheet.insertRowsAfter(1000, 10); // the grid now has 10 rows below the ranges
    sheet.insertRowsAfter(1000, 3);
    sheet.insertRowsBefore(1001, 3);
    expect(ranges()).toEqual(SET_UP);
    expect([validated(1000), validated(1001), validated(1006)]).toEqual([true, false, false]);
  });

  it('rows inserted above a range move it down; the new rows take no validation from the header', async () => {
    const { sheet, ranges, validated } = await sheetWithRanges();
    sheet.insertRowsBefore(2, 5);
    expect(ranges()).toEqual({ named: [7, 1005], rule: [7, 1005], banding: [1, 1005] });
    expect([validated(2), validated(6), validated(7)]).toEqual([false, false, true]);
  });

  it('deleting rows shrinks every range, and deleting all of a banding removes it', async () => {
    const { sheet, model, ranges } = await sheetWithRanges();
    sheet.deleteRows(100, 100);
    expect(ranges()).toEqual({ named: [2, 900], rule: [2, 900], banding: [1, 900] });
    sheet.getRange(1, 3, 2, 1).applyRowBanding();
    sheet.deleteRows(1, 2);
    expect(model.bandings).toHaveLength(1);
  });
});
