// What tests see of the spreadsheet without going through the script: cells (values, display text,
// formulas, errors, notes, conditional-format results), raw test writes, and what the add-on showed
// (menus, dialogs, alerts, toasts). Nothing here is metered or fires anything.
import { parseA1 } from './spreadsheet/a1';
import { type ConditionalFormat, conditionalFormatAt } from './spreadsheet/conditional-format';
import { HOST_REALM, type UiRecorder } from './spreadsheet/context';
import type { SheetModel, Workbook } from './spreadsheet/workbook';
import { exportXlsx, importXlsx } from './xlsx';

/** The test-side view of one workbook and of the UI shown over it. */
export class WorkbookView {
  constructor(
    readonly workbook: Workbook,
    protected readonly ui: UiRecorder,
  ) {}

  /** What the add-on showed over this workbook (for the services to record into). */
  get recorder(): UiRecorder {
    return this.ui;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }
  /** The model of a sheet (formats, validation, rules, charts, protections) for inspection. */
  sheet(sheetName: string): SheetModel {
    const sheet = this.workbook.sheetByName(sheetName);
    if (!sheet)
      throw new Error(`No sheet named "${sheetName}" (sheets: ${this.sheetNames().join(', ')})`);
    return sheet;
  }
  /** A cell's sheet, row and column (1-based) from an A1 address. */
  protected cellAt(sheetName: string, a1: string) {
    const sheet = this.sheet(sheetName);
    const { row, col } = parseA1(a1, sheet.maxRows, sheet.maxCols);
    return { sheet, row, col };
  }

  /** A person clicks a cell or selects a block: it becomes the active range (and its sheet active). */
  select(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    this.workbook.select(sheet, parseA1(a1, sheet.maxRows, sheet.maxCols));
  }

  /**
   * Writes raw values from `a1TopLeft`, creating the sheet if missing and growing it as needed. Strings are
   * stored as text except those starting with '=', which are formulas; Dates become date-time cells.
   */
  setValues(sheetName: string, a1TopLeft: string, rows: unknown[][]): void {
    const wb = this.workbook;
    const sheet = wb.sheetByName(sheetName) ?? wb.addSheet(sheetName);
    const ref = parseA1(a1TopLeft, 1e7, 18278);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (!rows.length || !width) return;
    wb.ensureSize(sheet, ref.row + rows.length - 1, ref.col + width - 1);
    const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]);
    wb.write(sheet, ref.row, ref.col, padded, false);
  }

  /** Values typed like getValues() (this realm's Dates); a1Range omitted = the sheet's data range. */
  getValues(sheetName: string, a1Range?: string): unknown[][] {
    return this.block(sheetName, a1Range, (s, r, c) =>
      this.workbook.typedValue(s, r, c, HOST_REALM),
    );
  }
  getDisplayValues(sheetName: string, a1Range?: string): string[][] {
    return this.block(sheetName, a1Range, (s, r, c) => this.workbook.displayValue(s, r, c));
  }
  getFormulas(sheetName: string, a1Range?: string): string[][] {
    return this.block(sheetName, a1Range, (s, r, c) => this.workbook.formula(s, r, c));
  }
  /** The message behind a cell showing #ERROR!, #REF!, #NAME?… (Sheets' tooltip), or undefined. */
  cellError(sheetName: string, a1: string): string | undefined {
    const { sheet, row, col } = this.cellAt(sheetName, a1);
    return this.workbook.cellError(sheet, row, col);
  }
  /** The note on a cell ('' when none). */
  note(sheetName: string, a1: string): string {
    const { sheet, row, col } = this.cellAt(sheetName, a1);
    return sheet.cellMeta(row, col)?.note ?? '';
  }
  /**
   * The background a cell shows: the first conditional-format rule that covers the cell and holds there
   * (custom formulas evaluated relative to the rule's first range) and sets a background, else the
   * cell's own background ('#ffffff' when none). Alternating colours (banding) are not included.
   */
  effectiveBackground(sheetName: string, a1: string): string {
    const { sheet, row, col } = this.cellAt(sheetName, a1);
    return (
      conditionalFormatAt(this.workbook, sheet, row, col)?.background ??
      sheet.cellMeta(row, col)?.background ??
      '#ffffff'
    );
  }
  /** The format the first holding conditional-format rule gives a cell, or undefined. */
  conditionalFormat(sheetName: string, a1: string): ConditionalFormat | undefined {
    const { sheet, row, col } = this.cellAt(sheetName, a1);
    return conditionalFormatAt(this.workbook, sheet, row, col);
  }

  private block<T>(
    sheetName: string,
    a1Range: string | undefined,
    read: (sheet: SheetModel, row: number, col: number) => T,
  ): T[][] {
    const sheet = this.sheet(sheetName);
    const wb = this.workbook;
    const g = a1Range
      ? parseA1(a1Range, sheet.maxRows, sheet.maxCols)
      : { row: 1, col: 1, numRows: wb.lastRow(sheet), numCols: wb.lastColumn(sheet) };
    const out: T[][] = [];
    for (let r = 0; r < g.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < g.numCols; c++) row.push(read(sheet, g.row + r, g.col + c));
      out.push(row);
    }
    return out;
  }

  // ---- What the add-on showed -----------------------------------------------------------------

  get toasts() {
    return this.ui.toasts;
  }
  get uiAlerts() {
    return this.ui.uiAlerts;
  }
  get dialogs() {
    return this.ui.dialogs;
  }
  get menus() {
    return this.ui.menus;
  }
  /** Answers for the next alert()/prompt() calls: { button: 'YES' } or { text: 'typed', button: 'OK' }. */
  get uiResponses() {
    return this.ui.uiResponses;
  }

  // ---- Workbook files -------------------------------------------------------------------------

  /** Replaces the workbook's sheets with the file's (values, formulas, dates, formats, validation lists). */
  async importXlsx(path: string): Promise<void> {
    await importXlsx(this.workbook, path);
  }
  /** Writes the workbook as .xlsx: formulas with their computed values, formats, frozen rows, validation. */
  async exportXlsx(path: string): Promise<void> {
    await exportXlsx(this.workbook, path);
  }
}
