// The event objects Apps Script hands to trigger functions: time-driven and edit events.
import type { EngineValue } from './formula-engine';
import { userObject } from './spreadsheet/spreadsheet';

/** A time-driven trigger's event for a run at `atMs` (fields in UTC, as Apps Script gives them). */
export function clockEvent(triggerUid: string, atMs: number): Record<string, unknown> {
  const d = new Date(atMs);
  return {
    authMode: 'FULL',
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() || 7,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/**
 * The fields every edit event shares: `range`, `source`, and for a single cell `value` and
 * `oldValue` (left out when the cell was empty).
 */
export function editEventBase(
  range: unknown,
  source: unknown,
  single: { before: EngineValue; after: EngineValue } | undefined,
): Record<string, unknown> {
  const base: Record<string, unknown> = { range, source };
  if (single) {
    base.value = eventValue(single.after);
    const old = eventValue(single.before);
    if (old !== undefined) base.oldValue = old;
  }
  return base;
}

/** The simple onEdit's event (no identity in AuthMode.LIMITED) and an installable trigger's. */
export function simpleEditEvent(base: Record<string, unknown>) {
  return { ...base, authMode: 'LIMITED', user: userObject('') };
}
export function installableEditEvent(base: Record<string, unknown>, user: string, uid: string) {
  return { ...base, authMode: 'FULL', user: userObject(user), triggerUid: uid };
}

/** e.value / e.oldValue as Apps Script gives them: text of the raw value (dates as serial numbers). */
function eventValue(v: EngineValue): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
