// Every function Apps Script can see: simple triggers, menu actions, trigger handlers, custom functions.
// Each is a few lines calling into the modules; the build keeps these names and JSDoc as written.

import type { AlertServices } from './alerts/alert-services';
import type { CellArg } from './core/args';
import { conversionRate } from './core/conversion';
import { coverageRatio } from './core/coverage';
import { daysInStage } from './core/days-in-stage';
import { weightedForecast } from './core/forecast';
import { forecastRange, targetProbability } from './core/forecast-range';
import { funnelTable } from './core/funnel';
import { closedWinRate } from './core/winrate';
import { refreshDashboard } from './sheets/dashboard';
import { runDailyJobWith } from './triggers/daily-job';
import { editorEmail, handleDealsEdit } from './triggers/edit-handler';
import { guardTrigger, type TriggerGuardServices } from './triggers/trigger-guard';
import {
  disableAlertsFromMenu,
  enableAlertsFromMenu,
  previewStallAlerts,
  sendStallAlertsNow,
} from './ui/alert-commands';
import { runDealCardAction, selectedDealCard, showDealCard } from './ui/deal-card';
import { buildMenu, showTriggerFailure } from './ui/menu';
import {
  checkDataFromMenu,
  openSettings,
  setUpFromMenu,
  updateForecastFromMenu,
} from './ui/workbook-commands';

/** Simple trigger: adds the add-on menu (Extensions → Pipeline Sheet). In AuthMode.NONE it only builds the menu. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = buildMenu(SpreadsheetApp.getUi(), e, () => SpreadsheetApp.getActiveSpreadsheet());
  // In LIMITED and FULL mode: a trigger failure since the last open, as a toast.
  if (lang)
    showTriggerFailure(
      SpreadsheetApp.getActiveSpreadsheet(),
      PropertiesService.getDocumentProperties(),
      lang,
    );
}

/** Simple trigger: adds the menu when the add-on is installed. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: Set up / upgrade pipeline — creates or upgrades every sheet, never touching user data. */
export function menuSetUp(): void {
  setUpFromMenu(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi(), {
    app: SpreadsheetApp,
    documentProperties: PropertiesService.getDocumentProperties(),
    now: new Date(),
  });
}

/** Menu: Check data — marks problem cells with notes and shows the counts. */
export function menuCheckData(): void {
  checkDataFromMenu(
    SpreadsheetApp.getActiveSpreadsheet(),
    SpreadsheetApp.getUi(),
    HtmlService,
    new Date(),
  );
}

/** Menu: Deal card — a sidebar with the selected row's deal: details, stage path and actions. */
export function menuDealCard(): void {
  showDealCard(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi(), HtmlService, {
    documentProperties: PropertiesService.getDocumentProperties(),
    now: new Date(),
    user: Session.getActiveUser().getEmail(),
  });
}

/** Deal card sidebar (google.script.run): the card of the row selected now. */
export function dealCardSelected(): { html: string; notice: string } {
  return selectedDealCard(SpreadsheetApp.getActiveSpreadsheet(), {
    documentProperties: PropertiesService.getDocumentProperties(),
    now: new Date(),
    user: Session.getActiveUser().getEmail(),
  });
}

/** Deal card sidebar (google.script.run): one validated action on the deal the card shows. */
export function dealCardAction(ref: unknown, action: unknown): { html: string; notice: string } {
  const services = {
    documentProperties: PropertiesService.getDocumentProperties(),
    now: new Date(),
    user: Session.getActiveUser().getEmail(),
  };
  return runDealCardAction(SpreadsheetApp.getActiveSpreadsheet(), services, ref, action);
}

/** Menu: Settings — opens the Settings sheet. */
export function menuOpenSettings(): void {
  openSettings(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi());
}

/** Installable on-edit trigger (installed by "Enable daily alerts"): records Stage/Status changes in History. */
export function onPipelineEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  guardTrigger(triggerGuardServices_(), 'onPipelineEdit', () =>
    handleDealsEdit(e, {
      app: SpreadsheetApp,
      documentProperties: PropertiesService.getDocumentProperties(),
      now: new Date(),
      user: editorEmail(e),
    }),
  );
}

/** What every trigger handler checks first (authorization) and records after (a failure). */
function triggerGuardServices_(): TriggerGuardServices {
  return {
    scriptApp: ScriptApp,
    mailApp: MailApp,
    properties: PropertiesService.getDocumentProperties(),
    user: () => Session.getEffectiveUser().getEmail(),
    now: () => new Date(),
    log: (message) => console.log(message),
  };
}

/**
 * Pipeline coverage: the open pipeline amount divided by the target.
 * Without statuses every row counts. 2–3× is the usual healthy range.
 * Example: =COVERAGE(deals_amount, Settings!B2, deals_status)
 *
 * @param {number[][]} amounts Deal amounts (a column; blank counts as 0).
 * @param {number} target The target amount for the period (greater than 0).
 * @param {string[][]} [statuses] Optional deal statuses (Open/Won/Lost or 진행/성사/실패); only Open rows count.
 * @return {number} Open amount ÷ target, e.g. 2.5 for 250%.
 * @customfunction
 */
