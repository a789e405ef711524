// Workbook import and export through exceljs: values, formulas with computed values, dates, formats, validation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Emulator } from '../../emulator';
import { makeDataValidationBuilder } from '../../emulator/spreadsheet/builders';

describe('xlsx round trip (issue item 6)', () => {
  it('exports formulas with computed values and imports values, dates, formats and validation lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-xlsx-'));
    const file = join(dir, 'book.xlsx');
    const emu = await Emulator.create({ bundle: false, now: '2026-03-02T09:00:00+09:00' });
    const ss = emu.spreadsheet;
    const sheet = ss.insertSheet('Deals');
    sheet.getRange('A1:D3').setValues([
      ['Name', 'Amount', 'Close', 'Stage'],
      ['Acme', '1,000', '2026-03-15', 'Lead'],
      ['Beta', 2500, '2026-04-01', 'Won'],
    ]);
    sheet.getRange('E1').setFormula('=SUM(B2:B3)');
    sheet.setFrozenRows(1);
    sheet
      .getRange('D2:D3')
      .setDataValidation(
        makeDataValidationBuilder()
          .requireValueInList(['Lead', 'Won', 'Lost'], true)
          .setAllowInvalid(false)
          .build(),
      );
    await emu.exportXlsx(file);

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    const ws = raw.getWorksheet('Deals')!;
    expect(ws.getCell('E1').value).toEqual({ formula: 'SUM(B2:B3)', result: 3500 });
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Lead,Won,Lost"'],
      showErrorMessage: true,
    });

    const back = await Emulator.create({ bundle: false, xlsx: file });
    expect(back.sheetNames()).toEqual(['시트1', 'Deals']);
    expect(back.getValues('Deals', 'A2:B3')).toEqual([
      ['Acme', 1000],
      ['Beta', 2500],
    ]);
    expect(back.getDisplayValues('Deals', 'C2:C3')).toEqual([['2026-03-15'], ['2026-04-01']]);
    expect(back.getValues('Deals', 'C2')[0][0]).toBeInstanceOf(Date);
    expect(back.getFormulas('Deals', 'E1')).toEqual([['=SUM(B2:B3)']]);
    expect(back.getValues('Deals', 'E1')).toEqual([[3500]]);
    expect(back.sheet('Deals').frozenRows).toBe(1);
    const dv = back.spreadsheet.getSheetByName('Deals')!.getRange('D3').getDataValidation()!;
    expect(dv.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(dv.getCriteriaValues()[0]).toEqual(['Lead', 'Won', 'Lost']);
    expect(dv.getAllowInvalid()).toBe(false);
  });
});
