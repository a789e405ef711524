// Today's stall-alert plan and the digests' shared context, for both the daily job and the preview.
import { type AlertPlan, planAlertDigests, resolveAllowedDomains } from '../core/alert-plan';
import { dayNumber } from '../core/dates';
import type { DigestContext } from '../core/digest-email';
import { findStalledDeals } from '../core/stall';
import type { WorkbookSnapshot } from '../sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet owner's address, or undefined when unknown (local runs, some shared drives). */
function spreadsheetOwner(ss: Spreadsheet): string | undefined {
  try {
    return ss.getOwner()?.getEmail() || undefined;
  } catch {
    return undefined;
  }
}

/** The day's plan from a snapshot and the alert log. */
export function planForToday(
  snapshot: WorkbookSnapshot,
  logEntries: Parameters<typeof planAlertDigests>[0]['log'],
  now: Date,
): AlertPlan {
  const { settings, timeZone } = snapshot;
  const stalled = findStalledDeals(snapshot.deals.rows, settings, now, timeZone);
  return planAlertDigests({
    stalled,
    log: logEntries,
    today: dayNumber(now, timeZone),
    cooldownDays: settings.cooldownDays,
    escalationEmail: settings.escalationEmail,
    allowedDomains: resolveAllowedDomains(
      settings.allowedDomains,
      spreadsheetOwner(snapshot.spreadsheet),
    ),
  });
}

/** What every digest email needs from the workbook. */
export function digestContext(snapshot: WorkbookSnapshot): DigestContext {
  const ss = snapshot.spreadsheet;
  return {
    lang: snapshot.lang,
    stages: snapshot.settings.stages,
    currency: snapshot.settings.currency,
    businessDays: snapshot.settings.businessDays,
    spreadsheetName: ss.getName(),
    spreadsheetUrl: ss.getUrl(),
    dealsSheetId: snapshot.deals.sheet?.getSheetId() ?? 0,
    senderName: snapshot.settings.senderName,
  };
}
