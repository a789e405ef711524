// HyperFormula behind the workbook: cell contents, formulas, named ranges, and the bundle's custom functions.

import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { tuneEngine } from './engine-tuning';
import { readsVolatile, singleCell, VOLATILE_ARGUMENT } from './formula-arguments';
import { clockPlugin, dateAggregatesPlugin } from './formula-plugins';

/** What a cell holds as the engine stores it: a plain value, or a formula text starting with '='. */
export type RawContent = number | string | boolean | null | DateSerial;

/**
 * A day serial that is a date or date-time, so formulas over it keep the type (=A1+1 is a date in
 * Sheets, and comes back from getValues as a Date).
 */
export interface DateSerial {
  dateSerial: number;
}

const EPOCH_1899_MS = Date.UTC(1899, 11, 30);

/** A cell's content as the engine takes it: a date serial as a Date (see `engineDate`). */
function engineContent(v: RawContent): number | string | boolean | null | Date {
  if (v === null || typeof v !== 'object') return v;
  // Deals share their days: one Date per serial (the engine keeps the Date it is given, unchanged).
  let date = datesBySerial.get(v.dateSerial);
  if (date === undefined) {
    if (datesBySerial.size >= 50_000) datesBySerial.clear();
    date = engineDate(v.dateSerial);
    datesBySerial.set(v.dateSerial, date);
  }
  return date;
}

const datesBySerial = new Map<number, Date | number>();

/**
 * The engine learns a number is a date only from a JavaScript Date, which it reads by its local
 * (process zone) fields: build one with the serial's wall clock. Where the process zone skips that
 * wall time (a DST gap), the plain number is stored instead.
 */
function engineDate(serial: number): Date | number {
  const wall = new Date(Math.round(EPOCH_1899_MS + serial * 86_400_000));
  const local = new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  const same =
    local.getFullYear() === wall.getUTCFullYear() &&
    local.getDate() === wall.getUTCDate() &&
    local.getHours() === wall.getUTCHours() &&
    local.getMinutes() === wall.getUTCMinutes();
  return same && serial >= 0 ? local : serial;
}

/** A computed cell value: a plain value, or an error with its code (`#ERROR!`) and message. */
export type EngineValue = number | string | boolean | null | EngineError;
export interface EngineError {
  error: string;
  message: string;
}

/** Engine-level detail of a number: Sheets-like type hints from formulas (TODAY() is a date). */
export type NumberHint = 'date' | 'datetime' | 'time' | 'percent' | 'currency' | undefined;

/** A cell address in engine coordinates (0-based, engine sheet id). */
export interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

/** One custom-function argument as the engine saw it, before it is typed like Sheets passes it. */
export type CustomArg =
  | {
      kind: 'range';
      start: EngineAddress;
      height: number;
      width: number;
      /** The value at (row, col) of the range, counted from its top left corner. */
      at(row: number, col: number): EngineValue;
    }
  | { kind: 'array'; rows: { value: EngineValue; hint: NumberHint }[][] }
  | { kind: 'cell'; at: EngineAddress; value: EngineValue }
  | { kind: 'value'; value: EngineValue; hint: NumberHint }
  | { kind: 'missing' };

/** What a custom-function call produced: a value, rows to spill, or an error message for #ERROR!. */
export type CustomResult = { value: RawContent } | { rows: RawContent[][] } | { error: string };

/** Runs custom functions for the engine; the emulator implements it over the bundle. */
export interface CustomFunctionHost {
  call(name: string, args: CustomArg[], at: EngineAddress): CustomResult;
}

const key = (a: EngineAddress) => `${a.sheet}:${a.row}:${a.col}`;

function toEngineValue(v: unknown): EngineValue {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError)
    return { error: errorCode(v.type), message: v.message ?? errorCode(v.type) };
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val;
  if (typeof v === 'object' && v !== null && 'value' in v && 'type' in v) {
    const d = v as { value: string; message?: string };
    return { error: d.value, message: d.message ?? d.value };
  }
  return v as number | string | boolean;
}

