// Script writes are evaluated once, at the next read or at the end of the execution, never read stale.
import { Emulator } from '../../emulator';
import { fixtureBundle } from './fixture-bundle';

const bundle = fixtureBundle();
const create = () => Emulator.create({ bundle, now: '2026-03-02T09:00:00+09:00' });

describe('recalculation of script writes', () => {
  it('a formula read right after a write sees the new value, every time', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], [2], ['=SUM(A1:A2)']]);
    const seen = emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      const out: unknown[] = [];
      for (const v of [10, 20, 30]) {
        sheet.getRange('A1').setValue(v);
        out.push(sheet.getRange('A3').getValue());
      }
      return out;
    });
    expect(seen).toEqual([12, 22, 32]);
  });

  it('N writes then one read cost one recalculation and one run of a custom function', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], ['=SQUARES(A1)']]);
    const engine = emu.workbook.engine;
    const before = engine.recalculations;
    const runsBefore = emu.customFunctionRuns.get('SQUARES') ?? 0;
    const last = emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      for (let n = 2; n <= 6; n++) sheet.getRange('A1').setValue(n);
      return sheet.getRange('A2:B7').getValues();
    });
    expect(engine.recalculations - before).toBe(1);
    expect((emu.customFunctionRuns.get('SQUARES') ?? 0) - runsBefore).toBe(1);
    // The spill of the last value (6 rows), as if each write had been evaluated.
    expect(last.map((r) => r[1])).toEqual([1, 4, 9, 16, 25, 36]);
  });

  it('a spill grown by a write counts for getLastRow read right after it', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[2], ['=SQUARES(A1)']]);
    const lastRow = emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      sheet.getRange('A1').setValue(5);
      return sheet.getLastRow();
    });
    expect(lastRow).toBe(6);
  });

  it('rows inserted twice then one read cost one recalculation, the spill where the formula moved', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[3], ['=SQUARES(A1)']]);
    const engine = emu.workbook.engine;
    const before = engine.recalculations;
    const squares = emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      sheet.insertRowsBefore(1, 1);
      sheet.insertRowsBefore(1, 1);
      return sheet.getRange('A4:B6').getValues();
    });
    expect(engine.recalculations - before).toBe(1);
    expect(squares).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
    ]);
  });

  it('writes nobody read are evaluated when the execution ends', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], ['=SQUARES(A1)']]);
    const runsBefore = emu.customFunctionRuns.get('SQUARES') ?? 0;
    emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      sheet.getRange('A1').setValue(3);
      sheet.getRange('C1').setValue('done');
    });
    expect((emu.customFunctionRuns.get('SQUARES') ?? 0) - runsBefore).toBe(1);
    expect(emu.getValues('Data', 'B2:B4')).toEqual([[1], [4], [9]]);
  });

  it('TODAY() is as of the write, not of a later read in the same execution', async () => {
    const emu = await Emulator.create({ bundle, now: '2026-03-02T23:58:00+09:00' });
    emu.setValues('Data', 'A1', [['=TODAY()']]);
    const day = emu.execute('menu', () => {
      const sheet = emu.spreadsheet.getSheetByName('Data')!;
      sheet.getRange('B1').setValue(1);
      emu.clock.set(new Date('2026-03-03T00:01:00+09:00').getTime());
      return sheet.getRange('A1').getDisplayValue();
    });
    expect(day).toBe('2026. 3. 2');
  });
});
