// Executions as Apps Script runs them: one at a time on a stack, each with its own deadline and lock
// scope, and the execution log of the ones the emulator fired (triggers, edits).
import { type Clock, Execution, type ExecutionMode } from './runtime';
import type { LockState } from './services';

/** One execution's outcome when the emulator fires it (triggers, edits). */
export interface FiredExecution {
  handler: string;
  mode: ExecutionMode;
  at: Date;
  error?: string;
}

/** Who an execution runs as and in which document (defaults: the emulator's user, the first document). */
export interface ExecutionContext {
  user?: string;
  documentId?: string;
}

/** The running executions (innermost last) and the log of fired ones. */
export class Executions {
  /** Errors of executions the emulator fired, as Apps Script's execution log keeps them. */
  readonly log: FiredExecution[] = [];
  private readonly stack: { execution: Execution; id: string }[] = [];
  private counter = 0;

  constructor(
    private readonly clock: Clock,
    private readonly locks: LockState,
    private readonly fn: (name: string) => (...args: unknown[]) => unknown,
    /** Emulated milliseconds charged per real millisecond of script computation (0: none). */
    private readonly computeTimeScale = 1,
    /** Evaluates the writes an execution left deferred, before it ends. */
    private readonly settle: () => void = () => {},
  ) {}

  /** The execution now running, if any. */
  current(): Execution | undefined {
    return this.stack.at(-1)?.execution;
  }
  /** The id locks are held under ('outside' when nothing runs). */
  currentId(): string {
    return this.stack.at(-1)?.id ?? 'outside';
  }

  /**
   * Runs `body` as one Apps Script execution: own deadline, own lock scope. A run that reached its
   * deadline ends with the time-limit error even when the script caught it: Apps Script terminates
   * the run there, and every service call after it was refused.
   */
  execute<T>(
    mode: ExecutionMode,
    body: () => T,
    authMode?: string,
    context: ExecutionContext = {},
  ): T {
    const execution = new Execution(mode, this.clock);
    execution.authNone = authMode === 'NONE';
    execution.user = context.user ?? this.current()?.user ?? '';
    execution.documentId = context.documentId ?? this.current()?.documentId ?? '';
    execution.computeTimeScale = this.computeTimeScale;
    const id = `execution-${++this.counter}`;
    this.stack.push({ execution, id });
    try {
      const result = body();
      execution.checkDeadline();
      return result;
    } catch (e) {
      throw execution.terminated ?? e;
    } finally {
      this.settle();
      this.stack.pop();
      this.locks.releaseAll(id);
    }
  }

  /** Runs a handler with its event and logs the outcome; errors are recorded (thrown with `rethrow`). */
  fire(
    handler: string,
    mode: ExecutionMode,
    event: object,
    rethrow = false,
    authMode?: string,
    context: ExecutionContext = {},
  ): FiredExecution {
    const record: FiredExecution = { handler, mode, at: this.clock.now() };
    try {
      this.execute(mode, () => this.fn(handler)(event), authMode, context);
    } catch (e) {
      record.error = (e as Error)?.message ?? String(e);
      this.log.push(record);
      if (rethrow) throw e;
      return record;
    }
    this.log.push(record);
    return record;
  }
}
