// Menu commands for the workbook: set up / upgrade, Check data, Update forecast, open Settings.
import { say, workbookLang } from '../core/i18n';
import { runCheckData } from '../sheets/check-data-sheet';
import { refreshForecastSheets } from '../sheets/forecast-sheets';
import { type SetUpServices, setUpPipeline, setUpReportText } from '../sheets/setup';
import { findSheet, readWorkbook } from '../sheets/workbook';
import { checkDataDialogHtml } from './dialogs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * "Set up / upgrade pipeline": when set-up would change anything of the user's, shows what it
 * will do first (Yes / No); then runs it and shows what it matched, converted and added.
 */
export function setUpFromMenu(ss: Spreadsheet, ui: Ui, services: SetUpServices): void {
  const report = setUpPipeline(ss, {
    ...services,
    confirm: (title, text) => {
      const answer = ui.alert(title, text, ui.ButtonSet.YES_NO);
      return answer !== ui.Button.NO && answer !== ui.Button.CLOSE;
    },
  });
  ui.alert(say(report.lang, 'setUpTitle'), setUpReportText(report), ui.ButtonSet.OK);
}

/** "Check data": marks problem cells and shows the counts in a dialog. */
export function checkDataFromMenu(
  ss: Spreadsheet,
  ui: Ui,
  html: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>,
  now: Date,
): void {
  const result = runCheckData(ss, now, (lang) =>
    ss.toast(say(lang, 'checkStarted'), say(lang, 'checkTitle')),
  );
  if (!result) {
    ui.alert(say(readWorkbook(ss, { history: false, alerts: false }).lang, 'dealsMissing'));
    return;
  }
  const output = html.createHtmlOutput(checkDataDialogHtml(result)).setWidth(560).setHeight(460);
  ui.showModalDialog(output, say(result.lang, 'checkTitle'));
}

/** "Update forecast": refits the learned forecast and rewrites the Forecast model sheet and log. */
export function updateForecastFromMenu(ss: Spreadsheet, ui: Ui, now: Date): void {
  const snapshot = readWorkbook(ss, { alerts: false });
  if (!snapshot.deals.sheet) {
    ui.alert(say(snapshot.lang, 'dealsMissing'));
    return;
  }
  refreshForecastSheets(snapshot, now);
  ss.toast(say(snapshot.lang, 'forecastUpdated'), 'Pipeline');
}

/** "Settings": shows the Settings sheet, or says how to create it. */
export function openSettings(ss: Spreadsheet, ui: Ui): void {
  const sheet = findSheet(ss, 'settings');
  // Without Settings there is no language choice yet: the locale decides.
  if (sheet) ss.setActiveSheet(sheet);
  else ui.alert(say(workbookLang('auto', ss.getSpreadsheetLocale()), 'settingsMissing'));
}
