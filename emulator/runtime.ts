// The emulator's runtime core: injectable clock, service-call meter with a latency model, execution contexts.

/** What kind of service call: reads and writes of spreadsheet data, mail sends, everything else. */
export type CallKind = 'read' | 'write' | 'mail' | 'other';

/**
 * Modelled latency per call kind, in milliseconds. Source: Google's Apps Script best-practices guide
 * ("Use batch operations") measures a 100×100 per-cell loop at ~70 s against ~1 s batched, i.e. about
 * 7 ms per single-cell round trip; reads and writes cost about the same, mail sends are slower in
 * field logs (~100–300 ms), and cheap calls (getName, getSheetByName) still cross to the server.
 */
export const LATENCY_MS: Record<CallKind, number> = { read: 7, write: 7, mail: 200, other: 1 };

/** A clock tests can move. Utilities.sleep and the execution deadline use it. */
export class Clock {
  private ms: number;
  constructor(start: Date | string | number = Date.now()) {
    this.ms = new Date(start).getTime();
    if (Number.isNaN(this.ms)) throw new Error(`Clock: invalid start time ${String(start)}`);
  }
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  set(to: Date | string | number): void {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new Error(`Clock: invalid time ${String(to)}`);
    this.ms = next;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface CallRecord {
  kind: CallKind;
  method: string;
}

/** Counts every service call by kind and method, and the modelled time they would take. */
export class CallMeter {
  readonly counts: Record<CallKind, number> = { read: 0, write: 0, mail: 0, other: 0 };
  readonly byMethod = new Map<string, number>();
  modelledMs = 0;
  /** Set by the emulator: called after each counted call (e.g. to advance the clock by its latency). */
  onCall?: (kind: CallKind, method: string) => void;

  count(kind: CallKind, method: string): void {
    this.counts[kind]++;
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
    this.modelledMs += LATENCY_MS[kind];
    this.onCall?.(kind, method);
  }
  /** Reads + writes: what the performance rules bound. */
  get dataCalls(): number {
    return this.counts.read + this.counts.write;
  }
  get total(): number {
    return this.counts.read + this.counts.write + this.counts.mail + this.counts.other;
  }
  reset(): void {
    for (const k of Object.keys(this.counts) as CallKind[]) this.counts[k] = 0;
    this.byMethod.clear();
    this.modelledMs = 0;
  }
  snapshot(): {
    read: number;
    write: number;
    mail: number;
    other: number;
    total: number;
    modelledMs: number;
  } {
    return { ...this.counts, total: this.total, modelledMs: this.modelledMs };
  }
}

/** How an execution was started; decides what Apps Script allows in it. */
export type ExecutionMode =
  | 'menu' // a menu item or script run by a user: everything allowed
  | 'simple-trigger' // onOpen/onEdit simple triggers: AuthMode.LIMITED, no mail, no trigger changes
  | 'installable-trigger' // installable on-edit: full auth, but no getUi dialogs
  | 'time-trigger' // time-driven: full auth, no getUi at all
  | 'custom-function'; // a formula cell: read-only, no mail, no triggers, no UI

/** Apps Script's message when a custom function or simple trigger calls something it may not. */
export function permissionError(method: string): Error {
  return new Error(`You do not have permission to call ${method}`);
}

/** Error for API methods the emulator does not implement: gaps show instead of returning undefined. */
export function notImplemented(name: string): Error {
  return new Error(`Emulator: ${name} is not implemented`);
}

/**
 * Wraps a service object so that reading a property that does not exist throws notImplemented
 * (naming `Service.method`) instead of returning undefined.
 */
export function strict<T extends object>(serviceName: string, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj) return Reflect.get(obj, prop, receiver);
      // Promise-resolution and inspection probes are not API calls.
      if (prop === 'then' || prop === 'toJSON' || prop === 'inspect' || prop === 'constructor')
        return undefined;
      throw notImplemented(`${serviceName}.${prop}`);
    },
  });
}

/** Computation time is charged to the clock in steps of this many emulated milliseconds. */
export const COMPUTE_STEP_MS = 10_000;

