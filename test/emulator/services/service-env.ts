// Builds a ServiceEnv for service tests: a settable clock, a meter, and an execution in a chosen mode.

import {
  CallMeter,
  Clock,
  Execution,
  type ExecutionMode,
  type ServiceEnv,
} from '../../../emulator/runtime';

export interface TestEnv extends ServiceEnv {
  /** Starts a new execution in `mode` at the clock's current time. */
  run(mode: ExecutionMode): Execution;
}

/** A ServiceEnv whose execution is a menu run started at `start` unless `run()` switches it. */
export function makeEnv(
  start: string | number = '2026-03-01T00:00:00Z',
  mode: ExecutionMode = 'menu',
): TestEnv {
  const clock = new Clock(start);
  const meter = new CallMeter();
  let execution = new Execution(mode, clock);
  return {
    clock,
    meter,
    execution: () => execution,
    spreadsheetTimeZone: () => 'Asia/Seoul',
    run(next: ExecutionMode) {
      execution = new Execution(next, clock);
      return execution;
    },
  };
}
