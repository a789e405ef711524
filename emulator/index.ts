// The local Apps Script runtime: loads the built bundle into a VM realm with emulated services over an
// in-memory workbook, runs its functions as Apps Script executions, and gives tests a small API.
import vm from 'node:vm';
import { customArgument, customResult, thrownMessage } from './custom-functions';
import {
  type DocumentOptions,
  type DocumentState,
  Documents,
  documentState,
  newWorkbook,
} from './documents';
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
import { publicFunctionNames } from './script-run';
import { CacheStores, LockState, MailState, PropertyStores, TriggerRegistry } from './services';
import { parseA1 } from './spreadsheet/a1';
import { HOST_REALM, newRecorder, type Realm } from './spreadsheet/context';
import { userObject } from './spreadsheet/spreadsheet';
import type { Workbook } from './spreadsheet/workbook';
import { clockEvent, editEventBase, installableEditEvent, simpleEditEvent } from './trigger-events';
import { assertValidInput } from './validation';
import { WorkbookView } from './workbook-view';

export type { FiredExecution } from './executions';
export type { EmulatorOptions } from './options';
export { customFunctionNames } from './realm';
export type { CallKind, ExecutionMode, ServiceEnv } from './runtime';
export { CallMeter, Clock, Execution, LATENCY_MS } from './runtime';
export type { SheetModel, Workbook } from './spreadsheet/workbook';

