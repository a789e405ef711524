// Menu commands for stall alerts: preview, send now, enable and disable the daily job.
import { AlertJournal } from '../alerts/alert-journal';
import type { AlertServices } from '../alerts/alert-services';
import { readAlertLog } from '../alerts/alert-sheet';
import { planForToday } from '../alerts/plan-today';
import { renderAlertPreview } from '../core/alert-preview';
import { type Lang, say, workbookLang } from '../core/i18n';
import { parseSettings } from '../core/settings';
import { findSheet, readSheetValues, readWorkbook, readWorkbookLang } from '../sheets/workbook';
import { type JobReport, runDailyJobWith } from '../triggers/daily-job';
import { HOUR_PROPERTY } from '../triggers/daily-schedule';
import { disableDailyAlerts, enableDailyAlerts } from '../triggers/install';

type Ui = GoogleAppsScript.Base.Ui;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * "Preview stall alerts": a dialog listing each recipient and their deals as today's run would
 * send them. Reads the workbook and the journal; writes nothing and sends nothing.
 */
export function previewStallAlerts(
  services: Pick<AlertServices, 'spreadsheet' | 'properties' | 'now'>,
  ui: Ui,
  htmlService: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>,
): string {
  const snapshot = readWorkbook(services.spreadsheet);
  const lang = snapshot.lang;
  if (!snapshot.deals.sheet) {
    ui.alert(say(lang, 'alertsTitle'), say(lang, 'alertsNotSetUp'), ui.ButtonSet.OK);
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
    say(lang, 'previewTitle'),
  );
  return html;
}

/** What a menu-started run did, in lines for the user. */
function sendSummary(lang: Lang, report: JobReport): string {
  if (report.status === 'locked') return say(lang, 'alertsBusy');
  if (report.status === 'not set up') return say(lang, 'alertsNotSetUp');
  const lines = [
    say(lang, 'alertsSent', { count: report.sent }),
    report.deferred ? say(lang, 'alertsDeferred', { count: report.deferred }) : '',
    report.blocked ? say(lang, 'alertsBlocked', { count: report.blocked }) : '',
    report.failed ? say(lang, 'alertsFailed', { count: report.failed }) : '',
    say(lang, 'alertsAllListed'),
    report.remaining ? say(lang, 'alertsContinuing', { count: report.remaining }) : '',
  ];
  return lines.filter(Boolean).join('\n');
}

/** "Send stall alerts now": the daily job run from the menu, with a summary for the user. */
export function sendStallAlertsNow(services: AlertServices, ui: Ui): void {
  const report = runDailyJobWith(services, { trigger: 'menu' });
  // The job has read Settings already; only a locked run has not.
  const lang = report.lang ?? readWorkbookLang(services.spreadsheet);
  ui.alert(say(lang, 'alertsTitle'), sendSummary(lang, report), ui.ButtonSet.OK);
}

/**
 * "Enable daily alerts": installs (or replaces) the hourly and on-edit triggers, and records the
 * alert hour in document properties, where the ticks read it.
 */
export function enableAlertsFromMenu(
  spreadsheet: Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  ui: Ui,
  properties: GoogleAppsScript.Properties.Properties,
): void {
  // Settings gives both the language and the hour: read once.
  const { settings } = parseSettings(readSheetValues(findSheet(spreadsheet, 'settings')));
  const lang = workbookLang(settings.language, spreadsheet.getSpreadsheetLocale());
  const result = enableDailyAlerts(scriptApp, spreadsheet, settings.alertHour);
  if (result.ok) properties.setProperty(HOUR_PROPERTY, String(result.hour));
  const text = result.ok
    ? [
        say(lang, 'alertsEnabled', {
          hour: result.hour,
          nextHour: result.hour + 1,
          timeZone: result.timeZone,
        }),
        result.replaced ? say(lang, 'alertsReplaced') : '',
      ]
        .filter(Boolean)
        .join('\n')
    : say(lang, 'alertsTriggerLimit', { count: result.existing });
  ui.alert(say(lang, 'alertsTitle'), text, ui.ButtonSet.OK);
}

/** "Disable daily alerts": removes only this add-on's alert triggers in this spreadsheet. */
export function disableAlertsFromMenu(
  spreadsheet: Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  ui: Ui,
): void {
  const removed = disableDailyAlerts(scriptApp, spreadsheet);
  const lang = readWorkbookLang(spreadsheet);
  ui.alert(
    say(lang, 'alertsTitle'),
    say(lang, removed ? 'alertsDisabled' : 'alertsWereNotOn'),
    ui.ButtonSet.OK,
  );
}