/** The execution now running: mode, deadline on the emulator clock, and the rules that follow. */
export class Execution {
  /** Apps Script stops scripts after 6 minutes; custom functions after 30 seconds. */
  static readonly LIMIT_MS: Record<ExecutionMode, number> = {
    menu: 6 * 60_000,
    'simple-trigger': 30_000,
    'installable-trigger': 6 * 60_000,
    'time-trigger': 6 * 60_000,
    'custom-function': 30_000,
  };
  readonly deadlineMs: number;
  /**
   * Set once the deadline has passed: Apps Script terminates the run there (no catch, no finally),
   * so every later service call throws it again and the execution ends with it whatever the script does.
   */
  terminated?: Error;
  /**
   * Real milliseconds of script computation count as this many emulated ones (0: computation is
   * free). Charged to the clock at service calls in steps of COMPUTE_STEP_MS, so ordinary work (even
   * on a loaded machine) never moves timestamps tests compare, while a runaway loop meets the deadline.
   */
  computeTimeScale = 1;
  private computeSinceMs = performance.now();
  private computeOwedMs = 0;
  /**
   * AuthMode.NONE: an add-on's onOpen before the user has authorised it in this document. Only menus
   * (and services that need no authorisation) are allowed; no spreadsheet, properties, mail or triggers.
   */
  authNone = false;
  /** Who runs it ('' = the emulator's one user) and in which document ('' = the first one). */
  user = '';
  documentId = '';

  constructor(
    readonly mode: ExecutionMode,
    readonly clock: Clock,
    readonly startedMs: number = clock.nowMs(),
  ) {
    this.deadlineMs = startedMs + Execution.LIMIT_MS[mode];
  }

  /** Refuses, in AuthMode.NONE, a call that needs authorisation (`Service.method` names). */
  assertAuthorized(method: string): void {
    if (!this.authNone) return;
    if (method === 'SpreadsheetApp.getUi' || method === 'ScriptApp.getAuthorizationInfo') return;
    if (
      /^(SpreadsheetApp|Spreadsheet|Sheet|Range|NamedRange|Protection|Banding|PropertiesService|Properties|MailApp|ScriptApp|TriggerBuilder|ClockTriggerBuilder|SpreadsheetTriggerBuilder|Trigger)\./.test(
        method,
      )
    )
      throw permissionError(method);
  }

  get readOnly(): boolean {
    return this.mode === 'custom-function';
  }
  get canMail(): boolean {
    return this.mode !== 'custom-function' && this.mode !== 'simple-trigger';
  }
  get canChangeTriggers(): boolean {
    return this.mode !== 'custom-function' && this.mode !== 'simple-trigger';
  }
  get canUseUi(): boolean {
    return this.mode !== 'time-trigger' && this.mode !== 'custom-function';
  }

  /**
   * Charges the computation since the last service call to the clock, then terminates the run once
   * the clock has passed the deadline (Apps Script's time-limit error, thrown again on every later call).
   */
  checkDeadline(): void {
    if (this.terminated) throw this.terminated;
    this.chargeComputation();
    if (this.clock.nowMs() > this.deadlineMs) {
      this.terminated = new Error(
        this.mode === 'custom-function'
          ? 'Exceeded maximum execution time'
          : 'Exceeded maximum execution time (Apps Script stops a script after 6 minutes)',
      );
      throw this.terminated;
    }
  }

  /** Adds whole steps of (scaled) computation time to the clock; the rest carries over. */
  chargeComputation(): void {
    const nowMs = performance.now();
    this.computeOwedMs += (nowMs - this.computeSinceMs) * this.computeTimeScale;
    this.computeSinceMs = nowMs;
    const whole = Math.floor(this.computeOwedMs / COMPUTE_STEP_MS) * COMPUTE_STEP_MS;
    if (whole > 0) {
      this.clock.advance(whole);
      this.computeOwedMs -= whole;
    }
  }
  assertWrite(method: string): void {
    if (this.readOnly) throw permissionError(method);
  }
  assertMail(method: string): void {
    if (!this.canMail) throw permissionError(method);
  }
  assertTriggers(method: string): void {
    if (!this.canChangeTriggers) throw permissionError(method);
  }
  assertUi(): void {
    if (!this.canUseUi) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  }
}

/** What every emulated service is handed: the clock, the meter and the execution now running. */
export interface ServiceEnv {
  clock: Clock;
  meter: CallMeter;
  /** The execution now running (throws if none: services are only reachable inside one). */
  execution(): Execution;
  /** The spreadsheet's time zone (may differ from the script's). */
  spreadsheetTimeZone(): string;
}
