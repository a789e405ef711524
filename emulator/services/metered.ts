// Wraps an emulated service object so each method call checks the deadline, is metered, and gaps throw.

import { type CallKind, type ServiceEnv, strict } from '../runtime';

/** True for a Date from any realm (the bundle may run in its own VM context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The Apps Script type name of a value, as its "parameters (…) don't match" errors print it. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'number[]';
  const t = typeof value;
  if (t === 'string') return 'String';
  if (t === 'number') return 'number';
  if (t === 'boolean') return 'Boolean';
  return 'Object';
}

/** Apps Script's error for a call whose arguments fit no overload of the method. */
export function signatureError(method: string, args: unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}

/**
 * Returns `members` wrapped: every function member first runs env.execution().checkDeadline(),
 * then is counted as `Name.method` (kind from `kinds`, else 'other'); a method returning the
 * unwrapped object (builder chaining) returns the wrapped one instead. Non-function members
 * (enums) pass through. The result is strict(): unknown members throw naming `Name.member`.
 */
export function metered<T extends object>(
  env: ServiceEnv,
  serviceName: string,
  members: T,
  kinds: Partial<Record<keyof T, CallKind>> = {},
): T {
  const wrapped = {} as Record<string, unknown>;
  const proxy = strict(serviceName, wrapped) as T;
  // Symbol-keyed members are emulator internals (e.g. state for other services), not API calls.
  for (const sym of Object.getOwnPropertySymbols(members))
    (wrapped as Record<symbol, unknown>)[sym] = (members as Record<symbol, unknown>)[sym];
  for (const key of Object.keys(members) as (keyof T & string)[]) {
    const member = members[key];
    if (typeof member !== 'function') {
      wrapped[key] = member;
      continue;
    }
    const kind = kinds[key] ?? 'other';
    const method = `${serviceName}.${key}`;
    wrapped[key] = (...args: unknown[]) => {
      env.execution().checkDeadline();
      env.execution().assertAuthorized(method);
      env.meter.count(kind, method);
      const result = (member as (...a: unknown[]) => unknown).apply(members, args);
      return result === members ? proxy : result;
    };
  }
  return proxy;
}
