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
  const triggers = scriptApp.getProjectTriggers();
  const ours = triggers.filter((t) => {
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

/** Removes our daily, on-edit and continuation triggers, and no other; returns how many. */
export function disableDailyAlerts(scriptApp: ScriptAppService): number {
  const handlers = new Set([DAILY_JOB_HANDLER, EDIT_HANDLER, CONTINUATION_HANDLER]);
  let removed = 0;
  for (const t of scriptApp.getProjectTriggers()) {
    if (handlers.has(t.getHandlerFunction())) {
      scriptApp.deleteTrigger(t);
      removed++;
    }
  }
  return removed;
}

/** True when the daily job's trigger is installed. */
export function dailyAlertsEnabled(scriptApp: ScriptAppService): boolean {
  return scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_JOB_HANDLER);
}

/** Schedules the continuation of a daily run in about a minute, unless one is already waiting. */
export function scheduleContinuation(scriptApp: ScriptAppService, afterMs = 60_000): boolean {
  const waiting = scriptApp
    .getProjectTriggers()
    .some((t) => t.getHandlerFunction() === CONTINUATION_HANDLER);
  if (waiting) return false;
  scriptApp.newTrigger(CONTINUATION_HANDLER).timeBased().after(afterMs).create();
  return true;
}

/**
 * Removes the one-off continuation trigger(s) once they have fired: only the one with `uid` when
 * given (the trigger that started this run), else every continuation trigger.
 */
export function removeContinuationTriggers(scriptApp: ScriptAppService, uid?: string): void {
  for (const t of scriptApp.getProjectTriggers())
    if (
      t.getHandlerFunction() === CONTINUATION_HANDLER &&
      (uid === undefined || t.getUniqueId() === uid)
    )
      scriptApp.deleteTrigger(t);
}
