// The local Apps Script runtime: loads the built bundle into a VM realm with emulated services over an
// in-memory workbook, runs its functions as Apps Script executions, and gives tests a small API.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import type {
  CustomArg,
  CustomResult,
  EngineAddress,
  EngineValue,
  NumberHint,
} from './formula-engine';
import {
  CallMeter,
  Clock,
  Execution,
  type ExecutionMode,
  LATENCY_MS,
  type ServiceEnv,
} from './runtime';
import {
  CacheStores,
  createCacheService,
  createConsole,
  createHtmlService,
  createLockService,
  createLogger,
  createMailApp,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
  LockState,
  MailState,
  PropertyStores,
  TriggerRegistry,
} from './services';
import { type GridRange, parseA1, toA1 } from './spreadsheet/a1';
import { type ConditionalFormat, conditionalFormatAt } from './spreadsheet/conditional-format';
import { HOST_REALM, newRecorder, type Realm, type UiRecorder } from './spreadsheet/context';
import { dateToSerial, isDate, serialToMs } from './spreadsheet/serial';
import { SheetsApi, userObject } from './spreadsheet/spreadsheet';
import { createCharts, createSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import { type SheetModel, type ValidationSpec, Workbook } from './spreadsheet/workbook';
import { exportXlsx, importXlsx } from './xlsx';

export type { CallKind, ExecutionMode, ServiceEnv } from './runtime';
export { CallMeter, Clock, Execution, LATENCY_MS } from './runtime';
export type { SheetModel, Workbook } from './spreadsheet/workbook';

const REPO = resolve(__dirname, '..');

export interface EmulatorOptions {
  /** The spreadsheet's time zone (default 'Asia/Seoul'). */
  timeZone?: string;
  /** Session.getScriptTimeZone() (default: appsscript.json's timeZone). */
  scriptTimeZone?: string;
  /** The spreadsheet's locale (default 'ko_KR'). */
  locale?: string;
  /** Spreadsheet owner email; undefined = unknown owner (getOwner() returns null). */
  owner?: string;
  /** Session.getActiveUser()/getEffectiveUser() email (default 'user@example.com'). */
  activeUser?: string;
  /** Clock start (default: the real current time). */
  now?: Date | string | number;
  /** Mail recipients per day (default 100). */
  mailQuota?: number;
  /** Path of the built bundle (default <repo>/dist/Code.js); false = no bundle. */
  bundle?: string | false;
  /** A workbook to import before anything runs. */
  xlsx?: string;
  /** Spreadsheet name (default 'Pipeline'). */
  name?: string;
  /** When true, each metered call advances the clock by its modelled latency (default false). */
  latencyAdvancesClock?: boolean;
  /** HTML files of the project for HtmlService.createHtmlOutputFromFile (name → source). */
  htmlFiles?: Record<string, string>;
}

/** One execution's outcome when the emulator fires it (triggers, edits). */
export interface FiredExecution {
  handler: string;
  mode: ExecutionMode;
  at: Date;
  error?: string;
}

/** The custom-function names of a bundle: global functions whose JSDoc has @customfunction. */
export function customFunctionNames(code: string): string[] {
  const out: string[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([\w$]+)\s*\(/g;
  for (const m of code.matchAll(re)) if (/@customfunction\b/.test(m[1])) out.push(m[2]);
  return out;
}

/** The emulator: one spreadsheet, one script project, one clock. See emulator/README.md. */
export class Emulator {
  readonly clock: Clock;
  /** Service calls of script executions (menu, triggers, runs). */
  readonly calls = new CallMeter();
  /** Service calls made inside custom-function executions, counted apart from their caller. */
  readonly customFunctionCalls = new CallMeter();
  /** How many custom-function executions ran, by function name. */
  readonly customFunctionRuns = new Map<string, number>();
  readonly global: vm.Context;
  readonly workbook: Workbook;
  readonly mail = new MailState();
  readonly triggers: TriggerRegistry;
  readonly properties = new PropertyStores();
  readonly caches = new CacheStores();
  readonly locks = new LockState();
  readonly logs: string[] = [];
  /** Errors of executions the emulator fired (triggers, edits), as Apps Script's execution log keeps them. */
  readonly executionLog: FiredExecution[] = [];
  readonly env: ServiceEnv;
  private readonly ui: UiRecorder = newRecorder();
  private readonly stack: { execution: Execution; id: string }[] = [];
  private executionCounter = 0;
  private readonly api: SheetsApi;
  private readonly bundleRealm: Realm;
  private readonly customNames: Map<string, string>;
  private readonly activeUser: string;

  private constructor(options: EmulatorOptions) {
    this.clock = new Clock(options.now ?? Date.now());
    const scriptTimeZone = options.scriptTimeZone ?? manifestTimeZone();
    // Apps Script runs the script's JavaScript in the script time zone (new Date(y, m, d), getHours…).
    // Node has one zone per process, so the emulator sets it for the process.
    process.env.TZ = scriptTimeZone;
    this.activeUser = options.activeUser ?? 'user@example.com';
    this.triggers = new TriggerRegistry({ scriptTimeZone });
    this.mail.quotaPerDay = options.mailQuota ?? 100;

    const bundlePath =
      options.bundle === false
        ? undefined
        : resolve(options.bundle ?? join(REPO, 'dist', 'Code.js'));
    if (bundlePath && !existsSync(bundlePath))
      throw new Error(`${bundlePath} is missing: run npm run build first`);
    const code = bundlePath ? readFileSync(bundlePath, 'utf8') : '';
    const names = customFunctionNames(code);
    this.customNames = new Map(names.map((n) => [n.toUpperCase(), n]));

    const self = this;
    this.env = {
      clock: this.clock,
      get meter() {
        return self.currentMode() === 'custom-function' ? self.customFunctionCalls : self.calls;
      },
      execution: () => this.stack.at(-1)?.execution ?? new Execution('menu', this.clock),
      spreadsheetTimeZone: () => this.workbook.timeZone,
    };
    if (options.latencyAdvancesClock) {
      const advance = (kind: keyof typeof LATENCY_MS) => this.clock.advance(LATENCY_MS[kind]);
      this.calls.onCall = advance;
      this.customFunctionCalls.onCall = advance;
    }

    const locale = options.locale ?? 'ko_KR';
    this.workbook = new Workbook({
      id: '1EmulatedSpreadsheet0PipelineSheet0000000000',
      name: options.name ?? 'Pipeline',
      timeZone: options.timeZone ?? 'Asia/Seoul',
      locale,
      owner: options.owner,
      customFunctions: names,
      host: { call: (name, args, at) => this.callCustomFunction(name, args, at) },
      now: () => this.clock.nowMs(),
    });
    this.workbook.addSheet(locale.startsWith('ko') ? '시트1' : 'Sheet1');

    this.global = vm.createContext({});
    // Scripts read the time with new Date() / Date.now(): both follow the emulator clock. A Proxy (not
    // a subclass) keeps `instanceof Date` true for every Date of the realm.
    (this.global as Record<string, unknown>).__emulatorNow = () => this.clock.nowMs();
    vm.runInContext(
      `(() => {
        const RealDate = Date;
        const now = __emulatorNow;
        delete globalThis.__emulatorNow;
        globalThis.Date = new Proxy(RealDate, {
          construct(target, args, newTarget) {
            return Reflect.construct(target, args.length ? args : [now()], newTarget);
          },
          apply() { return new RealDate(now()).toString(); },
          get(target, key) { return key === 'now' ? () => now() : Reflect.get(target, key); },
        });
      })()`,
      this.global,
    );
    const R = vm.runInContext('({ Array, Date })', this.global) as {
      Array: ArrayConstructor;
      Date: DateConstructor;
    };
    this.bundleRealm = { array: (items) => R.Array.from(items), date: (ms) => new R.Date(ms) };
    const realm = () => (bundlePath ? this.bundleRealm : HOST_REALM);
    this.api = new SheetsApi({ env: this.env, realm, ui: this.ui }, this.workbook);

    const env = this.env;
    const services: Record<string, unknown> = {
      SpreadsheetApp: createSpreadsheetApp(this.api),
      Charts: createCharts(),
      MailApp: createMailApp(env, this.mail),
      ScriptApp: createScriptApp(env, this.triggers, this.workbook.id),
      LockService: createLockService(env, this.locks, () => this.stack.at(-1)?.id ?? 'outside'),
      PropertiesService: createPropertiesService(env, this.properties),
      CacheService: createCacheService(env, this.caches),
      Session: createSession(env, {
        scriptTimeZone,
        activeUser: this.activeUser,
        effectiveUser: this.activeUser,
        locale: locale.split('_')[0],
      }),
      Utilities: createUtilities(env),
      HtmlService: createHtmlService(env, options.htmlFiles ?? {}),
      Logger: createLogger(env, this.logs),
      console: createConsole(this.logs),
    };
    Object.assign(this.global, services);
    if (code) vm.runInContext(code, this.global, { filename: 'Code.js' });
  }

  /** Builds an emulator; imports `options.xlsx` first when given. */
  static async create(options: EmulatorOptions = {}): Promise<Emulator> {
    const emu = new Emulator(options);
    if (options.xlsx) await emu.importXlsx(options.xlsx);
    return emu;
  }

  // ---- What the add-on sees -------------------------------------------------------------------

  /** The Spreadsheet object of SpreadsheetApp.getActive() (calls through it are metered). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.api.spreadsheet();
  }

  private currentMode(): ExecutionMode | undefined {
    return this.stack.at(-1)?.execution.mode;
  }

  /** Runs `body` as one Apps Script execution: own deadline, own lock scope. */
  execute<T>(mode: ExecutionMode, body: () => T, authMode?: string): T {
    const execution = new Execution(mode, this.clock);
    execution.authNone = authMode === 'NONE';
    const id = `execution-${++this.executionCounter}`;
    this.stack.push({ execution, id });
    try {
      return body();
    } finally {
      this.stack.pop();
      this.locks.releaseAll(id);
    }
  }

  private fn(name: string): (...args: unknown[]) => unknown {
    const f = (this.global as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...args: unknown[]) => unknown;
  }

  /**
   * Runs a global function of the bundle as one execution (default mode 'menu') and returns its result.
   * With `event`, the function gets the event as its only argument; otherwise `args`. An event with
   * `authMode: 'NONE'` runs in AuthMode.NONE: only menus, no spreadsheet, properties, mail or triggers.
   */
  run(
    functionName: string,
    opts: { mode?: ExecutionMode; event?: object } = {},
    ...args: unknown[]
  ): unknown {
    const f = this.fn(functionName);
    const authMode = String((opts.event as { authMode?: unknown } | undefined)?.authMode ?? '');
    return this.execute(
      opts.mode ?? 'menu',
      () => (opts.event !== undefined ? f(opts.event) : f(...args)),
      authMode,
    );
  }

  /**
   * Opens the spreadsheet: onOpen runs as a simple trigger with its event, in AuthMode.LIMITED, or in
   * AuthMode.NONE (an installed add-on not yet used in this document: no `source`, menus only).
   */
  open(options: { authMode?: 'LIMITED' | 'NONE' } = {}): FiredExecution | undefined {
    if (typeof (this.global as Record<string, unknown>).onOpen !== 'function') return undefined;
    const authMode = options.authMode ?? 'LIMITED';
    const event =
      authMode === 'NONE'
        ? { authMode, user: userObject('') }
        : { authMode, source: this.spreadsheet, user: userObject('') };
    return this.fire('onOpen', 'simple-trigger', event, true, authMode);
  }

  private fire(
    handler: string,
    mode: ExecutionMode,
    event: object,
    rethrow = false,
    authMode?: string,
  ): FiredExecution {
    const record: FiredExecution = { handler, mode, at: this.clock.now() };
    try {
      this.execute(mode, () => this.fn(handler)(event), authMode);
    } catch (e) {
      record.error = (e as Error)?.message ?? String(e);
      this.executionLog.push(record);
      if (rethrow) throw e;
      return record;
    }
    this.executionLog.push(record);
    return record;
  }

  private sheetModel(sheetName: string): SheetModel {
    const sheet = this.workbook.sheetByName(sheetName);
    if (!sheet)
      throw new Error(`No sheet named "${sheetName}" (sheets: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  /**
   * A person types into a cell (one value) or pastes a block (rows) at `a1`. Strings are parsed as typed
   * ('=…' formula, numbers, dates…). A cell whose validation rejects invalid input refuses the edit (throws).
   * Then the simple onEdit and every installable on-edit trigger fire; their errors are recorded, not thrown.
   */
  userEdit(sheetName: string, a1: string, valueOrRows: unknown): FiredExecution[] {
    const sheet = this.sheetModel(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    const block = Array.isArray(valueOrRows) ? (valueOrRows as unknown[][]) : [[valueOrRows]];
    const numRows = block.length;
    const numCols = Math.max(...block.map((r) => r.length));
    const single = numRows === 1 && numCols === 1;
    this.workbook.ensureSize(sheet, ref.row + numRows - 1, ref.col + numCols - 1);
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < block[r].length; c++)
        this.checkValidation(sheet, ref.row + r, ref.col + c, block[r][c]);
    const rawBefore = single
      ? this.workbook.engine.value(this.addr(sheet, ref.row, ref.col))
      : null;
    this.workbook.write(sheet, ref.row, ref.col, block, true);
    const grid = { row: ref.row, col: ref.col, numRows, numCols };
    const base: Record<string, unknown> = {
      range: this.api.range(sheet, grid),
      source: this.spreadsheet,
    };
    if (single) {
      const after = this.workbook.engine.value(this.addr(sheet, ref.row, ref.col));
      base.value = eventValue(after);
      const old = eventValue(rawBefore);
      if (old !== undefined) base.oldValue = old;
    }
    const fired: FiredExecution[] = [];
    if (typeof (this.global as Record<string, unknown>).onEdit === 'function')
      fired.push(
        this.fire('onEdit', 'simple-trigger', {
          ...base,
          authMode: 'LIMITED',
          user: userObject(''),
        }),
      );
    for (const t of this.triggers.installableEditTriggers(this.workbook.id)) {
      fired.push(
        this.fire(t.handler, 'installable-trigger', {
          ...base,
          authMode: 'FULL',
          user: userObject(this.activeUser),
          triggerUid: t.uid,
        }),
      );
    }
    return fired;
  }

  /** A person types a formula into a cell (same as userEdit). */
  typeFormula(sheetName: string, a1: string, formula: string): FiredExecution[] {
    return this.userEdit(sheetName, a1, formula);
  }

  private checkValidation(sheet: SheetModel, row: number, col: number, input: unknown): void {
    const rule = sheet.cellMeta(row, col)?.validation;
    if (!rule || rule.allowInvalid) return;
    if (!this.satisfies(rule, input))
      throw new Error(
        `The data you entered in cell ${toA1({ row, col, numRows: 1, numCols: 1 })} violates the data validation rules set on this cell.${rule.helpText ? ` ${rule.helpText}` : ''}`,
      );
  }

  private satisfies(rule: ValidationSpec, input: unknown): boolean {
    if (input === '' || input === null || input === undefined) return true;
    const text = String(input).trim();
    const num = typeof input === 'number' ? input : Number(text.replace(/,/g, ''));
    const [a, b] = rule.values as number[];
    switch (rule.criteria) {
      case 'VALUE_IN_LIST':
        return (rule.values[0] as unknown[]).some((v) => String(v) === text);
      case 'VALUE_IN_RANGE': {
        const range = rule.values[0] as GoogleAppsScript.Spreadsheet.Range;
        const loc = (
          range as unknown as { __location(): { sheetId: number; grid: GridRange } }
        ).__location();
        const s = this.workbook.sheetById(loc.sheetId);
        if (!s) return true;
        for (let r = 0; r < loc.grid.numRows; r++)
          for (let c = 0; c < loc.grid.numCols; c++)
            if (this.workbook.displayValue(s, loc.grid.row + r, loc.grid.col + c) === text)
              return true;
        return false;
      }
      case 'NUMBER_BETWEEN':
        return num >= a && num <= b;
      case 'NUMBER_NOT_BETWEEN':
        return !(num >= a && num <= b);
      case 'NUMBER_GREATER_THAN':
        return num > a;
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num >= a;
      case 'NUMBER_LESS_THAN':
        return num < a;
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num <= a;
      case 'NUMBER_EQUAL_TO':
        return num === a;
      case 'DATE_IS_VALID_DATE':
        return (
          isDate(input) ||
          /^\d{4}[-/.]\s?\d{1,2}[-/.]\s?\d{1,2}\.?$|^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(text)
        );
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
      case 'CHECKBOX':
        return /^(true|false)$/i.test(text);
      default:
        return true;
    }
  }

  private addr(sheet: SheetModel, row: number, col: number): EngineAddress {
    return { sheet: sheet.engineId, row: row - 1, col: col - 1 };
  }

  /**
   * Moves the clock forward (by ms, or to a Date/ISO string), firing each due time-driven trigger in time
   * order as a 'time-trigger' execution at its scheduled time. Returns what fired.
   */
  advanceClock(msOrDate: number | Date | string): FiredExecution[] {
    const target =
      typeof msOrDate === 'number' ? this.clock.nowMs() + msOrDate : new Date(msOrDate).getTime();
    if (Number.isNaN(target)) throw new Error(`advanceClock: invalid time ${String(msOrDate)}`);
    const fired: FiredExecution[] = [];
    for (let guard = 0; guard < 100_000; guard++) {
      const next = this.triggers.due(target)[0];
      if (!next) break;
      const at = next.nextRunMs!;
      if (at > this.clock.nowMs()) this.clock.set(at);
      const d = new Date(at);
      const event = {
        authMode: 'FULL',
        triggerUid: next.uid,
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        'day-of-month': d.getUTCDate(),
        'day-of-week': d.getUTCDay() || 7,
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        timezone: 'UTC',
      };
      this.triggers.markRun(next.uid, at);
      const record = this.fire(next.handler, 'time-trigger', event);
      fired.push({ ...record, at: new Date(at) });
    }
    if (target > this.clock.nowMs()) this.clock.set(target);
    return fired;
  }

  /** Recalculates every formula (volatile ones included). */
  recalc(): void {
    this.workbook.engine.recalc();
  }

  // ---- Custom functions -----------------------------------------------------------------------

  private callCustomFunction(name: string, args: CustomArg[], _at: EngineAddress): CustomResult {
    const real = this.customNames.get(name.toUpperCase()) ?? name;
    this.customFunctionRuns.set(real, (this.customFunctionRuns.get(real) ?? 0) + 1);
    try {
      return this.execute('custom-function', () => {
        const started = this.clock.nowMs();
        const values = args.map((a) => this.customArg(a));
        const result = this.fn(real)(...values);
        if (this.clock.nowMs() - started > Execution.LIMIT_MS['custom-function'])
          return { error: 'Exceeded maximum execution time' };
        return this.customResult(result);
      });
    } catch (e) {
      const err = e as { message?: unknown };
      return { error: typeof err?.message === 'string' ? err.message : String(e) };
    }
  }

  /** An argument as Sheets passes it, built in the bundle's realm. */
  private customArg(arg: CustomArg): unknown {
    const wb = this.workbook;
    const realm = this.bundleRealm;
    const typed = (v: EngineValue, a: EngineAddress): unknown => {
      const sheet = wb.sheetByEngineId(a.sheet);
      if (!sheet) return v ?? '';
      return wb.typeEngineValue(v, wb.effectiveFormat(sheet, a.row + 1, a.col + 1), realm);
    };
    switch (arg.kind) {
      case 'missing':
        return undefined;
      case 'cell':
        return typed(arg.value, arg.at);
      case 'range':
        return realm.array(
          arg.rows.map((row, r) =>
            realm.array(
              row.map((v, c) =>
                typed(v, {
                  sheet: arg.start.sheet,
                  row: arg.start.row + r,
                  col: arg.start.col + c,
                }),
              ),
            ),
          ),
        );
      case 'array':
        return realm.array(
          arg.rows.map((row) => realm.array(row.map((x) => this.plainArg(x.value, x.hint)))),
        );
      case 'value':
        return this.plainArg(arg.value, arg.hint);
    }
  }

  /** A computed value (no cell behind it) as Sheets passes it: dates by their type, blanks as "". */
  private plainArg(v: EngineValue, hint: NumberHint): unknown {
    if (v === null) return '';
    if (typeof v === 'object') return v.error;
    if (typeof v === 'number' && (hint === 'date' || hint === 'datetime'))
      return this.bundleRealm.date(serialToMs(v, this.workbook.timeZone));
    return v;
  }

  private customResult(result: unknown): CustomResult {
    const cell = (v: unknown): number | string | boolean | null => {
      if (v === undefined || v === null || v === '') return null;
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      if (isDate(v)) {
        return dateToSerial(v, this.workbook.timeZone);
      }
      return String(v);
    };
    if (Array.isArray(result)) {
      // A 1-D array fills a column; a 2-D array spills rows and columns.
      const rows = result.map((r) => (Array.isArray(r) ? r.map(cell) : [cell(r)]));
      if (rows.length === 0 || rows[0].length === 0) return { error: 'Result was an empty array.' };
      if (rows.length === 1 && rows[0].length === 1) return { value: rows[0][0] };
      return { rows };
    }
    if (typeof result === 'number' && !Number.isFinite(result))
      return { error: 'Result was not a number.' };
    return { value: cell(result) };
  }

  // ---- Test-side data access (not metered, fires nothing) ---------------------------------------

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /**
   * Writes raw values from `a1TopLeft`, creating the sheet if missing and growing it as needed. Strings are
   * stored as text except those starting with '=', which are formulas; Dates become date-time cells.
   */
  setValues(sheetName: string, a1TopLeft: string, rows: unknown[][]): void {
    let sheet = this.workbook.sheetByName(sheetName);
    if (!sheet) sheet = this.workbook.addSheet(sheetName);
    const ref = parseA1(a1TopLeft, 1e7, 18278);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (!rows.length || !width) return;
    this.workbook.ensureSize(sheet, ref.row + rows.length - 1, ref.col + width - 1);
    const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]);
    this.workbook.write(sheet, ref.row, ref.col, padded, false);
  }

  private block<T>(
    sheetName: string,
    a1Range: string | undefined,
    read: (sheet: SheetModel, row: number, col: number) => T,
  ): T[][] {
    const sheet = this.sheetModel(sheetName);
    const g = a1Range
      ? parseA1(a1Range, sheet.maxRows, sheet.maxCols)
      : {
          row: 1,
          col: 1,
          numRows: this.workbook.lastRow(sheet),
          numCols: this.workbook.lastColumn(sheet),
        };
    const out: T[][] = [];
    for (let r = 0; r < g.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < g.numCols; c++) row.push(read(sheet, g.row + r, g.col + c));
      out.push(row);
    }
    return out;
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
    const sheet = this.sheetModel(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    return this.workbook.cellError(sheet, ref.row, ref.col);
  }
  /**
   * The background a cell shows: the first conditional-format rule that covers the cell and holds there
   * (custom formulas evaluated relative to the rule's first range) and sets a background, else the
   * cell's own background ('#ffffff' when none). Alternating colours (banding) are not included.
   */
  effectiveBackground(sheetName: string, a1: string): string {
    const sheet = this.sheetModel(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    return (
      conditionalFormatAt(this.workbook, sheet, ref.row, ref.col)?.background ??
      sheet.cellMeta(ref.row, ref.col)?.background ??
      '#ffffff'
    );
  }
  /** The format the first holding conditional-format rule gives a cell, or undefined. */
  conditionalFormat(sheetName: string, a1: string): ConditionalFormat | undefined {
    const sheet = this.sheetModel(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    return conditionalFormatAt(this.workbook, sheet, ref.row, ref.col);
  }
  /** The note on a cell ('' when none). */
  note(sheetName: string, a1: string): string {
    const sheet = this.sheetModel(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    return sheet.cellMeta(ref.row, ref.col)?.note ?? '';
  }
  /** The model of a sheet (formats, validation, rules, charts, protections) for inspection. */
  sheet(sheetName: string): SheetModel {
    return this.sheetModel(sheetName);
  }

  // ---- What the add-on did --------------------------------------------------------------------

  get outbox() {
    return this.mail.outbox;
  }
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

/** e.value / e.oldValue as Apps Script gives them: text of the raw value (dates as serial numbers). */
function eventValue(v: EngineValue): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function manifestTimeZone(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(REPO, 'appsscript.json'), 'utf8')) as {
      timeZone?: string;
    };
    return manifest.timeZone ?? 'Asia/Seoul';
  } catch {
    return 'Asia/Seoul';
  }
}
