// Formula cells through HyperFormula, and the bundle's custom functions in their read-only sandbox.
import { Emulator } from '../../emulator';
import { fixtureBundle } from './fixture-bundle';

const bundle = fixtureBundle();
const create = () => Emulator.create({ bundle, now: '2026-03-02T09:00:00+09:00' });

describe('formula cells (behaviour 8)', () => {
  it('evaluates built-in formulas and recalculates when inputs change', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], [2], ['=SUM(A1:A2)']]);
    expect(emu.getValues('Data', 'A3')).toEqual([[3]]);
    emu.userEdit('Data', 'A1', '10');
    expect(emu.getValues('Data', 'A3')).toEqual([[12]]);
  });

  it('reads bare TRUE and FALSE as booleans, as Sheets does', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [
      [1, 'one'],
      ['=VLOOKUP(1,A1:B1,2,FALSE)', '=IF(TRUE,"yes","no")'],
      ['=AND(TRUE,NOT(FALSE))', '=false'],
    ]);
    expect(emu.getValues('Data', 'A2:B3')).toEqual([
      ['one', 'yes'],
      [true, false],
    ]);
    const cell = emu.spreadsheet.getSheetByName('Data')!.getRange('A1');
    expect(() => emu.spreadsheet.setNamedRange('TRUE', cell)).toThrow('is invalid');
  });

  it('TODAY() and NOW() read the emulator clock as a wall clock in the spreadsheet zone', async () => {
    // 23:30 in Seoul is still 2 March there, and 14:30 UTC.
    const emu = await Emulator.create({
      bundle: false,
      now: '2026-03-02T23:30:00+09:00',
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
    });
    emu.setValues('Data', 'A1', [['=TODAY()', '=NOW()', '=TODAY()+1']]);
    expect(emu.getDisplayValues('Data', 'A1:C1')).toEqual([
      ['3/2/2026', '3/2/2026 23:30:00', '3/3/2026'],
    ]);
    expect(emu.getValues('Data', 'B1')).toEqual([[new Date('2026-03-02T14:30:00Z')]]);
    emu.advanceClock(60 * 60_000);
    emu.recalc();
    expect(emu.getDisplayValues('Data', 'A1')).toEqual([['3/3/2026']]);
  });

  it('registers custom functions case-insensitively and spills a returned 2D array', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[3]]);
    emu.typeFormula('Data', 'C1', '=squares(A1)');
    expect(emu.getValues('Data', 'C1:D3')).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
    ]);
    expect(emu.getFormulas('Data', 'C1:D2')).toEqual([
      ['=SQUARES(A1)', ''],
      ['', ''],
    ]);
    // Changing the argument re-runs the function; a smaller result clears the old spill.
    emu.userEdit('Data', 'A1', '1');
    expect(emu.getValues('Data', 'C1:D3')).toEqual([
      [1, 1],
      ['', ''],
      ['', ''],
    ]);
  });

  it('shows #REF! when a spill would overwrite data', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[2]]);
    emu.setValues('Data', 'D2', [['taken']]);
    emu.typeFormula('Data', 'C1', '=SQUARES(A1)');
    expect(emu.getValues('Data', 'C1')).toEqual([['#REF!']]);
    expect(emu.cellError('Data', 'C1')).toMatch(/would overwrite data in .*D2/);
  });
});

