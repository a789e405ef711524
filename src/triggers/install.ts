// Installing and removing the add-on's own triggers: the hourly tick of the daily job and the on-edit handler.

type ScriptAppService = GoogleAppsScript.Script.ScriptApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Entry points our triggers call (see src/entrypoints.ts). */
export const DAILY_JOB_HANDLER = 'runDailyJob';
export const EDIT_HANDLER = 'onPipelineEdit';
/** The one-off continuation older versions scheduled; spent ones stay listed until deleted. */
export const LEGACY_CONTINUATION_HANDLER = 'runDailyJobContinuation';

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export type EnableResult =
  | { ok: true; hour: number; timeZone: string; replaced: number }
  | { ok: false; reason: 'trigger-limit'; existing: number };

/**
 * This user's triggers in this spreadsheet. In a published add-on getProjectTriggers lists the
 * user's triggers of every document the add-on runs in, so ours are picked by document:
 * getUserTriggers(spreadsheet), and a spreadsheet trigger must also name it as its source.
 */
function triggersHere(scriptApp: ScriptAppService, spreadsheet: Spreadsheet) {
  const id = spreadsheet.getId();
  return scriptApp.getUserTriggers(spreadsheet).filter((t) => {
    const source = t.getTriggerSourceId();
    return source === null || source === undefined || source === id;
  });
}

function isTooManyTriggers(e: unknown): boolean {
  return /too many triggers/i.test(String((e as Error)?.message ?? e));
}

/**
 * Installs the hourly time-driven trigger (its tick runs the daily work once a day at `hour` in
 * the spreadsheet's time zone, and resumes unfinished work) and the installable on-edit trigger:
 * one of each, as add-ons are allowed per user and document. Any of ours already installed
 * (older versions' daily and one-off triggers included) are replaced, so enabling twice never
 * duplicates. When the two would not fit under the 20-trigger limit nothing changes.
 */
export function enableDailyAlerts(
  scriptApp: ScriptAppService,
  spreadsheet: Spreadsheet,
  hour: number,
): EnableResult {
  // The limit is per user and script (every document); only this document's are replaced.
  const triggers = scriptApp.getProjectTriggers();
  const ours = triggersHere(scriptApp, spreadsheet).filter((t) => {
    const h = t.getHandlerFunction();
    return h === DAILY_JOB_HANDLER || h === EDIT_HANDLER || h === LEGACY_CONTINUATION_HANDLER;
  });
  const others = triggers.length - ours.length;
  if (others + 2 > TRIGGER_LIMIT)
    return { ok: false, reason: 'trigger-limit', existing: triggers.length };
  for (const t of ours) scriptApp.deleteTrigger(t);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  try {
    scriptApp.newTrigger(DAILY_JOB_HANDLER).timeBased().everyHours(1).create();
    scriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(spreadsheet).onEdit().create();
  } catch (e) {
    // Another user's or script's triggers may have filled the quota meanwhile.
    if (isTooManyTriggers(e))
      return {
        ok: false,
        reason: 'trigger-limit',
        existing: scriptApp.getProjectTriggers().length,
      };
    throw e;
  }
  return { ok: true, hour, timeZone, replaced: ours.length };
}

/** Removes our hourly, on-edit (and older versions' one-off) triggers of this spreadsheet, and no other; returns how many. */
export function disableDailyAlerts(scriptApp: ScriptAppService, spreadsheet: Spreadsheet): number {
  const handlers = new Set([DAILY_JOB_HANDLER, EDIT_HANDLER, LEGACY_CONTINUATION_HANDLER]);
  let removed = 0;
  for (const t of triggersHere(scriptApp, spreadsheet)) {
    if (handlers.has(t.getHandlerFunction())) {
      scriptApp.deleteTrigger(t);
      removed++;
    }
  }
  return removed;
}

/** True when the daily job's trigger is installed for this spreadsheet. */
export function dailyAlertsEnabled(scriptApp: ScriptAppService, spreadsheet: Spreadsheet): boolean {
  return triggersHere(scriptApp, spreadsheet).some(
    (t) => t.getHandlerFunction() === DAILY_JOB_HANDLER,
  );
}

/** Removes one-off continuation triggers older versions left in this spreadsheet. */
export function removeLegacyContinuations(
  scriptApp: ScriptAppService,
  spreadsheet: Spreadsheet,
): void {
  for (const t of triggersHere(scriptApp, spreadsheet))
    if (t.getHandlerFunction() === LEGACY_CONTINUATION_HANDLER) scriptApp.deleteTrigger(t);
}