/** The emulator: one script project and clock over its spreadsheets and users. See emulator/README.md. */
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
  private readonly documents: Documents;
  private readonly bundleRealm: Realm;
  private readonly customFunctionNames: string[];
  /** The functions google.script.run offers pages: the bundle's top-level, non-private functions. */
  readonly scriptFunctions: string[];
  /** The script project's name: the title of its add-on menu. */
  private readonly projectName: string;
  private readonly customNames: Map<string, string>;
  private readonly activeUser: string;
  private readonly realmOf: () => Realm;

  private constructor(options: EmulatorOptions) {
    const clock = new Clock(options.now ?? Date.now());
    const bundle = readBundle(options.bundle);
    const names = customFunctionNames(bundle.code);
    const locale = options.locale ?? 'ko_KR';
    const host: CustomFunctionHost = { call: () => ({ error: 'The script is still loading.' }) };
    const spec = {
      id: '1EmulatedSpreadsheet0PipelineSheet0000000000',
      name: options.name ?? 'Pipeline',
      timeZone: options.timeZone ?? 'Asia/Seoul',
      locale,
      owner: options.owner,
    };
    // Inside an execution a write waits for the next read or the execution's end to be evaluated.
    const inExecution = () => this.executions?.current() !== undefined;
    super(newWorkbook(spec, names, clock, host, inExecution), newRecorder());
    host.call = (name, args) => this.callCustomFunction(this.workbook, name, args);
    this.clock = clock;
    this.customNames = new Map(names.map((n) => [n.toUpperCase(), n]));
    this.customFunctionNames = names;
    this.scriptFunctions = publicFunctionNames(bundle.code);
    this.projectName = options.projectName ?? 'Pipeline Sheet';
    const scriptTimeZone = options.scriptTimeZone ?? manifestTimeZone();
    // Apps Script runs the script's JavaScript in the script time zone (new Date(y, m, d), getHours…).
    // Node has one zone per process, so the emulator sets it for the process.
    process.env.TZ = scriptTimeZone;
    this.activeUser = options.activeUser ?? 'user@example.com';
    this.triggers = new TriggerRegistry({ scriptTimeZone, addOn: options.addOn });
    this.mail.quotaPerDay = options.mailQuota ?? 100;
    this.executions = new Executions(
      clock,
      this.locks,
      (name) => this.fn(name),
      options.computeTimeScale ?? 1,
      () => this.documents.settle(),
    );

    const self = this;
    this.env = {
      clock,
      get meter() {
        return self.currentMode() === 'custom-function' ? self.customFunctionCalls : self.calls;
      },
      execution: () => this.executions.current() ?? new Execution('menu', clock),
      spreadsheetTimeZone: () => this.documents.current().workbook.timeZone,
    };
    if (options.latencyAdvancesClock) {
      const advance = (kind: keyof typeof LATENCY_MS) => clock.advance(LATENCY_MS[kind]);
      this.calls.onCall = advance;
      this.customFunctionCalls.onCall = advance;
    }

    const { global, realm } = createScriptRealm(clock);
    this.global = global;
    this.bundleRealm = realm;
    this.realmOf = () => (bundle.path ? realm : HOST_REALM);
    const first = documentState(this.env, this.realmOf, this.workbook, this, this.projectName);
    this.documents = new Documents(first, () => this.executions.current()?.documentId ?? '');
    this.properties.currentDocument = () => this.documents.key();
    const session = { scriptTimeZone, activeUser: this.activeUser, effectiveUser: this.activeUser };
    Object.assign(
      global,
      scriptGlobals(this.env, {
        spreadsheetApp: this.documents.spreadsheetApp(),
        spreadsheetId: this.workbook.id,
        documentIds: () => this.documents.ids(),
        lockScope: (kind) =>
          this.documents.lockScope(kind, this.executions.current()?.user, this.activeUser),
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
    return this.documents.first.api.spreadsheet();
  }

  /**
   * Adds another spreadsheet with the same script (as an add-on installed there): run functions in
   * it with `run(…, { document: id })`. Returns its test-side view.
   */
  addDocument(options: Partial<DocumentOptions> & { id: string }): WorkbookView {
    const host: CustomFunctionHost = { call: () => ({ error: 'The document is still loading.' }) };
    const { timeZone, locale } = this.workbook;
    const spec = { timeZone, locale, name: options.id, ...options };
    const workbook = newWorkbook(
      spec,
      this.customFunctionNames,
      this.clock,
      host,
      () => this.executions.current() !== undefined,
    );
    host.call = (name, args) => this.callCustomFunction(workbook, name, args);
    const doc: DocumentState = documentState(
      this.env,
      this.realmOf,
      workbook,
      undefined,
      this.projectName,
    );
    this.documents.add(doc);
    return doc.view;
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
   * `user` runs it as another person, `document` in another document (see addDocument).
   */
  run(
    functionName: string,
    opts: { mode?: ExecutionMode; event?: object; user?: string; document?: string } = {},
    ...args: unknown[]
  ): unknown {
    const f = this.fn(functionName);
    const authMode = String((opts.event as { authMode?: unknown } | undefined)?.authMode ?? '');
    const call = () => (opts.event !== undefined ? f(opts.event) : f(...args));
    const context = { user: opts.user, documentId: this.documents.get(opts.document).id };
    return this.executions.execute(opts.mode ?? 'menu', call, authMode, context);
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
    options: { user?: string; document?: string } = {},
  ): FiredExecution[] {
    const doc = this.documents.get(options.document);
    const wb = doc.workbook;
    const sheet = doc.view.sheet(sheetName);
    const { row, col } = parseA1(a1, sheet.maxRows, sheet.maxCols);
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
    const range = doc.api.range(sheet, { row, col, numRows, numCols });
    const after = single ? { before, after: wb.engine.value(at) } : undefined;
    const base = editEventBase(range, doc.api.spreadsheet(), after);
    const editor = options.user ?? this.activeUser;
    const fired: FiredExecution[] = [];
    const simple = { user: editor, documentId: doc.id };
    if (this.has('onEdit'))
      fired.push(
        this.executions.fire('onEdit', 'simple-trigger', simpleEditEvent(base), false, '', simple),
      );
    // Each installable trigger runs as its creator, who sees only their own identity.
    for (const t of this.triggers.installableEditTriggers(wb.id)) {
      const owner = t.owner || this.activeUser;
      const event = installableEditEvent(base, editor === owner ? editor : '', t.uid);
      const context = { user: t.owner, documentId: doc.id };
      fired.push(this.executions.fire(t.handler, 'installable-trigger', event, false, '', context));
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
      const context = { user: next.owner, documentId: next.documentId || this.workbook.id };
      const event = clockEvent(next.uid, at);
      const record = this.executions.fire(next.handler, 'time-trigger', event, false, '', context);
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
  private callCustomFunction(
    wb: Workbook,
    name: string,
    args: CustomArg[],
    documentId = wb.id,
  ): CustomResult {
    const real = this.customNames.get(name.toUpperCase()) ?? name;
    this.customFunctionRuns.set(real, (this.customFunctionRuns.get(real) ?? 0) + 1);
    const run = () => {
      const started = this.clock.nowMs();
      const values = args.map((a) => customArgument(wb, this.bundleRealm, a));
      const result = this.fn(real)(...values);
      if (this.clock.nowMs() - started > Execution.LIMIT_MS['custom-function'])
        return { error: 'Exceeded maximum execution time' };
      return customResult(wb, result);
    };
    try {
      return this.executions.execute('custom-function', run, '', { documentId });
    } catch (e) {
      return { error: thrownMessage(e) };
    }
  }
}
