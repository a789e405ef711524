// Menu commands for stall alerts: preview, send now, enable and disable the daily job.
import { previewTitle, renderAlertPreview } from '../core/alert-preview';
import { type Lang, langFromLocale } from '../core/i18n';
import { parseSettings } from '../core/settings';
import { findSheet, readSheetValues, readWorkbook, workbookLang } from '../sheets/workbook';
import { type JobServices, planForToday, runDailyJobWith } from '../triggers/daily-job';
import { disableDailyAlerts, enableDailyAlerts } from '../triggers/install';
import { AlertJournal } from './alert-journal';
import { alertMessages } from './alert-messages';
import { readAlertLog } from './alert-sheet';

type Ui = GoogleAppsScript.Base.Ui;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The language for a message about `ss`, read cheaply (Settings only). */
function sheetLang(ss: Spreadsheet): Lang {
  const { settings } = parseSettings(readSheetValues(findSheet(ss, 'settings')));
  return workbookLang(settings, ss.getSpreadsheetLocale());
}

/**
 * "Preview stall alerts": a dialog listing each recipient and their deals as today's run would
 * send them. Reads the workbook and the journal; writes nothing and sends nothing.
 */
export function previewStallAlerts(
  services: Pick<JobServices, 'spreadsheet' | 'properties' | 'now'>,
  ui: Ui,
  htmlService: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>,
): string {
  const snapshot = readWorkbook(services.spreadsheet);
  const lang = snapshot.lang;
  if (!snapshot.deals.sheet) {
    ui.alert(alertMessages(lang).title, alertMessages(lang).notSetUp, ui.ButtonSet.OK);
    return '';
  }
  const journal = AlertJournal.load(services.properties);
  const log = readAlertLog(snapshot.alerts.values, journal, snapshot.timeZone);
  const plan = planForToday(snapshot, log.entries, services.now());
  const html = renderAlertPreview(plan, {
    lang,
    currency: snapshot.settings.currency,
    stages: snapshot.settings.stages,
    businessDays: snapshot.settings.businessDays,
  });
  ui.showModalDialog(
    htmlService.createHtmlOutput(html).setWidth(720).setHeight(520),
    previewTitle(lang),
  );
  return html;
}

/** "Send stall alerts now": the daily job run from the menu, with a summary for the user. */
export function sendStallAlertsNow(services: JobServices, ui: Ui): void {
  const report = runDailyJobWith(services, { trigger: 'menu' });
  // The job has read Settings already; only a locked run has not.
  const t = alertMessages(report.lang ?? sheetLang(services.spreadsheet));
  let text: string;
  if (report.status === 'locked') text = t.busy;
  else if (report.status === 'not set up') text = t.notSetUp;
  else {
    text = t.sendSummary(report);
    if (report.remaining) text += `\n${t.continuing(report.remaining)}`;
  }
  ui.alert(t.title, text, ui.ButtonSet.OK);
}

/** "Enable daily alerts": installs (or replaces) the daily and on-edit triggers. */
export function enableAlertsFromMenu(
  spreadsheet: Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  ui: Ui,
): void {
  const { settings } = parseSettings(readSheetValues(findSheet(spreadsheet, 'settings')));
  const lang =
    settings.language === 'auto'
      ? langFromLocale(spreadsheet.getSpreadsheetLocale())
      : settings.language;
  const t = alertMessages(lang);
  const result = enableDailyAlerts(scriptApp, spreadsheet, settings.alertHour);
  const text = result.ok
    ? `${t.enabled(result.hour, result.timeZone)}${result.replaced ? `\n${t.replaced}` : ''}`
    : t.triggerLimit(result.existing);
  ui.alert(t.title, text, ui.ButtonSet.OK);
}

/** "Disable daily alerts": removes only this add-on's alert triggers. */
export function disableAlertsFromMenu(
  spreadsheet: Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  ui: Ui,
): void {
  const removed = disableDailyAlerts(scriptApp);
  const t = alertMessages(sheetLang(spreadsheet));
  ui.alert(t.title, t.disabled(removed), ui.ButtonSet.OK);
}
