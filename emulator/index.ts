// The local Apps Script runtime: loads the built bundle into a VM realm with emulated services over an
// in-memory workbook, runs its functions as Apps Script executions, and gives tests a small API.
import vm from 'node:vm';
import { customArgument, customResult, thrownMessage } from './custom-functions';
import { Executions, type FiredExecution } from './executions';
import type { CustomArg, CustomFunctionHost, CustomResult } from './formula-engine';
import { scriptGlobals } from './globals';
import type { EmulatorOptions } from './options';
import { createScriptRealm, customFunctionNames, manifestTimeZone, readBundle } from './realm';
import {
  CallMeter,
  Clock,
  Execution,
  type ExecutionMode,
  LATENCY_MS,
  type ServiceEnv,
} from './runtime';
import { CacheStores, LockState, MailState, PropertyStores, TriggerRegistry } from './services';
import { HOST_REALM, newRecorder, type Realm } from './spreadsheet/context';
import { SheetsApi, userObject } from './spreadsheet/spreadsheet';
import { Workbook } from './spreadsheet/workbook';
import { clockEvent, editEventBase, installableEditEvent, simpleEditEvent } from './trigger-events';
import { assertValidInput } from './validation';
import { WorkbookView } from './workbook-view';

export type { FiredExecution } from './executions';
export type { EmulatorOptions } from './options';
export { customFunctionNames } from './realm';
export type { CallKind, ExecutionMode, ServiceEnv } from './runtime';
export { CallMeter, Clock, Execution, LATENCY_MS } from './runtime';
export type { SheetModel, Workbook } from './spreadsheet/workbook';

/** The emulator: one spreadsheet, one script project, one clock. See emulator/README.md. */
export class Emulator extends WorkbookView {
  readonly clock: Clock;
  /** Service calls of script executions (menu, triggers, runs). */
  readonly calls = new CallMeter();
  /** Service calls made inside custom-function executions, counted apart from their caller. */
  readonly customFunctionCalls = new CallMeter();
  /** How many custom-function executions ran, by function name. */
  readonly customFunctionRuns = new Map<string, number>();
  readonly global: vm.Context;
  readonly mail = new MailState();
  readonly triggers: TriggerRegistry;
  readonly properties = new PropertyStores();
  readonly caches = new CacheStores();
  readonly locks = new LockState();
  readonly logs: string[] = [];
  readonly env: ServiceEnv;
  private readonly executions: Executions;
  private readonly api: SheetsApi;
  private readonly bundleRealm: Realm;
  private readonly customNames: Map<string, string>;
  private readonly activeUser: string;

  private constructor(options: EmulatorOptions) {
    const clock = new Clock(options.now ?? Date.now());
    const bundle = readBundle(options.bundle);
    const names = customFunctionNames(bundle.code);
    const locale = options.locale ?? 'ko_KR';
    const host: CustomFunctionHost = { call: () => ({ error: 'The script is still loading.' }) };
    super(
      new Workbook({
        id: '1EmulatedSpreadsheet0PipelineSheet0000000000',
        name: options.name ?? 'Pipeline',
        timeZone: options.timeZone ?? 'Asia/Seoul',
        locale,
        owner: options.owner,
        customFunctions: names,
        host,
        now: () => clock.nowMs(),
      }),
      newRecorder(),
    );
    host.call = (name, args) => this.callCustomFunction(name, args);
    this.workbook.addSheet(locale.startsWith('ko') ? '시트1' : 'Sheet1');
    this.clock = clock;
    this.customNames = new Map(names.map((n) => [n.toUpperCase(), n]));
    const scriptTimeZone = options.scriptTimeZone ?? manifestTimeZone();
    // Apps Script runs the script's JavaScript in the script time zone (new Date(y, m, d), getHours…).
    // Node has one zone per process, so the emulator sets it for the process.
    process.env.TZ = scriptTimeZone;
    this.activeUser = options.activeUser ?? 'user@example.com';
    this.triggers = new TriggerRegistry({ scriptTimeZone });
    this.mail.quotaPerDay = options.mailQuota ?? 100;
    this.executions = new Executions(
      clock,
      this.locks,
      (name) => this.fn(name),
      options.computeTimeScale ?? 1,
    );

    const self = this;
    this.env = {
      clock,
      get meter() {
        return self.currentMode() === 'custom-function' ? self.customFunctionCalls : self.calls;
      },
      execution: () => this.executions.current() ?? new Execution('menu', clock),
      spreadsheetTimeZone: () => this.workbook.timeZone,
    };
    if (options.latencyAdvancesClock) {
      const advance = (kind: keyof typeof LATENCY_MS) => clock.advance(LATENCY_MS[kind]);
      this.calls.onCall = advance;
      this.customFunctionCalls.onCall = advance;
    }

    const { global, realm } = createScriptRealm(clock);
    this.global = global;
    this.bundleRealm = realm;
    const realmOf = () => (bundle.path ? realm : HOST_REALM);
    this.api = new SheetsApi({ env: this.env, realm: realmOf, ui: this.ui }, this.workbook);
    const session = { scriptTimeZone, activeUser: this.activeUser, effectiveUser: this.activeUser };
    Object.assign(
      global,
      scriptGlobals(this.env, {
        api: this.api,
        mail: this.mail,
        triggers: this.triggers,
        locks: this.locks,
        properties: this.properties,
        caches: this.caches,
        logs: this.logs,
        executionId: () => this.executions.currentId(),
        session: { ...session, locale: locale.split('_')[0] },
        htmlFiles: options.htmlFiles ?? {},
      }),
    );
    if (bundle.code) vm.runInContext(bundle.code, global, { filename: 'Code.js' });
  }