export function COVERAGE(amounts: CellArg, target: CellArg, statuses?: CellArg): number {
  return coverageRatio(amounts, target, statuses);
}

/**
 * Stage conversion: of the deals that reached from_stage, the share that went on to reach to_stage.
 * A deal has reached every stage up to its current one (a Lost deal up to where it was lost; a Won
 * deal at least up to the stage before the last). to_stage "Won" (성사) counts Won deals.
 * Example: =CONVERSION(deals_stage, "Proposal", "Won", deals_status)
 *
 * @param {string[][]} stages Deal stages (a column; English or Korean labels).
 * @param {string} from_stage The stage to convert from, e.g. "Proposal" or "제안 및 견적".
 * @param {string} [to_stage] The stage to convert to, or "Won"; default: the stage after from_stage.
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패); needed for "Won".
 * @param {string[][]} [stage_order] Stage names in pipeline order (a column or row); default the six standard stages.
 * @return {number} A fraction 0..1, e.g. 0.35 for 35%.
 * @customfunction
 */
export function CONVERSION(
  stages: CellArg,
  from_stage: CellArg,
  to_stage?: CellArg,
  statuses?: CellArg,
  stage_order?: CellArg,
): number {
  return conversionRate(stages, from_stage, to_stage, statuses, stage_order);
}

/**
 * The pipeline funnel as a table that spills: a header row, then per stage the number of deals
 * that reached it, the conversion to the next stage and the cumulative conversion from the first.
 * Example: =FUNNEL(deals_stage, deals_status)
 *
 * @param {string[][]} stages Deal stages (a column; English or Korean labels).
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패).
 * @param {string[][]} [stage_order] Stage names in pipeline order (a column or row); default the six standard stages.
 * @return {Array<Array<string|number>>} Stage, reached, conversion to next, cumulative conversion.
 * @customfunction
 */
export function FUNNEL(
  stages: CellArg,
  statuses?: CellArg,
  stage_order?: CellArg,
): (string | number)[][] {
  return funnelTable(stages, statuses, stage_order);
}

/**
 * Weighted forecast for a period (the product's FORECAST; Sheets keeps that name for its own
 * linear-regression function): Won deals closing in the period at full amount plus Open deals
 * closing in the period × their probability. Lost deals and blank close dates are skipped.
 * Example: =FORECAST_WEIGHTED(deals_amount, deals_probability, deals_expected_close, period_start, period_end, deals_status, deals_closed_on)
 *
 * @param {number[][]} amounts Deal amounts (a column; blank counts as 0).
 * @param {number[][]} probabilities Win probabilities as percentages (40% = 0.4); needed on Open deals in the period.
 * @param {Date[][]} close_dates Expected close dates.
 * @param {Date} period_start First day of the period (inclusive).
 * @param {Date} period_end Last day of the period (inclusive).
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패); without them every deal is Open.
 * @param {Date[][]} [closed_on] Closed on dates (a Won deal counts by its own).
 * @return {number} The expected amount closing in the period.
 * @customfunction
 */
export function FORECAST_WEIGHTED(
  amounts: CellArg,
  probabilities: CellArg,
  close_dates: CellArg,
  period_start: CellArg,
  period_end: CellArg,
  statuses?: CellArg,
  closed_on?: CellArg,
): number {
  return weightedForecast(
    amounts,
    probabilities,
    close_dates,
    period_start,
    period_end,
    statuses,
    closed_on,
  );
}

/**
 * Win rate: Won ÷ (Won + Lost); with amounts, the share of the closed amount that was won.
 * Example: =WINRATE(deals_status, deals_amount)
 *
 * @param {string[][]} statuses Deal statuses (Open/Won/Lost or 진행/성사/실패); Open deals do not count.
 * @param {number[][]} [amounts] Deal amounts, to weight each deal by its value.
 * @return {number} A fraction 0..1.
 * @customfunction
 */
export function WINRATE(statuses: CellArg, amounts?: CellArg): number {
  return closedWinRate(statuses, amounts);
}

/**
 * Whole calendar days each open deal has been in its current stage, as a column that spills;
 * blank for closed deals and deals without a stage-entered date.
 * Example: =DAYS_IN_STAGE(deals_stage_entered, report_date, deals_status)
 *
 * @param {Date[][]} stage_entered The date each deal entered its current stage.
 * @param {Date} as_of The day to count to, normally the report_date cell.
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패); only Open deals get a number.
 * @return {Array<Array<number|string>>} One row per deal: days, or blank.
 * @customfunction
 */
export function DAYS_IN_STAGE(
  stage_entered: CellArg,
  as_of: CellArg,
  statuses?: CellArg,
): (number | string)[][] {
  return daysInStage(stage_entered, as_of, statuses);
}

