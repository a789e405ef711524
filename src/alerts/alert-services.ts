// The Apps Script services stall alerts use, handed in by the entry points (or a test, or the emulator).
import type { RuleBuilders } from '../sheets/range-reach';

/** What the daily job and the alert menu commands are given instead of reaching for globals. */
export interface AlertServices {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Rule builders, for re-pointing dropdowns and stalled-row colours when the grid has grown. */
  app: RuleBuilders;
  /** The document lock: one run per spreadsheet (the script lock would make every customer's runs wait on each other). */
  lockService: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
  mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
  /** Document properties: the sent-email journal lives there (per spreadsheet). */
  properties: GoogleAppsScript.Properties.Properties;
  scriptApp: GoogleAppsScript.Script.ScriptApp;
  /** Who the job runs as, for History's "changed by". */
  effectiveUser: () => string;
  now: () => Date;
  log: (message: string) => void;
}
