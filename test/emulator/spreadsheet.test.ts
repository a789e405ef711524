// SpreadsheetApp over the in-memory workbook: typing, display values, write parsing, shapes, lookups, strictness.
import { Emulator } from '../../emulator';

async function empty(options: Parameters<typeof Emulator.create>[0] = {}) {
  const emu = await Emulator.create({
    bundle: false,
    now: '2026-03-02T09:00:00+09:00',
    ...options,
  });
  emu.setValues('Deals', 'A1', [['Name', 'Amount']]);
  return { emu, sheet: emu.spreadsheet.getSheetByName('Deals')! };
}

describe('getValues typing and getDisplayValues (behaviour 1)', () => {
  it('returns numbers, booleans, "" for blanks, fractions for percentages and Dates for date cells', async () => {
    const { sheet } = await empty();
    sheet.getRange('A2:D2').setValues([['12%', 'TRUE', '', '2026-03-01']]);
    const [row] = sheet.getRange('A2:E2').getValues();
    expect(row.slice(0, 3)).toEqual([0.12, true, '']);
    expect(row[3]).toBeInstanceOf(Date);
    // Midnight of 1 March in the spreadsheet's zone (Asia/Seoul, UTC+9).
    expect((row[3] as Date).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(row[4]).toBe('');
  });

  it('formats display values by number format in the spreadsheet locale', async () => {
    const { sheet } = await empty();
    const r = sheet.getRange('A2:F2');
    r.setValues([[0.256, 1234567.891, 45000, 5000000, 'text', 45000.5]]);
    r.setNumberFormats([['0%', '#,##0', 'yyyy-mm-dd', '"₩"#,##0', '@', 'yyyy-mm-dd hh:mm']]);
    expect(r.getDisplayValues()).toEqual([
      ['26%', '1,234,568', '2023-03-15', '₩5,000,000', 'text', '2023-03-15 12:00'],
    ]);
    expect(r.getNumberFormats()[0][0]).toBe('0%');
    expect(sheet.getRange('G2').getNumberFormat()).toBe('0.###############');
  });

  it('in ko_KR, typed dates and won amounts display the Korean way and read as Date and number', async () => {
    const { sheet } = await empty({ locale: 'ko_KR' });
    const r = sheet.getRange('A2:C2');
    r.setValues([['2026. 3. 1', '₩1,500,000', '2026-03-01']]);
    expect(r.getDisplayValues()).toEqual([['2026. 3. 1', '₩1,500,000', '2026-03-01']]);
    const [[day, won, iso]] = r.getValues();
    expect((day as Date).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(iso).toEqual(day);
    expect(won).toBe(1500000);
    sheet.getRange('D2').setValue(new Date('2026-03-01T06:05:00Z'));
    sheet.getRange('D2').setNumberFormat('yyyy"년" m"월" d"일" dddd');
    expect(sheet.getRange('D2').getDisplayValue()).toBe('2026년 3월 1일 일요일');
    sheet.getRange('E2').setValue(1234567).setNumberFormat('[$₩-412]#,##0');
    expect(sheet.getRange('E2').getDisplayValue()).toBe('₩1,234,567');
  });

  it('shows the Korean day and AM/PM names in ko_KR and English ones in en_US', async () => {
    for (const [locale, expected] of [
      ['ko_KR', '월요일 오후 3:05'],
      ['en_US', 'Monday PM 3:05'],
    ]) {
      const { sheet } = await empty({ locale });
      const cell = sheet.getRange('A2');
      cell.setValue('2026-03-02 15:05');
      cell.setNumberFormat('dddd am/pm h:mm');
      expect(cell.getDisplayValue()).toBe(expected);
    }
  });
});

describe('time zones (behaviour 2, spreadsheet side)', () => {
  it('stores a written Date as its wall clock in the spreadsheet zone, not the script zone', async () => {
    const { emu, sheet } = await empty({
      timeZone: 'America/New_York',
      scriptTimeZone: 'Asia/Seoul',
      locale: 'en_US',
    });
    const instant = new Date('2026-03-02T01:30:00Z'); // 2 Mar 10:30 in Seoul, 1 Mar 20:30 in New York
    sheet.getRange('A2').setValue(instant);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('3/1/2026 20:30:00');
    expect((sheet.getRange('A2').getValue() as Date).getTime()).toBe(instant.getTime());
    expect(emu.getValues('Deals', 'A2')[0][0]).toEqual(instant);
  });

  it('reads the same serial as a different instant when the spreadsheet zone changes', async () => {
    const { emu, sheet } = await empty({ timeZone: 'Asia/Seoul' });
    sheet.getRange('A2').setValue('2026-03-01');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe(
      '2026-02-28T15:00:00.000Z',
    );
    emu.spreadsheet.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe('write-side parsing (behaviour 3)', () => {
  it('turns =, number-, percent- and date-like strings into formulas and typed values', async () => {
    const { sheet } = await empty();
    sheet.getRange('A2:E2').setValues([['=1+1', '1,500', '-3.5', '7%', '2026. 3. 1']]);
    expect(sheet.getRange('A2:E2').getFormulas()[0][0]).toBe('=1+1');
    const [v] = sheet.getRange('A2:E2').getValues();
    expect(v.slice(0, 4)).toEqual([2, 1500, -3.5, 0.07]);
    expect(v[4]).toBeInstanceOf(Date);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('#,##0');
  });

  it("keeps text in '@' cells and after a leading apostrophe (which is not stored)", async () => {
    const { sheet } = await empty();
    sheet.getRange('A2').setNumberFormat('@');
    sheet.getRange('A2').setValue('=HYPERLINK("http://x","y")');
    sheet.getRange('B2').setValue("'007");
    sheet.getRange('C2').setValue("'=1+1");
    expect(sheet.getRange('A2:C2').getValues()).toEqual([
      ['=HYPERLINK("http://x","y")', '007', '=1+1'],
    ]);
    expect(sheet.getRange('A2:C2').getFormulas()).toEqual([['', '', '']]);
  });

  it('reproduces formula injection: =, + and - formulas become formulas; plain text stays text', async () => {
    const { sheet } = await empty();
    sheet
      .getRange('A2:F2')
      .setValues([
        ['=HYPERLINK("http://evil","Acme")', '+1+2', '-A1', '+SUM(1,2)', '-Acme', '@Acme'],
      ]);
    expect(sheet.getRange('A2:F2').getFormulas()).toEqual([
      ['=HYPERLINK("http://evil","Acme")', '=+1+2', '=-A1', '=+SUM(1,2)', '', ''],
    ]);
    expect(sheet.getRange('B2').getValue()).toBe(3);
    expect(sheet.getRange('E2:F2').getValues()).toEqual([['-Acme', '@Acme']]);
  });

  it('refuses more than 50,000 characters in one cell and writes nothing of the block', async () => {
    const { emu, sheet } = await empty();
    sheet.getRange('A2').setValue('x'.repeat(50_000));
    expect(() => sheet.getRange('A3:B3').setValues([['ok', 'x'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(emu.getValues('Deals', 'A3:B3')).toEqual([['', '']]);
    expect(() => sheet.appendRow(['y'.repeat(50_001)])).toThrow('maximum of 50000 characters');
  });

  it('the test API writes raw values: no number or date conversion', async () => {
    const { emu } = await empty();
    emu.setValues('Deals', 'A2', [['1,500', '2026-03-01', '12%']]);
    expect(emu.getValues('Deals', 'A2:C2')).toEqual([['1,500', '2026-03-01', '12%']]);
  });
});

describe('setValues shape errors (behaviour 4)', () => {
  it('throws the exact Apps Script texts for rows and columns', async () => {
    const { sheet } = await empty();
    expect(() => sheet.getRange('A2:B4').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange('A2:B3').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses a flat row or a single value with the signature error, for every set*s', async () => {
    const { sheet } = await empty();
    // A column of two cells given one flat array: Apps Script does not read it as two rows.
    expect(() => sheet.getRange('A2:A3').setValues([1, 2] as any)).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => sheet.getRange('A2').setValues('x' as any)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => sheet.getRange('A2:A3').setBackgrounds(['#fff', '#000'] as any)).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setBackgrounds.",
    );
    expect(() => sheet.getRange('A2:A3').setFormulas(['=1', '=2'] as any)).toThrow(
      'SpreadsheetApp.Range.setFormulas.',
    );
  });
});

describe('getRange outside the grid', () => {
  it("throws Apps Script's messages instead of growing the sheet", async () => {
    const { sheet } = await empty();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange('A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow(
      'The starting row of the range is too small.',
    );
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

describe('lookups and extents (behaviour 14)', () => {
  it('returns null for missing sheets and named ranges', async () => {
    const { emu } = await empty();
    expect(emu.spreadsheet.getSheetByName('Nope')).toBeNull();
    expect(emu.spreadsheet.getRangeByName('nope')).toBeNull();
    expect(emu.spreadsheet.getOwner()).toBeNull();
  });

  it('getLastRow/getLastColumn follow content; appendRow writes after it; getDataRange spans it', async () => {
    const { emu, sheet } = await empty();
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    sheet.getRange('C5').clearContent();
    sheet.getRange('C5').setBackground('#ff0000'); // formatting is not content
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 2]);
    sheet.appendRow(['Acme', '1000']);
    expect(emu.getValues('Deals')).toEqual([
      ['Name', 'Amount'],
      ['Acme', 1000],
    ]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
  });

  it('named ranges resolve, follow inserted rows, and work in formulas', async () => {
    const { emu, sheet } = await empty();
    sheet.getRange('B2:B3').setValues([[10], [20]]);
    emu.spreadsheet.setNamedRange('amounts', sheet.getRange('B2:B3'));
    sheet.getRange('D1').setFormula('=SUM(amounts)');
    expect(sheet.getRange('D1').getValue()).toBe(30);
    sheet.insertRowsBefore(1, 2);
    expect(emu.spreadsheet.getRangeByName('amounts')!.getA1Notation()).toBe('B4:B5');
    expect(emu.spreadsheet.getNamedRanges().map((n) => n.getName())).toEqual(['amounts']);
    emu.spreadsheet.removeNamedRange('amounts');
    expect(emu.spreadsheet.getRangeByName('amounts')).toBeNull();
  });
});

describe('strict objects (issue item 2)', () => {
  it('throws an error naming an API method the emulator does not implement', async () => {
    const { emu, sheet } = await empty();
    expect(() => (sheet.getRange('A1') as any).getTextRotation()).toThrow(
      'Emulator: Range.getTextRotation is not implemented',
    );
    expect(() => (emu.spreadsheet as any).getDeveloperMetadata()).toThrow(
      'Spreadsheet.getDeveloperMetadata',
    );
    expect(() => (sheet as any).getSlicers()).toThrow('Sheet.getSlicers');
  });
});

describe('sheet structure and properties', () => {
  it('inserts and deletes rows, shifting formulas and inheriting formats', async () => {
    const { sheet } = await empty();
    sheet.getRange('B2:B3').setValues([[1], [2]]);
    sheet.getRange('C3').setFormula('=B2+B3');
    sheet.getRange('B3').setNumberFormat('#,##0');
    sheet.insertRowsAfter(3, 2);
    expect(sheet.getRange('B4').getNumberFormat()).toBe('#,##0');
    sheet.deleteRows(2, 1);
    expect(sheet.getRange('C2').getFormula()).toBe('=#REF!+B2');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it('records frozen rows, hidden sheets, tab colors, notes, backgrounds and protection', async () => {
    const { emu, sheet } = await empty();
    sheet.setFrozenRows(1);
    sheet.setTabColor('#00ff00');
    sheet
      .getRange('A1:B1')
      .setNotes([['n1', 'n2']])
      .setBackground('#eeeeee')
      .setFontWeight('bold');
    const other = emu.spreadsheet.insertSheet('Settings');
    other.hideSheet();
    const p = sheet.getRange('A1:B1').protect().setDescription('headers').setWarningOnly(true);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(other.isSheetHidden()).toBe(true);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['n1', 'n2']]);
    expect(sheet.getRange('B1').getBackground()).toBe('#eeeeee');
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections('RANGE' as any)[0].getDescription()).toBe('headers');
    expect(emu.sheetNames()).toEqual(['시트1', 'Deals', 'Settings']);
    expect(() => emu.spreadsheet.insertSheet('Settings')).toThrow('already exists');
  });
});

describe('Range.clear and its options', () => {
  /** A2:B3 with values, a number format, a note, a background and a list rule. */
  async function dressed() {
    const { emu, sheet } = await empty();
    const rule = emu.global.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Lead', 'Won'], true)
      .build();
    const r = sheet.getRange('A2:B3');
    r.setValues([
      ['Lead', 1],
      ['Won', 2],
    ]);
    r.setNumberFormat('0.0').setNote('check').setBackground('#eeeeee').setDataValidation(rule);
    return { sheet, r };
  }
  const state = (r: GoogleAppsScript.Spreadsheet.Range) => ({
    value: r.getValues()[1][1],
    format: r.getNumberFormats()[1][1],
    note: r.getNotes()[1][1],
    background: r.getBackgrounds()[1][1],
    rule: r.getDataValidations()[1][1] !== null,
  });

  /** B3 as dressed, and with its formats as a new cell has them. */
  const dressedB3 = { value: 2, format: '0.0', note: 'check', background: '#eeeeee', rule: true };
  const noFormats = { format: '0.###############', background: '#ffffff' };

  it('clears values, formats and rules but keeps notes when given no options', async () => {
    const { r } = await dressed();
    r.clear();
    expect(state(r)).toEqual({ ...dressedB3, ...noFormats, value: '', rule: false });
  });

  it('clears only what an option names', async () => {
    const rules = await dressed();
    rules.r.clear({ validationsOnly: true });
    expect(state(rules.r)).toEqual({ ...dressedB3, rule: false });
    const notes = await dressed();
    notes.r.clear({ commentsOnly: true });
    expect(state(notes.r)).toEqual({ ...dressedB3, note: '' });
    const formats = await dressed();
    formats.r.clear({ formatOnly: true });
    expect(state(formats.r)).toEqual({ ...dressedB3, ...noFormats });
  });
});

describe('what a script write turns into (Sheets fidelity 7)', () => {
  // Observed in Sheets (no Google page lists every pattern): text with an English month name is read
  // as a date in any locale, and an accounting negative in parentheses as a negative number.
  it('reads month-name dates and (100) as values, and keeps other text', async () => {
    const { sheet } = await empty();
    sheet
      .getRange('A2:H2')
      .setValues([
        [
          'March 2026',
          'Mar 1, 2026',
          '1 March 2026',
          '(100)',
          '(1,500.5)',
          'May Kim',
          'March',
          '(Acme)',
        ],
      ]);
    const [v] = sheet.getRange('A2:H2').getValues();
    // Midnight of 1 March in the spreadsheet's zone (Asia/Seoul, UTC+9).
    const day = (d: unknown) => (d instanceof Date ? d.toISOString() : d);
    expect(v.map(day)).toEqual([
      '2026-02-28T15:00:00.000Z',
      '2026-02-28T15:00:00.000Z',
      '2026-02-28T15:00:00.000Z',
      -100,
      -1500.5,
      'May Kim',
      'March',
      '(Acme)',
    ]);
  });
});

describe('the add-on text guard against the stricter parsing (Sheets fidelity 7)', () => {
  it('every string the guard passes through a script write reads back unchanged', async () => {
    const { toSheetText } = await import('../../src/core/sheet-text');
    const { sheet } = await empty();
    const texts = [
      'March 2026',
      'Mar 1, 2026',
      '1 March 2026',
      '(100)',
      '2026-03-01',
      '=1+1',
      '-Acme',
      'May Kim',
      'TRUE',
    ];
    sheet.getRange(2, 1, 1, texts.length).setValues([texts.map(toSheetText)]);
    expect(sheet.getRange(2, 1, 1, texts.length).getValues()).toEqual([texts]);
  });
});