/**
 * Forecast range: percentiles of what open deals will bring in when each wins independently with
 * its probability, spilled as one row (default P10, P50, P90). Exact or within a fraction of a
 * percent of the open amount; the same inputs always give the same answer.
 * It assumes independent deals, which makes the range narrow; pass errors (past ratios of
 * actual ÷ forecast, e.g. the Forecast model sheet's column) to widen it by the method's own misses.
 * Example: =FORECAST_RANGE(deals_amount, deals_probability, {0.1, 0.5, 0.9}, deals_status)
 *
 * @param {number[][]} amounts Deal amounts (a column; blank counts as 0).
 * @param {number[][]} probabilities Win probabilities as percentages (40% = 0.4); needed on Open deals.
 * @param {number[][]} [percentiles] Percentiles as percentages, e.g. {10%, 50%, 90%}; default P10, P50, P90.
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패); only Open deals count.
 * @param {number[][]} [errors] Past ratios actual ÷ forecast (blank cells skipped); fewer than 6 give a stated wide default.
 * @return {number[][]} One row: the amount at each percentile.
 * @customfunction
 */
export function FORECAST_RANGE(
  amounts: CellArg,
  probabilities: CellArg,
  percentiles?: CellArg,
  statuses?: CellArg,
  errors?: CellArg,
): number[][] {
  return forecastRange(amounts, probabilities, percentiles, statuses, errors);
}

/**
 * The chance (0..1) that open deals bring in at least the target, each winning independently
 * with its probability (the FORECAST_RANGE model, which assumes independent deals; errors widen
 * it by past ratios of actual ÷ forecast, as in FORECAST_RANGE).
 * Example: =TARGET_PROBABILITY(deals_amount, deals_probability, target_amount, deals_status)
 *
 * @param {number[][]} amounts Deal amounts (a column; blank counts as 0).
 * @param {number[][]} probabilities Win probabilities as percentages (40% = 0.4); needed on Open deals.
 * @param {number} target The amount to reach (greater than 0).
 * @param {string[][]} [statuses] Deal statuses (Open/Won/Lost or 진행/성사/실패); only Open deals count.
 * @param {number[][]} [errors] Past ratios actual ÷ forecast (blank cells skipped); fewer than 6 give a stated wide default.
 * @return {number} A probability 0..1.
 * @customfunction
 */
export function TARGET_PROBABILITY(
  amounts: CellArg,
  probabilities: CellArg,
  target: CellArg,
  statuses?: CellArg,
  errors?: CellArg,
): number {
  return targetProbability(amounts, probabilities, target, statuses, errors);
}

/** The real Apps Script services stall alerts use, read when an entry point runs (never at load). */
function appsScriptAlertServices_(): AlertServices {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    app: SpreadsheetApp,
    lockService: LockService,
    mailApp: MailApp,
    properties: PropertiesService.getDocumentProperties(),
    scriptApp: ScriptApp,
    effectiveUser: () => Session.getEffectiveUser().getEmail(),
    now: () => new Date(),
    log: (message) => console.log(message),
  };
}

/**
 * Hourly time-driven trigger (installed by "Enable daily alerts"): runs the daily stall-alert job
 * once a day at the Settings hour, and resumes a day left unfinished on later ticks.
 */
export function runDailyJob(): void {
  guardTrigger(triggerGuardServices_(), 'runDailyJob', () => {
    runDailyJobWith(appsScriptAlertServices_(), { trigger: 'tick' });
  });
}

/** Menu: who would get which stall alerts today; sends nothing. */
export function menuPreviewAlerts(): void {
  previewStallAlerts(appsScriptAlertServices_(), SpreadsheetApp.getUi(), HtmlService);
}

/** Menu: runs the daily job now and reports what it did. */
export function menuSendAlerts(): void {
  sendStallAlertsNow(appsScriptAlertServices_(), SpreadsheetApp.getUi());
}

/** Menu: installs the daily job and the on-edit history trigger (replacing ours, never duplicating). */
export function menuEnableAlerts(): void {
  enableAlertsFromMenu(
    SpreadsheetApp.getActiveSpreadsheet(),
    ScriptApp,
    SpreadsheetApp.getUi(),
    PropertiesService.getDocumentProperties(),
  );
}

/** Menu: removes this add-on's alert triggers only. */
export function menuDisableAlerts(): void {
  disableAlertsFromMenu(SpreadsheetApp.getActiveSpreadsheet(), ScriptApp, SpreadsheetApp.getUi());
}

/** Menu: Update forecast — refits the learned forecast; rewrites Forecast model, appends the Forecast log. */
export function menuUpdateForecast(): void {
  updateForecastFromMenu(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi(), new Date());
}

/** Menu: Refresh dashboard — rewrites the Dashboard sheet's formulas, stalled-per-owner table and charts. */
export function menuRefreshDashboard(): void {
  // refreshDashboard itself says it is done, in the workbook's language.
  refreshDashboard(
    SpreadsheetApp.getActiveSpreadsheet(),
    SpreadsheetApp,
    new Date(),
    Charts.ChartType,
  );
}
