// The alert log: Alerts sheet rows read back as "what was sent, deferred, blocked or failed, to whom, when".
import { dayNumber, isDate } from './dates';
import { ALERT_COLUMNS, type AlertField, buildRow, placeColumns, readRecord } from './schema';

/** What a digest is about: only stalled deals, or at least one escalated deal (cc the escalation address). */
export type AlertKind = 'stall' | 'escalation';

/**
 * Results as written in the Result column. They are stable English keywords because the daily job
 * reads them back (cooldown, deferral); the Alerts header is localized, these values are not.
 */
export const RESULT = {
  sent: 'sent',
  deferredQuota: 'deferred: quota',
  blockedDomain: 'blocked: domain',
  blockedInvalid: 'blocked: invalid address',
  failedPrefix: 'failed: ',
} as const;

export type Outcome = 'sent' | 'deferred' | 'blocked' | 'failed';

export interface AlertLogEntry {
  at: Date;
  /** Day number of `at` in the spreadsheet's time zone. */
  day: number;
  /** Lower-cased, trimmed owner address as the digest was addressed. */
  owner: string;
  dealKeys: string[];
  kind: AlertKind;
  result: string;
  outcome: Outcome;
}

/** The outcome a Result text stands for, or undefined for text the job did not write. */
export function outcomeOf(result: string): Outcome | undefined {
  const r = result.trim().toLowerCase();
  if (r === RESULT.sent) return 'sent';
  if (r.startsWith('deferred')) return 'deferred';
  if (r.startsWith('blocked')) return 'blocked';
  if (r.startsWith('failed')) return 'failed';
  return undefined;
}

/** Owner addresses are compared lower-cased and trimmed. */
export function normalizeOwner(owner: string): string {
  return owner.trim().toLowerCase();
}

/** Deal keys from the Deal IDs cell ("D-0001, D-0002"). */
export function splitDealIds(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/\s*,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Where each Alerts field is read and written in a sheet with this header row (see placeColumns). */
export function alertColumns(header: readonly unknown[] | undefined): Record<AlertField, number> {
  return placeColumns(ALERT_COLUMNS, header ?? []);
}

/**
 * Reads the Alerts sheet's values (row 0 = header row) into log entries, its columns found by
 * header. Rows without a date in When or with a Result the job did not write (someone's note) are
 * ignored.
 */
export function parseAlertLog(
  values: readonly (readonly unknown[])[],
  timeZone: string,
): AlertLogEntry[] {
  const columns = alertColumns(values[0]);
  const out: AlertLogEntry[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = readRecord(columns, values[r]);
    const entry = entryFromCells(
      cells.at,
      cells.owner,
      cells.dealIds,
      cells.kind,
      cells.result,
      timeZone,
    );
    if (entry) out.push(entry);
  }
  return out;
}

/** One log entry from its five cell values, or undefined when they are not a job-written row. */
export function entryFromCells(
  at: unknown,
  owner: unknown,
  dealIds: unknown,
  kind: unknown,
  result: unknown,
  timeZone: string,
): AlertLogEntry | undefined {
  if (!isDate(at)) return undefined;
  // Stryker disable next-line StringLiteral: a blank Result has no outcome, nor has any other fallback text
  const text = String(result ?? '').trim();
  const outcome = outcomeOf(text);
  if (!outcome) return undefined;
  return {
    at,
    day: dayNumber(at, timeZone),
    owner: normalizeOwner(String(owner ?? '')),
    dealKeys: splitDealIds(dealIds),
    kind: String(kind).trim().toLowerCase() === 'escalation' ? 'escalation' : 'stall',
    result: text,
    outcome,
  };
}

/** The Alerts row for an entry, laid out for the sheet's header row (the one parseAlertLog reads). */
export function alertRow(
  entry: Pick<AlertLogEntry, 'at' | 'owner' | 'dealKeys' | 'kind' | 'result'>,
  header: readonly unknown[] = [],
): unknown[] {
  return buildRow(alertColumns(header), {
    at: entry.at,
    owner: entry.owner,
    dealIds: entry.dealKeys.join(', '),
    kind: entry.kind,
    result: entry.result,
  });
}

/** A key that identifies one logged attempt (to avoid writing a row twice after a crash). */
export function attemptKey(entry: Pick<AlertLogEntry, 'at' | 'owner' | 'result'>): string {
  // Seconds: a date written to a cell and read back may lose sub-second precision.
  return `${Math.round(entry.at.getTime() / 1000)}|${normalizeOwner(entry.owner)}|${entry.result}`;
}