function errorCode(type: ErrorType): string {
  const codes: Record<string, string> = {
    DIV_BY_ZERO: '#DIV/0!',
    NAME: '#NAME?',
    VALUE: '#VALUE!',
    NUM: '#NUM!',
    NA: '#N/A',
    CYCLE: '#REF!',
    REF: '#REF!',
    SPILL: '#REF!',
    ERROR: '#ERROR!',
    LIC: '#LIC!',
  };
  return codes[type] ?? '#ERROR!';
}

function hintOf(v: unknown): NumberHint {
  if (typeof v !== 'object' || v === null || !('getDetailedType' in v)) return undefined;
  const t = (v as { getDetailedType(): string }).getDetailedType();
  return (
    {
      NUMBER_DATE: 'date',
      NUMBER_DATETIME: 'datetime',
      NUMBER_TIME: 'time',
      NUMBER_PERCENT: 'percent',
      NUMBER_CURRENCY: 'currency',
    } as Record<string, NumberHint>
  )[t];
}

/** Custom-function names are registered once per process in the formula language (names only). */
const registeredNames = new Set<string>();

/**
 * The formula engine of one workbook. Cell contents live here; formats and other cell properties live
 * in the workbook model. Custom functions call back into a host; their array results spill.
 */
export class FormulaEngine {
  readonly hf: HyperFormula;
  /** Anchor → spilled rows the last evaluation produced and that are not yet written out. */
  private pendingSpills = new Map<string, { at: EngineAddress; rows: RawContent[][] | null }>();
  /** Spilled cell → its anchor. */
  private spillOwner = new Map<string, string>();
  /** Anchor → cells its spill occupies (anchor excluded). */
  private spillCells = new Map<string, EngineAddress[]>();
  private applying = false;
  /** Custom-function cells whose result was a Date → that serial. */
  private dateResults = new Map<string, number>();
  readonly customNames: string[];
  /** Ranges known to read (or not) a volatile function, until contents change again. */
  readonly volatileRanges = new Map<string, boolean>();
  /** Times the engine evaluated what writes changed (a deferred batch of writes counts once). */
  recalculations = 0;
  /** The clock at the last deferred write: TODAY()/NOW() move on a write, not when it is evaluated. */
  private nowAtWrite: number | undefined;

