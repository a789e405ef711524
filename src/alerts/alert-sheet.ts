// The alert log as the job sees it: Alerts sheet rows plus journaled attempts not yet written there.
import { type AlertLogEntry, attemptKey, parseAlertLog } from '../core/alert-log';
import type { AlertJournal } from './alert-journal';

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
  const fromSheet = parseAlertLog(alertValues, timeZone);
  const written = new Set(fromSheet.map(attemptKey));
  const unwritten = journal.entries(timeZone).filter((e) => !written.has(attemptKey(e)));
  return { entries: [...fromSheet, ...unwritten], unwritten };
}