describe('custom-function arguments and sandbox (behaviour 7)', () => {
  it('passes a cell as its value and a range as rows built in the bundle realm, dates as Dates', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[5], [''], [new Date('2026-03-01T00:00:00+09:00')]]);
    emu.userEdit('Data', 'A4', '25%');
    emu.typeFormula('Data', 'C1', '=DESCRIBE(A1:A4)');
    emu.typeFormula('Data', 'C2', '=DESCRIBE(A3)');
    emu.typeFormula('Data', 'C3', '=DESCRIBE(A2)');
    expect(emu.getValues('Data', 'C1:C3')).toEqual([
      ['array number:5;string:;date:2026-02-28T15:00:00.000Z;number:0.25'],
      ['date:2026-02-28T15:00:00.000Z'],
      ['string:'],
    ]);
  });

  it('passes an inline array literal as rows of values, like a range', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [['']]);
    emu.typeFormula('Data', 'C1', '=DESCRIBE({100;200})');
    emu.typeFormula('Data', 'C2', '=DESCRIBE({0.25,0.5,0.75})');
    emu.typeFormula('Data', 'C3', '=DESCRIBE({1,"a";"",DATE(2026,3,1)})');
    expect(emu.getValues('Data', 'C1:C3')).toEqual([
      ['array number:100;number:200'],
      ['array number:0.25,number:0.5,number:0.75'],
      ['array number:1,string:a;string:,date:2026-02-28T15:00:00.000Z'],
    ]);
    expect(emu.cellError('Data', 'C1')).toBeUndefined();
  });

  it('shows a thrown error as #ERROR! with its message', async () => {
    const emu = await create();
    emu.setValues('Data', 'B1', [['x']]);
    emu.typeFormula('Data', 'A1', '=WRITEBACK()');
    expect(emu.getDisplayValues('Data', 'A1')).toEqual([['#ERROR!']]);
    expect(emu.cellError('Data', 'A1')).toBe('You do not have permission to call Range.setValue');
    expect(emu.getValues('Data', 'Z1')).toEqual([['']]);
  });

  it('refuses MailApp inside a custom function', async () => {
    const emu = await create();
    emu.setValues('Data', 'B1', [['x']]);
    emu.typeFormula('Data', 'A1', '=MAILER()');
    expect(emu.cellError('Data', 'A1')).toBe(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(emu.outbox).toHaveLength(0);
  });

  it('refuses trigger changes and dialogs, and hides the active user', async () => {
    const emu = await create();
    emu.setValues('Data', 'B1', [['x']]);
    emu.typeFormula('Data', 'A1', '=TRIGGERER()');
    emu.typeFormula('Data', 'A2', '=ALERTER()');
    emu.typeFormula('Data', 'A3', '=WHOAMI()');
    expect(emu.cellError('Data', 'A1')).toMatch(/^You do not have permission to call ScriptApp\./);
    expect(emu.triggers.list()).toHaveLength(0);
    expect(emu.cellError('Data', 'A2')).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(emu.uiAlerts).toHaveLength(0);
    expect(emu.getValues('Data', 'A3')).toEqual([['user:']]);
  });

  it('counts custom-function runs and their reads apart from the caller', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], [2], [3]]);
    emu.calls.reset();
    emu.typeFormula('Data', 'C1', '=SLOWSUM(3)');
    expect(emu.getValues('Data', 'C1')).toEqual([[6]]);
    expect(emu.customFunctionRuns.get('SLOWSUM')).toBe(1);
    expect(emu.customFunctionCalls.counts.read).toBe(3);
    expect(emu.calls.counts.read).toBe(0);
  });
});

describe('a result that runs past the sheet (Sheets fidelity 1)', () => {
  // Sheets does not add rows or columns for a custom function's result: the cell shows #REF! with
  // "Result was not expanded automatically, please insert more rows (N)." (field report quoting the
  // message: github.com/globaldothealth/monkeypox/issues/175). The column wording follows the same form.
  it('shows #REF! past the last row, writes nothing past the grid, and spills once rows are added', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[5]]);
    const sheet = emu.spreadsheet.getSheetByName('Data')!;
    expect(sheet.getMaxRows()).toBe(1000);
    emu.typeFormula('Data', 'C997', '=SQUARES(A1)');
    expect(emu.getValues('Data', 'C997')).toEqual([['#REF!']]);
    expect(emu.cellError('Data', 'C997')).toBe(
      'Result was not expanded automatically, please insert more rows (1).',
    );
    expect(sheet.getLastRow()).toBe(997);
    expect(sheet.getDataRange().getNumRows()).toBe(997);
    sheet.insertRowsAfter(1000, 1);
    expect(emu.getValues('Data', 'C1001:D1001')).toEqual([[5, 25]]);
  });

  it('shows #REF! past the last column', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1]]);
    emu.typeFormula('Data', 'Z1', '=SQUARES(A1)');
    expect(emu.cellError('Data', 'Z1')).toBe(
      'Result was not expanded automatically, please insert more columns (1).',
    );
  });
});

