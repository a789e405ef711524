// The in-memory workbook: sheets, per-cell properties, named ranges; cell contents live in the formula engine.
import {
  type CustomFunctionHost,
  type EngineAddress,
  FormulaEngine,
  type RawContent,
} from '../formula-engine';
import { absoluteRef, type GridRange, parseA1, splitSheet } from './a1';
import { CellMetaMap } from './cell-meta-map';
import { withProp } from './cell-props';
import type { Realm } from './context';
import {
  DEFAULT_NUMBER_FORMAT,
  defaultDateFormat,
  defaultDateTimeFormat,
  formatKind,
  formatValue,
} from './number-format';
import { dateToSerial, isDate, serialToMs } from './serial';
import { shiftCellMeta, shiftGrid } from './shift';
import { TextPool } from './text-pool';
import { parseTyped } from './typing';

/** Sheets refuses a cell value longer than this. */
export const MAX_CELL_CHARS = 50_000;

/** Data validation as stored on a cell. */
export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Formatting and other per-cell properties (contents are in the engine). */
export interface CellMeta {
  format?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  validation?: ValidationSpec;
  link?: string;
}

export interface ConditionalRuleSpec {
  ranges: { sheetId: number; grid: GridRange }[];
  criteria: string;
  values: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface ChartSpec {
  chartId: number;
  type: string;
  ranges: GridRange[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface ProtectionSpec {
  kind: 'SHEET' | 'RANGE';
  grid?: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: GridRange[];
  removed: boolean;
}

export interface BandingSpec {
  grid: GridRange;
  theme: string;
  header: boolean;
  footer: boolean;
}

/** One sheet: its grid size and properties; `engineId` addresses its contents in the engine. */
export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenCols = 0;
  readonly meta = new CellMetaMap();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  conditionalRules: ConditionalRuleSpec[] = [];
  bandings: BandingSpec[] = [];
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  merges: GridRange[] = [];

  constructor(
    readonly sheetId: number,
    readonly engineId: number,
    public name: string,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cellMeta(row: number, col: number): CellMeta | undefined {
    return this.meta.get(row, col);
  }
  /** Sets one property of a cell (undefined removes it). Cells with equal properties share them. */
  setProp<K extends keyof CellMeta>(
    row: number,
    col: number,
    key: K,
    value: CellMeta[K] | undefined,
  ): void {
    const old = this.meta.get(row, col);
    const next = withProp(old, key, value);
    if (next !== old) this.putMeta(row, col, next);
  }

  /** Replaces a cell's properties (undefined: none). */
  putMeta(row: number, col: number, meta: CellMeta | undefined): void {
    if (meta) this.meta.set(row, col, meta);
    else this.meta.delete(row, col);
  }

  /**
   * Moves conditional-format rule ranges and bandings after inserting (count > 0) or deleting
   * (count < 0) rows or columns at `at`, as Sheets moves any range: see `shiftGrid`. A rule left
   * without ranges goes, and so does an emptied banding. Rule formulas are not rewritten.
   */
  shiftRules(axis: 'row' | 'col', at: number, count: number): void {
    this.conditionalRules = this.conditionalRules
      .map((rule) => ({
        ...rule,
        ranges: rule.ranges
          .map((r) =>
            r.sheetId === this.sheetId ? { ...r, grid: shiftGrid(r.grid, axis, at, count) } : r,
          )
          .filter((r): r is { sheetId: number; grid: GridRange } => r.grid !== undefined),
      }))
      .filter((rule) => rule.ranges.length > 0);
    const kept: BandingSpec[] = [];
    for (const banding of this.bandings) {
      const grid = shiftGrid(banding.grid, axis, at, count);
      if (!grid) continue;
      // The Banding objects scripts hold point at this spec: move it in place.
      banding.grid = grid;
      kept.push(banding);
    }
    this.bandings = kept;
  }

  /** Moves per-cell properties after inserting (count > 0) or deleting (count < 0) rows/columns at `at`. */
  shiftMeta(axis: 'row' | 'col', at: number, count: number, inheritFrom?: number): void {
    shiftCellMeta(this.meta, axis, at, count, inheritFrom);
  }
}

export interface WorkbookOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner?: string;
  customFunctions?: string[];
  host?: CustomFunctionHost;
  /** The clock TODAY() and NOW() read (ms since the epoch); default: the engine's machine clock. */
  now?: () => number;
  /** True while writes may be evaluated at the next read instead of at once (inside an execution). */
  deferRecalc?: () => boolean;
}

/** A workbook: the model behind SpreadsheetApp, the xlsx import/export and the emulator's test API. */
export class Workbook {
  /** Whether a text is a formula the engine can read (typed text starting with '='). */
  private readonly isFormula = (f: string): boolean => this.engine.isValidFormula(f);
  /** Text as the engine stores it ('…), one string per repeated text. */
  private readonly quoted = new TextPool((text) => `'${text}`);

  readonly engine: FormulaEngine;
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Set<string>();
  activeSheetId: number | undefined;
  /** The selected range of each sheet (by sheet id); A1 until something is selected. */
  readonly selections = new Map<number, GridRange>();
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner?: string;
  editors: string[] = [];
  private nextSheetId = 0;
  private nextChartId = 1;

  constructor(opts: WorkbookOptions) {
    this.id = opts.id;
    this.name = opts.name;
    this.timeZone = opts.timeZone;
    this.locale = opts.locale;
    this.owner = opts.owner;
    const now = opts.now;
    this.engine = new FormulaEngine(
      opts.customFunctions ?? [],
      opts.host,
      now ? () => dateToSerial(new Date(now()), this.timeZone) : undefined,
      (engineId) => {
        const sheet = this.sheetByEngineId(engineId);
        return sheet && { rows: sheet.maxRows, cols: sheet.maxCols };
      },
      opts.deferRecalc,
    );
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }
  sheetByEngineId(engineId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.engineId === engineId);
  }
  activeSheet(): SheetModel {
    if (!this.sheets.length) this.addSheet('Sheet1');
    return this.sheetById(this.activeSheetId ?? -1) ?? this.sheets[0];
  }

  /** The active sheet's selected range (A1 when nothing was selected there). */
  activeRange(): { sheet: SheetModel; grid: GridRange } {
    const sheet = this.activeSheet();
    return {
      sheet,
      grid: this.selections.get(sheet.sheetId) ?? { row: 1, col: 1, numRows: 1, numCols: 1 },
    };
  }

  /** Makes `grid` of `sheet` the selection and the sheet the active one (Range.activate, a click). */
  select(sheet: SheetModel, grid: GridRange): void {
    this.activeSheetId = sheet.sheetId;
    this.selections.set(sheet.sheetId, { ...grid });
  }

  /** Adds a sheet (at `index`, default last). Sheet names are unique like in Sheets. */
  addSheet(name: string, index = this.sheets.length, rows = 1000, cols = 26): SheetModel {
    if (this.sheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const engineId = this.engine.addSheet(name);
    // Sheets gives the first sheet gid 0 and later ones large numbers; any stable unique id does.
    const sheetId = this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new SheetModel(sheetId, engineId, name, rows, cols);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (this.activeSheetId === undefined) this.activeSheetId = sheet.sheetId;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.engine.removeSheet(sheet.engineId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const name of [...this.namedRanges]) if (!this.namedRange(name)) this.removeName(name);
    if (this.activeSheetId === sheet.sheetId) this.activeSheetId = this.sheets[0].sheetId;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    if (this.sheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.engine.renameSheet(sheet.engineId, name);
    sheet.name = name;
  }

  private addr(sheet: SheetModel, row: number, col: number): EngineAddress {
    return { sheet: sheet.engineId, row: row - 1, col: col - 1 };
  }

  /** Grows the sheet so the block fits (imports and test writes; scripts get an error instead). */
  ensureSize(sheet: SheetModel, lastRow: number, lastCol: number): void {
    sheet.maxRows = Math.max(sheet.maxRows, lastRow);
    sheet.maxCols = Math.max(sheet.maxCols, lastCol);
  }

  /**
   * Writes values into a block. `parse: true` treats strings as typed (formulas, numbers, dates);
   * `parse: false` stores strings as text. Dates become serials in the spreadsheet's time zone and get a
   * date-time format when the cell has none.
   */
  write(sheet: SheetModel, row: number, col: number, rows: unknown[][], parse: boolean): void {
    const contents: RawContent[][] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const out: RawContent[] = new Array(r.length);
      for (let j = 0; j < r.length; j++)
        out[j] = this.toContent(sheet, row + i, col + j, r[j], parse);
      contents[i] = out;
    }
    this.engine.setContents(this.addr(sheet, row, col), contents);
  }

  private toContent(
    sheet: SheetModel,
    row: number,
    col: number,
    v: unknown,
    parse: boolean,
  ): RawContent {
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'number')
      return Number.isFinite(v) ? this.typedNumber(sheet, row, col, v) : null;
    if (typeof v === 'boolean') return v;
    if (isDate(v)) {
      const ms = v.getTime();
      if (Number.isNaN(ms)) return null;
      const kind = formatKind(sheet.cellMeta(row, col)?.format);
      if (kind !== 'date' && kind !== 'datetime' && kind !== 'time')
        sheet.setProp(row, col, 'format', defaultDateTimeFormat(this.locale));
      return this.typedNumber(sheet, row, col, dateToSerial(v, this.timeZone));
    }
    const text = typeof v === 'string' ? v : String(v);
    if (text.length > MAX_CELL_CHARS)
      throw new Error(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    if (!parse) return text.startsWith('=') && text.length > 1 ? text : this.quoted.get(text);
    const meta = sheet.cellMeta(row, col);
    const typed = parseTyped(text, {
      locale: this.locale,
      cellFormat: meta?.format,
      isFormula: this.isFormula,
    });
    if (typed.kind === 'formula') return typed.formula;
    if (typeof typed.value === 'string') return this.quoted.get(typed.value);
    if (typed.format && formatKind(meta?.format) === 'general')
      sheet.setProp(row, col, 'format', typed.format);
    return typeof typed.value === 'number'
      ? this.typedNumber(sheet, row, col, typed.value)
      : typed.value;
  }

  /** A number in a date or date-time cell is stored as a date, so formulas over it stay dates. */
  private typedNumber(sheet: SheetModel, row: number, col: number, v: number): RawContent {
    const kind = formatKind(sheet.cellMeta(row, col)?.format);
    return kind === 'date' || kind === 'datetime' ? { dateSerial: v } : v;
  }

  /** Writes raw engine contents (formulas as '=..' text) without typing: imports and setFormula. */
  writeContents(sheet: SheetModel, row: number, col: number, rows: RawContent[][]): void {
    const typed = rows.map((r, i) =>
      Array.from(r, (v, j) =>
        typeof v === 'number' ? this.typedNumber(sheet, row + i, col + j, v) : v,
      ),
    );
    this.engine.setContents(this.addr(sheet, row, col), typed);
  }

  /** The number format that decides typing and display: the cell's, else what its formula returns. */
  effectiveFormat(sheet: SheetModel, row: number, col: number): string | undefined {
    const own = sheet.cellMeta(row, col)?.format;
    if (own && formatKind(own) !== 'general') return own;
    const hint = this.engine.formula(this.addr(sheet, row, col))
      ? this.engine.hint(this.addr(sheet, row, col))
      : undefined;
    if (hint === 'date') return defaultDateFormat(this.locale);
    if (hint === 'datetime') return defaultDateTimeFormat(this.locale);
    if (hint === 'time') return 'h:mm:ss';
    if (hint === 'percent') return '0%';
    return own;
  }

  /** A value as getValues returns it: Date for date-formatted numbers, "" for blank, error codes as text. */
  typedValue(sheet: SheetModel, row: number, col: number, realm: Realm): unknown {
    const v = this.engine.value(this.addr(sheet, row, col));
    // Only a number's type depends on the format (a date cell reads as a Date).
    if (typeof v !== 'number') return this.typeEngineValue(v, undefined, realm);
    return this.typeEngineValue(v, this.effectiveFormat(sheet, row, col), realm);
  }

  /** Types an engine value with a number format (shared with custom-function arguments). */
  typeEngineValue(v: unknown, format: string | undefined, realm: Realm): unknown {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return (v as { error: string }).error;
    if (typeof v === 'number') {
      const kind = formatKind(format);
      if (kind === 'date' || kind === 'datetime' || kind === 'time')
        return realm.date(serialToMs(v, this.timeZone));
    }
    return v;
  }

  /** The text getDisplayValue shows. */
  displayValue(sheet: SheetModel, row: number, col: number): string {
    const v = this.engine.value(this.addr(sheet, row, col));
    if (v !== null && typeof v === 'object') return v.error;
    return formatValue(v, this.effectiveFormat(sheet, row, col), this.locale);
  }

  /** The formula text ('' when the cell holds a value), as getFormula returns it. */
  formula(sheet: SheetModel, row: number, col: number): string {
    return this.engine.formula(this.addr(sheet, row, col)) ?? '';
  }

  /** The error message of a cell showing #ERROR!/#REF!/…, or undefined. */
  cellError(sheet: SheetModel, row: number, col: number): string | undefined {
    const v = this.engine.value(this.addr(sheet, row, col));
    return v !== null && typeof v === 'object' ? v.message : undefined;
  }

  numberFormat(sheet: SheetModel, row: number, col: number): string {
    return sheet.cellMeta(row, col)?.format ?? DEFAULT_NUMBER_FORMAT;
  }

  /** Last row / column with content (0 when the sheet is empty), as getLastRow/getLastColumn. */
  lastRow(sheet: SheetModel): number {
    return this.engine.extent(sheet.engineId).rows;
  }
  lastColumn(sheet: SheetModel): number {
    return this.engine.extent(sheet.engineId).cols;
  }
  hasContent(sheet: SheetModel, row: number, col: number): boolean {
    return this.engine.hasContent(this.addr(sheet, row, col));
  }

  /** Inserts `count` rows before row `at` (1-based); new rows inherit formats from `inheritFrom`. */
  insertRows(sheet: SheetModel, at: number, count: number, inheritFrom?: number): void {
    sheet.maxRows += count; // first: results re-evaluated by the insert may now fit the grid
    this.engine.addRows(sheet.engineId, at - 1, count);
    sheet.shiftMeta('row', at, count, inheritFrom);
    sheet.shiftRules('row', at, count);
    if (sheet.frozenRows >= at) sheet.frozenRows += count;
  }
  deleteRows(sheet: SheetModel, at: number, count: number): void {
    sheet.maxRows -= count;
    this.engine.removeRows(sheet.engineId, at - 1, count);
    sheet.shiftMeta('row', at, -count);
    sheet.shiftRules('row', at, -count);
  }
  insertColumns(sheet: SheetModel, at: number, count: number, inheritFrom?: number): void {
    sheet.maxCols += count;
    this.engine.addColumns(sheet.engineId, at - 1, count);
    sheet.shiftMeta('col', at, count, inheritFrom);
    sheet.shiftRules('col', at, count);
  }
  deleteColumns(sheet: SheetModel, at: number, count: number): void {
    sheet.maxCols -= count;
    this.engine.removeColumns(sheet.engineId, at - 1, count);
    sheet.shiftMeta('col', at, -count);
    sheet.shiftRules('col', at, -count);
  }

  /** Defines or moves a named range; formulas can use the name. */
  setName(name: string, sheet: SheetModel, grid: GridRange): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    )
      throw new Error(`Named range name "${name}" is invalid.`);
    this.engine.setName(name, `=${absoluteRef(sheet.name, grid)}`);
    this.namedRanges.add(name);
  }
  removeName(name: string): void {
    this.engine.removeName(name);
    this.namedRanges.delete(name);
  }
  /** Where a named range points now (it follows row and column edits), or undefined. */
  namedRange(name: string): { sheet: SheetModel; grid: GridRange } | undefined {
    const real = [...this.namedRanges].find((n) => n.toLowerCase() === name.toLowerCase());
    if (!real) return undefined;
    const expr = this.engine.nameExpression(real);
    if (!expr || expr.includes('#REF')) return undefined;
    const { sheetName, cells } = splitSheet(expr.replace(/^=/, ''));
    const sheet = sheetName ? this.sheetByName(sheetName) : undefined;
    if (!sheet) return undefined;
    const ref = parseA1(cells.replace(/\$/g, ''), sheet.maxRows, sheet.maxCols);
    return { sheet, grid: ref };
  }
  /** The exact-case name of a named range. */
  nameOf(name: string): string | undefined {
    return [...this.namedRanges].find((n) => n.toLowerCase() === name.toLowerCase());
  }
}
