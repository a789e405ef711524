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

describe('xlsx export of large sheets', () => {
  it('keeps each cell’s validation, format, fill and weight when rules run down a column in blocks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-xlsx-'));
    const file = join(dir, 'book.xlsx');
    const emu = await Emulator.create({ bundle: false, now: '2026-03-02T09:00:00+09:00' });
    const sheet = emu.spreadsheet.insertSheet('Deals');
    const list = (items: string[]) =>
      makeDataValidationBuilder().requireValueInList(items, true).setAllowInvalid(false).build();
    sheet
      .getRange('A1:B1')
      .setValues([['Stage', 'Close']])
      .setFontWeight('bold');
    sheet.getRange('A2:A40').setDataValidation(list(['Lead', 'Won']));
    sheet.getRange('A41:A50').setDataValidation(list(['Open', 'Closed']));
    sheet.getRange('A52:A53').setDataValidation(list(['Lead', 'Won']));
    sheet.getRange('A2').setValue('Lead');
    sheet
      .getRange('B2:B3')
      .setValues([['2026-03-15'], ['2026-04-01']])
      .setBackground('#fce8e6');
    sheet.getRange('C2').setFormula('=B2+1');
    await emu.exportXlsx(file);

    const ws = (await new ExcelJS.Workbook().xlsx.readFile(file)).getWorksheet('Deals')!;
    const listOf = (a1: string) => ws.getCell(a1).dataValidation?.formulae?.[0];
    for (const a1 of ['A2', 'A3', 'A39', 'A40', 'A52', 'A53'])
      expect(listOf(a1)).toBe('"Lead,Won"');
    for (const a1 of ['A41', 'A50']) expect(listOf(a1)).toBe('"Open,Closed"');
    for (const a1 of ['A1', 'A51', 'A54', 'B2'])
      expect(ws.getCell(a1).dataValidation).toBeUndefined();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(ws.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFFCE8E6' } });
    expect(ws.getCell('A2').fill).toBeUndefined();
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 2, 15)));
    // A formula's date without a number format of its own still opens as a date.
    expect(ws.getCell('C2').value).toMatchObject({ result: new Date(Date.UTC(2026, 2, 16)) });
    expect(ws.getCell('C2').numFmt).toBeTruthy();
    expect(ws.getCell('A2').value).toBe('Lead');
  });
});
