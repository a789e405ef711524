// The alert log as the job sees it: Alerts sheet rows plus journaled attempts not yet written there.
import {
  type AlertColumns,
  type AlertLogEntry,
  attemptKey,
  DEFAULT_ALERT_COLUMNS,
  parseAlertLog,
} from '../core/alert-log';
import { ALERT_COLUMNS, headerKey } from '../sheets/schema';
import type { AlertJournal } from './alert-journal';

/** Alerts columns found by their English or Korean header; the schema order where a header is missing. */
export function alertColumns(header: readonly unknown[] | undefined): AlertColumns {
  const cols: AlertColumns = { ...DEFAULT_ALERT_COLUMNS };
  if (!header) return cols;
  const keys = header.map((h) => (typeof h === 'string' ? headerKey(h) : ''));
  for (const spec of ALERT_COLUMNS) {
    const i = keys.findIndex((k) => k === headerKey(spec.en) || k === headerKey(spec.ko));
    if (i >= 0) cols[spec.key] = i;
  }
  return cols;
}

export interface AlertLog {
  /** Every attempt known: the sheet's rows and the journal's unwritten ones. */
  entries: AlertLogEntry[];
  /** Journaled attempts missing from the sheet: they go into this run's Alerts write. */
  unwritten: AlertLogEntry[];
}

/**
 * Reads the log from the Alerts values and the journal. A journaled attempt already in the sheet
 * (the run died after writing Alerts but before clearing the journal) is not written twice.
 */
export function readAlertLog(
  alertValues: readonly (readonly unknown[])[],
  journal: AlertJournal,
  timeZone: string,
): AlertLog {
  const fromSheet = parseAlertLog(alertValues, timeZone, alertColumns(alertValues[0]));
  const written = new Set(fromSheet.map(attemptKey));
  const unwritten = journal.entries(timeZone).filter((e) => !written.has(attemptKey(e)));
  return { entries: [...fromSheet, ...unwritten], unwritten };
}
