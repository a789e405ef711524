// Logger and console: both append lines tests can read; Logger is metered like a service, console is not.

import type { ServiceEnv } from '../runtime';
import { formatJavaString } from './java-format';
import { isDate, metered } from './metered';

/** How a logged value reads: strings as is, Dates as their string, objects as JSON. */
export function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  if (isDate(value) || typeof value !== 'object' || value === null) return String(value);
  if (value instanceof Error) return value.stack ?? String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Logger: log(data) or log(format, values…) with Java format specifiers; getLog; clear. */
export function createLogger(env: ServiceEnv, lines: string[]) {
  return metered(env, 'Logger', {
    log(data: unknown, ...values: unknown[]) {
      lines.push(
        values.length > 0 ? formatJavaString(logText(data), values.map(logText)) : logText(data),
      );
      return this;
    },
    getLog(): string {
      return lines.join('\n');
    },
    clear(): void {
      lines.length = 0;
    },
  });
}

/** console: each call appends its arguments joined by spaces (warn/error prefixed with the level). */
export function createConsole(lines: string[]) {
  const write =
    (prefix: string) =>
    (...args: unknown[]): void => {
      lines.push(prefix + args.map(logText).join(' '));
    };
  return {
    log: write(''),
    info: write(''),
    warn: write('WARNING: '),
    error: write('ERROR: '),
  };
}