  /** Builds an emulator; imports `options.xlsx` first when given. */
  static async create(options: EmulatorOptions = {}): Promise<Emulator> {
    const emu = new Emulator(options);
    if (options.xlsx) await emu.importXlsx(options.xlsx);
    return emu;
  }

  /** The Spreadsheet object of SpreadsheetApp.getActive() (calls through it are metered). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.api.spreadsheet();
  }
  /** Errors of executions the emulator fired (triggers, edits), as Apps Script's execution log keeps them. */
  get executionLog(): FiredExecution[] {
    return this.executions.log;
  }
  get outbox() {
    return this.mail.outbox;
  }

  private currentMode(): ExecutionMode | undefined {
    return this.executions.current()?.mode;
  }

  /** Runs `body` as one Apps Script execution: own deadline, own lock scope. */
  execute<T>(mode: ExecutionMode, body: () => T, authMode?: string): T {
    return this.executions.execute(mode, body, authMode);
  }

  private fn(name: string): (...args: unknown[]) => unknown {
    const f = (this.global as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...args: unknown[]) => unknown;
  }

  private has(name: string): boolean {
    return typeof (this.global as Record<string, unknown>)[name] === 'function';
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
    const call = () => (opts.event !== undefined ? f(opts.event) : f(...args));
    return this.execute(opts.mode ?? 'menu', call, authMode);
  }

  /**
   * Opens the spreadsheet: onOpen runs as a simple trigger with its event, in AuthMode.LIMITED, or in
   * AuthMode.NONE (an installed add-on not yet used in this document: no `source`, menus only).
   */
  open(options: { authMode?: 'LIMITED' | 'NONE' } = {}): FiredExecution | undefined {
    if (!this.has('onOpen')) return undefined;
    const authMode = options.authMode ?? 'LIMITED';
    const event: Record<string, unknown> = { authMode, user: userObject('') };
    if (authMode !== 'NONE') event.source = this.spreadsheet;
    return this.executions.fire('onOpen', 'simple-trigger', event, true, authMode);
  }

  /**
   * A person types into a cell (one value) or pastes a block (rows) at `a1`. Strings are parsed as typed
   * ('=…' formula, numbers, dates…). A cell whose validation rejects invalid input refuses the edit (throws).
   * Then the simple onEdit and every installable on-edit trigger fire; their errors are recorded, not thrown.
   * `options.user` is who edits (default: the emulator's user, who installs the triggers). An
   * installable trigger runs as its creator; another editor's identity is hidden from it (`e.user`
   * blank), as on consumer accounts.
   */
  userEdit(
    sheetName: string,
    a1: string,
    valueOrRows: unknown,
    options: { user?: string } = {},
  ): FiredExecution[] {
    const wb = this.workbook;
    const { sheet, row, col } = this.cellAt(sheetName, a1);
    const block = Array.isArray(valueOrRows) ? (valueOrRows as unknown[][]) : [[valueOrRows]];
    const numRows = block.length;
    const numCols = Math.max(...block.map((r) => r.length));
    wb.ensureSize(sheet, row + numRows - 1, col + numCols - 1);
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < block[r].length; c++)
        assertValidInput(wb, sheet, row + r, col + c, block[r][c]);
    const at = { sheet: sheet.engineId, row: row - 1, col: col - 1 };
    const single = numRows === 1 && numCols === 1;
    const before = single ? wb.engine.value(at) : null;
    wb.write(sheet, row, col, block, true);
    const range = this.api.range(sheet, { row, col, numRows, numCols });
    const after = single ? { before, after: wb.engine.value(at) } : undefined;
    const base = editEventBase(range, this.spreadsheet, after);
    const fired: FiredExecution[] = [];
    if (this.has('onEdit'))
      fired.push(this.executions.fire('onEdit', 'simple-trigger', simpleEditEvent(base)));
    for (const t of this.triggers.installableEditTriggers(wb.id)) {
      const editor = options.user ?? this.activeUser;
      const event = installableEditEvent(base, editor === this.activeUser ? editor : '', t.uid);
      fired.push(this.executions.fire(t.handler, 'installable-trigger', event));
    }
    return fired;
  }

  /** A person types a formula into a cell (same as userEdit). */
  typeFormula(sheetName: string, a1: string, formula: string): FiredExecution[] {
    return this.userEdit(sheetName, a1, formula);
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
      this.triggers.markRun(next.uid, at);
      const record = this.executions.fire(next.handler, 'time-trigger', clockEvent(next.uid, at));
      fired.push({ ...record, at: new Date(at) });
    }
    if (target > this.clock.nowMs()) this.clock.set(target);
    return fired;
  }

  /** Recalculates every formula (volatile ones included). */
  recalc(): void {
    this.workbook.engine.recalc();
  }

  /** One custom-function execution for a formula cell; what it throws becomes the cell's #ERROR!. */
  private callCustomFunction(name: string, args: CustomArg[]): CustomResult {
    const real = this.customNames.get(name.toUpperCase()) ?? name;
    this.customFunctionRuns.set(real, (this.customFunctionRuns.get(real) ?? 0) + 1);
    try {
      return this.execute('custom-function', () => {
        const started = this.clock.nowMs();
        const values = args.map((a) => customArgument(this.workbook, this.bundleRealm, a));
        const result = this.fn(real)(...values);
        if (this.clock.nowMs() - started > Execution.LIMIT_MS['custom-function'])
          return { error: 'Exceeded maximum execution time' };
        return customResult(this.workbook, result);
      });
    } catch (e) {
      return { error: thrownMessage(e) };
    }
  }
}
