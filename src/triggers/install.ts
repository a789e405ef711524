// Installing and removing the add-on's own triggers: the daily job, the on-edit handler, the continuation.

type ScriptAppService = GoogleAppsScript.Script.ScriptApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Entry points our triggers call (see src/entrypoints.ts). */
export const DAILY_JOB_HANDLER = 'runDailyJob';
export const EDIT_HANDLER = 'onPipelineEdit';
export const CONTINUATION_HANDLER = 'runDailyJobContinuation';

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
 * Installs the daily time-driven trigger (at `hour` in the spreadsheet's time zone, every day)
 * and the installable on-edit trigger. Any of ours already installed are replaced, so enabling
 * twice never duplicates. When the two would not fit under the 20-trigger limit nothing changes.
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
    return h === DAILY_JOB_HANDLER || h === EDIT_HANDLER;
  });
  const others = triggers.length - ours.length;
  if (others + 2 > TRIGGER_LIMIT)
    return { ok: false, reason: 'trigger-limit', existing: triggers.length };
  for (const t of ours) scriptApp.deleteTrigger(t);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  try {
    scriptApp
      .newTrigger(DAILY_JOB_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(hour)
      .inTimezone(timeZone)
      .create();
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

/** Removes our daily, on-edit and continuation triggers of this spreadsheet, and no other; returns how many. */
export function disableDailyAlerts(scriptApp: ScriptAppService, spreadsheet: Spreadsheet): number {
  const handlers = new Set([DAILY_JOB_HANDLER, EDIT_HANDLER, CONTINUATION_HANDLER]);
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

/** Schedules the continuation of a daily run in about a minute, unless one is already waiting here. */
export function scheduleContinuation(
  scriptApp: ScriptAppService,
  spreadsheet: Spreadsheet,
  afterMs = 60_000,
): boolean {
  const waiting = triggersHere(scriptApp, spreadsheet).some(
    (t) => t.getHandlerFunction() === CONTINUATION_HANDLER,
  );
  if (waiting) return false;
  scriptApp.newTrigger(CONTINUATION_HANDLER).timeBased().after(afterMs).create();
  return true;
}

/**
 * Removes the one-off continuation trigger(s) once they have fired: only the one with `uid` when
 * given (the trigger that started this run), else every continuation trigger.
 */
export function removeContinuationTriggers(
  scriptApp: ScriptAppService,
  spreadsheet: Spreadsheet,
  uid?: string,
): void {
  for (const t of triggersHere(scriptApp, spreadsheet))
    if (
      t.getHandlerFunction() === CONTINUATION_HANDLER &&
      (uid === undefined || t.getUniqueId() === uid)
    )
      scriptApp.deleteTrigger(t);
}