  /**
   * `nowSerial` gives the current time as a serial in the spreadsheet's zone: TODAY() and NOW() read it
   * (the engine's own versions read the machine clock in the process zone).
   */
  constructor(
    customNames: string[],
    host?: CustomFunctionHost,
    private readonly nowSerial?: () => number,
    private readonly gridSize?: (sheet: number) => { rows: number; cols: number } | undefined,
    /**
     * True while writes may wait for the next read (inside an execution): they are evaluated once,
     * when a value is read or `settle()` is called. Otherwise every write is evaluated at once.
     */
    private readonly deferWrites?: () => boolean,
  ) {
    this.customNames = customNames.map((n) => n.toUpperCase());
    const plugins = HyperFormula.getAllFunctionPlugins();
    if (nowSerial) plugins.push(clockPlugin(() => this.nowAtWrite ?? nowSerial()));
    plugins.push(...dateAggregatesPlugin());
    if (this.customNames.length && host) plugins.push(this.customPlugin(host));
    for (const name of this.customNames) {
      if (registeredNames.has(name)) continue;
      HyperFormula.getLanguage('enGB').extendFunctions({ [name]: name });
      registeredNames.add(name);
    }
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionPlugins: plugins,
      dateFormats: ['YYYY-MM-DD', 'YYYY/MM/DD', 'MM/DD/YYYY'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
      useArrayArithmetic: false,
      // Keep full double precision: date-times must read back to the millisecond.
      smartRounding: false,
      // Sheets allows 10 million cells; the engine's default of 40,000 rows is too few for big pipelines.
      maxRows: 1_000_000,
      // Nothing undoes the engine's operations: keeping old contents for undo only costs memory.
      undoLimit: 0,
    });
    // Sheets reads bare TRUE and FALSE as booleans (=VLOOKUP(…,FALSE)); the engine only has TRUE().
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    tuneEngine(this.hf);
  }

  private customPlugin(host: CustomFunctionHost): any {
    const engine = this;
    const implemented: Record<string, object> = {};
    class CustomFunctions extends FunctionPlugin {}
    for (const name of this.customNames) {
      const method = `custom_${name}`;
      implemented[name] = {
        method,
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      };
      (CustomFunctions.prototype as any)[method] = function (
        this: FunctionPlugin,
        ast: any,
        state: any,
      ) {
        const at: EngineAddress = state.formulaAddress;
        // Sheets refuses volatile arguments instead of running the function.
        const ranges = engine.volatileRanges;
        if (ast.args.some((argAst: any) => readsVolatile(engine.hf, argAst, at, ranges))) {
          engine.pendingSpills.set(key(at), { at, rows: null });
          return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT);
        }
        const args: CustomArg[] = ast.args.map((argAst: any) => {
          if (argAst.type === 'EMPTY') return { kind: 'missing' };
          const v = (this as any).evaluateAst(argAst, state);
          if (v instanceof SimpleRangeValue) {
            // An array literal ({1;2}, {0.25,0.5}) or a computed array has no cells behind it.
            if (!v.range)
              return {
                kind: 'array',
                rows: v
                  .rawData()
                  .map((r: unknown[]) =>
                    r.map((x) => ({ value: toEngineValue(x), hint: hintOf(x) })),
                  ),
              };
            const start = v.range.start;
            // Read in place: the function's arguments are built from it in one pass.
            const raw: unknown[][] = v.rawData();
            return {
              kind: 'range',
              start: { sheet: start.sheet, row: start.row, col: start.col },
              height: raw.length,
              width: raw[0]?.length ?? 0,
              at: (r: number, c: number) => toEngineValue(raw[r][c]),
            };
          }
          // A bare cell, a one-cell range (A1:A1) or a one-cell named range arrives as that cell's
          // value, typed by the cell's format as Sheets does (a date cell is a Date).
          const cell = singleCell(engine.hf, argAst, at);
          if (cell) return { kind: 'cell', at: cell, value: toEngineValue(v) };
          return { kind: 'value', value: toEngineValue(v), hint: hintOf(v) };
        });
        const result = host.call(name, args, at);
        if ('error' in result) {
          engine.pendingSpills.set(key(at), { at, rows: null });
          return new CellError(ErrorType.ERROR, result.error);
        }
        if ('value' in result) {
          engine.pendingSpills.set(key(at), { at, rows: null });
          return engine.anchorValue(at, result.value);
        }
        const rows = result.rows;
        const outside = engine.spillOutsideGrid(at, rows);
        if (outside) {
          engine.pendingSpills.set(key(at), { at, rows: null });
          return new CellError(ErrorType.REF, outside);
        }
        const blocked = engine.spillBlockedBy(at, rows);
        if (blocked) {
          engine.pendingSpills.set(key(at), { at, rows: null });
          return new CellError(
            ErrorType.REF,
            `Array result was not expanded because it would overwrite data in ${blocked}.`,
          );
        }
        engine.pendingSpills.set(key(at), { at, rows });
        return engine.anchorValue(at, rows[0]?.[0] ?? null);
      };
    }
    (CustomFunctions as any).implementedFunctions = implemented;
    return CustomFunctions;
  }

  /**
   * Sheets' message when a result runs past the sheet's last row or column (it does not add rows for
   * a custom function's result), or undefined when it fits.
   */
  private spillOutsideGrid(at: EngineAddress, rows: RawContent[][]): string | undefined {
    const grid = this.gridSize?.(at.sheet);
    if (!grid) return undefined;
    const width = Math.max(...rows.map((r) => r.length));
    const missingRows = at.row + rows.length - grid.rows;
    if (missingRows > 0)
      return `Result was not expanded automatically, please insert more rows (${missingRows}).`;
    const missingCols = at.col + width - grid.cols;
    if (missingCols > 0)
      return `Result was not expanded automatically, please insert more columns (${missingCols}).`;
    return undefined;
  }

  /** The A1 address of the first non-empty cell a spill would overwrite, or undefined. */
  private spillBlockedBy(at: EngineAddress, rows: RawContent[][]): string | undefined {
    const anchor = key(at);
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < rows[r].length; c++) {
        if (r === 0 && c === 0) continue;
        const cell = { sheet: at.sheet, row: at.row + r, col: at.col + c };
        const owner = this.spillOwner.get(key(cell));
        if (owner === anchor) continue;
        if (owner !== undefined || this.hf.getCellType(cell) !== 'EMPTY') {
          return this.hf.simpleCellAddressToString(cell, at.sheet) ?? key(cell);
        }
      }
    }
    return undefined;
  }

  /** Writes out spills computed by the last evaluation; repeats while that causes more evaluation. */
  private applySpills(): void {
    if (this.applying || this.hf.isEvaluationSuspended()) return;
    this.applying = true;
    try {
      for (let round = 0; round < 20 && this.pendingSpills.size; round++) {
        this.volatileRanges.clear();
        const pending = [...this.pendingSpills.values()];
        this.pendingSpills.clear();
        this.hf.batch(() => {
          for (const { at, rows } of pending) {
            const anchor = key(at);
            const old = this.spillCells.get(anchor) ?? [];
            const next: EngineAddress[] = [];
            rows?.forEach((row, r) => {
              row.forEach((_, c) => {
                if (r || c) next.push({ sheet: at.sheet, row: at.row + r, col: at.col + c });
              });
            });
            const nextKeys = new Set(next.map(key));
            for (const cell of old) {
              if (nextKeys.has(key(cell))) continue;
              this.spillOwner.delete(key(cell));
              this.hf.setCellContents(cell, null);
            }
            for (const cell of next) {
              this.spillOwner.set(key(cell), anchor);
              const v = rows![cell.row - at.row][cell.col - at.col];
              this.hf.setCellContents(cell, typeof v === 'string' ? `'${v}` : engineContent(v));
            }
            if (next.length) this.spillCells.set(anchor, next);
            else this.spillCells.delete(anchor);
          }
        });
      }
    } finally {
      this.applying = false;
    }
  }

  /**
   * The value a custom function's own cell shows. A returned Date is remembered so the cell reads as
   * a date (the engine cannot type a function's result itself).
   */
  anchorValue(at: EngineAddress, v: RawContent): unknown {
    if (v !== null && typeof v === 'object') {
      this.dateResults.set(key(at), v.dateSerial);
      return v.dateSerial;
    }
    this.dateResults.delete(key(at));
    return v === null ? EmptyValue : v;
  }

  /** True when a cell shows part of another cell's spilled result. */
  isSpilled(a: EngineAddress): boolean {
    this.settle();
    return this.spillOwner.has(key(a));
  }

  addSheet(name: string): number {
    this.volatileRanges.clear();
    this.hf.addSheet(name);
    return this.hf.getSheetId(name)!;
  }
  removeSheet(sheet: number): void {
    this.settle();
    this.volatileRanges.clear();
    this.dropSpillsOnSheet(sheet);
    this.hf.removeSheet(sheet);
    this.applySpills();
  }
  renameSheet(sheet: number, name: string): void {
    this.volatileRanges.clear();
    this.hf.renameSheet(sheet, name);
  }

  /**
   * The cells of a block about to be written that hold or anchor a spill, in row order. Spilled
   * cells are few and written blocks can be whole sheets: the smaller side is walked.
   */
  private spillKeysIn(at: EngineAddress, rows: unknown[][]): string[] {
    const spills = this.spillOwner.size + this.spillCells.size;
    if (spills === 0) return [];
    let cells = 0;
    for (const r of rows) cells += r.length;
    const found: EngineAddress[] = [];
    if (cells <= spills) {
      for (let r = 0; r < rows.length; r++)
        for (let c = 0; c < rows[r].length; c++) {
          const cell = { sheet: at.sheet, row: at.row + r, col: at.col + c };
          const k = key(cell);
          if (this.spillOwner.has(k) || this.spillCells.has(k)) found.push(cell);
        }
    } else {
      const seen = new Set<string>();
      for (const k of [...this.spillOwner.keys(), ...this.spillCells.keys()]) {
        if (seen.has(k)) continue;
        seen.add(k);
        const [sheet, row, col] = k.split(':').map(Number);
        const r = row - at.row;
        if (sheet === at.sheet && r >= 0 && r < rows.length && col >= at.col)
          if (col - at.col < rows[r].length) found.push({ sheet, row, col });
      }
      found.sort((a, b) => a.row - b.row || a.col - b.col);
    }
    return found.map(key);
  }

  /**
   * Writes a block of raw contents. A write over a spilled cell blocks that spill (its anchor shows #REF!),
   * a write over an anchor removes its spill.
   */
  setContents(at: EngineAddress, input: RawContent[][]): void {
    // Rows may come from the bundle's realm, whose Arrays the engine does not recognise: copy them.
    const rows = Array.from(input, (r) => Array.from(r, engineContent));
    const defer = this.deferWrites?.() ?? false;
    this.volatileRanges.clear();
    if (defer) {
      if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
      this.nowAtWrite = this.nowSerial?.();
    } else this.settle();
    const reevaluate = new Set<string>();
    for (const k of this.spillKeysIn(at, rows)) {
      const owner = this.spillOwner.get(k);
      if (owner) {
        this.spillOwner.delete(k);
        const cells = this.spillCells.get(owner)?.filter((x) => key(x) !== k) ?? [];
        this.spillCells.set(owner, cells);
        reevaluate.add(owner);
      }
      if (this.spillCells.has(k)) {
        for (const cell of this.spillCells.get(k)!) {
          this.spillOwner.delete(key(cell));
          this.hf.setCellContents(cell, null);
        }
        this.spillCells.delete(k);
      }
    }
    this.hf.setCellContents(at, rows);
    // The anchor of a spill that now hits data evaluates again and reports the collision.
    for (const anchor of reevaluate) {
      const [sheet, row, col] = anchor.split(':').map(Number);
      const formula = this.hf.getCellFormula({ sheet, row, col });
      if (formula) {
        for (const cell of this.spillCells.get(anchor) ?? []) {
          this.spillOwner.delete(key(cell));
          this.hf.setCellContents(cell, null);
        }
        this.spillCells.delete(anchor);
        this.hf.setCellContents({ sheet, row, col }, formula);
      }
    }
    if (defer) return;
    this.recalculations++;
    this.applySpills();
  }

  /**
   * Evaluates the writes deferred so far, once, and writes out the spills they produce. Every read of
   * a value does this first, so a script never sees a stale value.
   */
  settle(): void {
    if (!this.hf.isEvaluationSuspended()) return;
    this.recalculations++;
    this.hf.resumeEvaluation();
    this.nowAtWrite = undefined;
    this.applySpills();
  }

  value(a: EngineAddress): EngineValue {
    this.settle();
    return toEngineValue(this.hf.getCellValue(a));
  }
  hint(a: EngineAddress): NumberHint {
    this.settle();
    const returned = this.dateResults.get(key(a));
    if (returned !== undefined && this.hf.getCellValue(a) === returned)
      return Number.isInteger(returned) ? 'date' : 'datetime';
    const t = this.hf.getCellValueDetailedType(a);
    return hintOf({ getDetailedType: () => t });
  }
  formula(a: EngineAddress): string | undefined {
    return this.hf.getCellFormula(a);
  }
  /** True when the cell has a formula or value (spilled values included). */
  hasContent(a: EngineAddress): boolean {
    this.settle();
    return this.hf.getCellType(a) !== 'EMPTY';
  }
  /** Rows and columns that hold content, 0 when none. */
  extent(sheet: number): { rows: number; cols: number } {
    this.settle();
    // The engine's dimensions never shrink when cells are cleared: trim empty rows and columns.
    const d = this.hf.getSheetDimensions(sheet);
    const empty = (row: number, col: number) =>
      this.hf.getCellType({ sheet, row, col }) === 'EMPTY';
    let rows = d.height;
    while (
      rows > 0 &&
      Array.from({ length: d.width }, (_, c) => c).every((c) => empty(rows - 1, c))
    )
      rows--;
    let cols = rows ? d.width : 0;
    while (cols > 0 && Array.from({ length: rows }, (_, r) => r).every((r) => empty(r, cols - 1)))
      cols--;
    return { rows, cols };
  }

  /** Structural edits shift formulas; spills are recomputed afterwards. */
  addRows(sheet: number, index: number, count: number): void {
    this.structural(sheet, () => this.hf.addRows(sheet, [index, count]));
  }
  removeRows(sheet: number, index: number, count: number): void {
    this.structural(sheet, () => this.hf.removeRows(sheet, [index, count]));
  }
  addColumns(sheet: number, index: number, count: number): void {
    this.structural(sheet, () => this.hf.addColumns(sheet, [index, count]));
  }
  removeColumns(sheet: number, index: number, count: number): void {
    this.structural(sheet, () => this.hf.removeColumns(sheet, [index, count]));
  }

  private dropSpillsOnSheet(sheet: number): void {
    for (const [anchor, cells] of [...this.spillCells]) {
      if (!anchor.startsWith(`${sheet}:`)) continue;
      for (const cell of cells) {
        this.spillOwner.delete(key(cell));
        this.hf.setCellContents(cell, null);
      }
      this.spillCells.delete(anchor);
    }
  }

  /**
   * A row or column edit, evaluated once when done (inside an execution, at the next read). Spills on
   * the sheet are dropped first and every custom-function cell is entered again, so results are
   * computed (and spill) where the formulas now are.
   */
  private structural(sheet: number, change: () => void): void {
    this.volatileRanges.clear();
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    this.dropSpillsOnSheet(sheet);
    change();
    this.reenterCustom();
    if (this.deferWrites?.()) this.nowAtWrite = this.nowSerial?.();
    else this.settle();
  }

  /** Re-enters every formula that calls a custom function so it evaluates (and spills) again. */
  recalcCustom(): void {
    if (!this.customNames.length) return;
    this.settle();
    this.hf.suspendEvaluation();
    this.reenterCustom();
    this.settle();
  }

  private reenterCustom(): void {
    if (!this.customNames.length) return;
    const pattern = new RegExp(`\\b(${this.customNames.join('|')})\\s*\\(`, 'i');
    for (const sheetName of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(sheetName)!;
      this.hf.getSheetFormulas(sheet).forEach((row, r) => {
        row.forEach((f, c) => {
          if (f && pattern.test(f)) this.hf.setCellContents({ sheet, row: r, col: c }, f);
        });
      });
    }
  }

  /** Full recalculation (volatile functions such as TODAY/NOW included). */
  recalc(): void {
    this.settle();
    this.recalculations++;
    this.hf.rebuildAndRecalculate();
    this.applySpills();
  }

  /**
   * Evaluates a formula as if it were written at `anchor` and copied to `at`: relative references move
   * by the offset, `$` parts stay (conditional-format custom formulas). Nothing is stored.
   */
  evaluateAt(formula: string, anchor: EngineAddress, at: EngineAddress): EngineValue {
    this.settle();
    const hf = this.hf as any;
    const content = hf._cellContentParser.parse(formula);
    if (!content || typeof content.formula !== 'string') return toEngineValue(content?.value);
    const parsed = hf._parser.parse(content.formula, anchor);
    if (parsed.errors?.length) return { error: '#ERROR!', message: 'Formula parse error.' };
    const value = hf.evaluator.runAndForget(parsed.ast, at, parsed.dependencies);
    if (value instanceof SimpleRangeValue) return toEngineValue(value.rawData()[0]?.[0]);
    return toEngineValue(hf._exporter.exportScalarOrRange(value));
  }

  /** Whether `=...` text parses as a formula. */
  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(formula);
  }

  setName(name: string, expression: string): void {
    this.volatileRanges.clear();
    if (this.hf.isItPossibleToAddNamedExpression(name, expression))
      this.hf.addNamedExpression(name, expression);
    else if (this.hf.getNamedExpression(name)) this.hf.changeNamedExpression(name, expression);
    else throw new Error(`Invalid named range name: ${name}`);
    this.applySpills();
  }
  removeName(name: string): void {
    this.volatileRanges.clear();
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
    this.applySpills();
  }
  /** The named expression's current target text (HyperFormula keeps it adjusted after row edits). */
  nameExpression(name: string): string | undefined {
    const ne = this.hf.getNamedExpression(name);
    return typeof ne?.expression === 'string' ? ne.expression : undefined;
  }
}