describe('one-cell ranges arrive as their value (Sheets fidelity 3)', () => {
  // Apps Script guide "Custom Functions in Google Sheets", Data types: a date cell arrives as a
  // JavaScript Date; a range as a two-dimensional array. A one-cell range (A1:A1, a one-cell named
  // range) is one value in Sheets, so it is typed like a bare A1.
  it('passes A1, A1:A1 and a one-cell named range alike, a date cell as a Date', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[new Date('2026-03-01T00:00:00+09:00')], [0.25]]);
    emu.spreadsheet.getSheetByName('Data')!.getRange('A2').setNumberFormat('0%');
    const data = emu.workbook.sheetByName('Data')!;
    emu.workbook.setName('when', data, { row: 1, col: 1, numRows: 1, numCols: 1 });
    emu.workbook.setName('share', data, { row: 2, col: 1, numRows: 1, numCols: 1 });
    emu.setValues('Data', 'C1', [
      ['=DESCRIBE(A1)'],
      ['=DESCRIBE(A1:A1)'],
      ['=DESCRIBE(when)'],
      ['=DESCRIBE(share)'],
      ['=DESCRIBE(A1:A2)'],
    ]);
    expect(emu.getValues('Data', 'C1:C5').map((r) => r[0])).toEqual([
      'date:2026-02-28T15:00:00.000Z',
      'date:2026-02-28T15:00:00.000Z',
      'date:2026-02-28T15:00:00.000Z',
      'number:0.25',
      'array date:2026-02-28T15:00:00.000Z;number:0.25',
    ]);
  });
});

describe('dates computed by formulas (Sheets fidelity 8)', () => {
  // Sheets gives a formula's result the format of what it computes from ("Format numbers in a
  // spreadsheet": automatic formatting), so =A1+1 and =MAX(dates) show and read back as dates, while
  // the difference of two dates is a number. A custom function's returned Date shows as a date (F10).
  it('reads =A1+1, =MAX(…), =MINIFS(…) over dates as Dates and =A2-A1 as a number', async () => {
    const emu = await Emulator.create({ bundle: false, now: '2026-03-02T09:00:00+09:00' });
    emu.setValues('Data', 'A1', [
      [new Date('2026-03-01T00:00:00+09:00')],
      [new Date('2026-03-05T00:00:00+09:00')],
    ]);
    emu.setValues('Data', 'B1', [
      ['=A1+1'],
      ['=MAX(A1:A2)'],
      ['=MINIFS(A1:A2, A1:A2, ">0")'],
      ['=A2-A1'],
      ['=MAX(1, 2)'],
    ]);
    expect(emu.getValues('Data', 'B1:B5').map((r) => r[0])).toEqual([
      new Date('2026-03-02T00:00:00+09:00'),
      new Date('2026-03-05T00:00:00+09:00'),
      new Date('2026-03-01T00:00:00+09:00'),
      4,
      2,
    ]);
  });

  it('shows a Date a custom function returns as a date', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[new Date('2026-03-01T00:00:00+09:00')]]);
    emu.typeFormula('Data', 'E1', '=LATER(A1)');
    expect(emu.getValues('Data', 'E1')).toEqual([[new Date('2026-03-02T00:00:00+09:00')]]);
  });
});

describe('volatile arguments are refused (Sheets fidelity 4)', () => {
  // Apps Script guide "Custom Functions in Google Sheets", Arguments: "Custom function arguments must
  // be deterministic": NOW(), RAND() and the like are not allowed as arguments. The cell shows an
  // error instead of running the function.
  it('refuses NOW() in an argument and a cell that holds =NOW(), directly or through another cell', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [['=NOW()'], ['=A1+0'], [5]]);
    const runs = () => emu.customFunctionRuns.get('DESCRIBE') ?? 0;
    emu.setValues('Data', 'C1', [
      ['=DESCRIBE(NOW())'],
      ['=DESCRIBE(A1)'],
      ['=DESCRIBE(A2)'],
      ['=DESCRIBE(RAND()*0+A3)'],
    ]);
    for (const a1 of ['C1', 'C2', 'C3', 'C4']) {
      expect(emu.getValues('Data', a1)).toEqual([['#ERROR!']]);
      expect(emu.cellError('Data', a1)).toBe(
        'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().',
      );
    }
    expect(runs()).toBe(0);
    emu.typeFormula('Data', 'C5', '=DESCRIBE(A3)');
    expect(emu.getValues('Data', 'C5')).toEqual([['number:5']]);
  });
  it('refuses a range argument once a cell in it reads NOW(), after it was accepted', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1], [2], ['=DESCRIBE(A1:A2)'], ['=DESCRIBE(A1:A2)']]);
    expect(emu.cellError('Data', 'A3')).toBeUndefined();
    emu.userEdit('Data', 'A2', '=NOW()');
    for (const a1 of ['A3', 'A4']) {
      expect(emu.cellError('Data', a1)).toBe(
        'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().',
      );
    }
  });
});
