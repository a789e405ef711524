// A tiny in-memory stand-in for SpreadsheetApp sheets, for adapter unit tests that count calls.

/** Cells as Sheets stores them after a write: an apostrophe prefix keeps the rest as text. */
function stored(v: unknown): unknown {
  return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}

export class FakeSheet {
  calls: string[] = [];
  formulas = new Map<string, string>();
  constructor(
    public name: string,
    public cells: unknown[][] = [],
    public maxRows = 1000,
  ) {}
  private width(): number {
    return Math.max(1, ...this.cells.map((r) => r.length));
  }
  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    this.calls.push('getLastRow');
    return this.cells.length;
  }
  getMaxRows(): number {
    this.calls.push('getMaxRows');
    return this.maxRows;
  }
  insertRowsAfter(_after: number, n: number): void {
    this.calls.push('insertRowsAfter');
    this.maxRows += n;
  }
  getDataRange() {
    return this.getRange(1, 1, Math.max(1, this.cells.length), this.width());
  }
  getRange(row: number, col: number, h = 1, w = 1) {
    const sheet = this;
    return {
      getValues(): unknown[][] {
        sheet.calls.push('getValues');
        return Array.from({ length: h }, (_, i) =>
          Array.from({ length: w }, (_, j) => sheet.cells[row - 1 + i]?.[col - 1 + j] ?? ''),
        );
      },
      getFormulas(): string[][] {
        sheet.calls.push('getFormulas');
        return Array.from({ length: h }, (_, i) =>
          Array.from({ length: w }, (_, j) => sheet.formulas.get(`${row + i}:${col + j}`) ?? ''),
        );
      },
      setValues(values: unknown[][]): void {
        sheet.calls.push('setValues');
        if (values.length !== h || values.some((r) => r.length !== w))
          throw new Error('shape mismatch');
        if (row + h - 1 > sheet.maxRows) throw new Error('outside the grid');
        for (let i = 0; i < h; i++) {
          while (sheet.cells.length < row + i) sheet.cells.push([]);
          for (let j = 0; j < w; j++) {
            const v = values[i][j];
            const key = `${row + i}:${col + j}`;
            // A formula keeps the value it computes (tests seed it); other writes store the value.
            if (typeof v === 'string' && v.startsWith('=')) sheet.formulas.set(key, v);
            else {
              sheet.formulas.delete(key);
              sheet.cells[row - 1 + i][col - 1 + j] = stored(v);
            }
          }
        }
      },
      setValue(v: unknown): void {
        this.setValues([[v]]);
      },
    };
  }
}

export class FakeSpreadsheet {
  constructor(
    public sheets: FakeSheet[],
    public locale = 'ko_KR',
    public timeZone = 'Asia/Seoul',
  ) {}
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
}

/** The fake typed as the Apps Script interface the adapters take. */
export function asSpreadsheet(ss: FakeSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}
